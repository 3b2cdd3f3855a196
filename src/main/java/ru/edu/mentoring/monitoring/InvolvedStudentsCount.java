package ru.edu.mentoring.monitoring;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.schools.InvolvedStudents;

/** The students of a school involved in a year, from the read model (every row of the year, whatever its first day). */
@Component
class InvolvedStudentsCount implements InvolvedStudents {

    private final NamedParameterJdbcTemplate jdbc;

    InvolvedStudentsCount(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long involved(long schoolId, int year) {
        Long n = jdbc.queryForObject("select count(*) from involvement where school_id = :school and year = :year"
                + " and student", new MapSqlParameterSource("school", schoolId).addValue("year", year), Long.class);
        return n == null ? 0 : n;
    }
}
