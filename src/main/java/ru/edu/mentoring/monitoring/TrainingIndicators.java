package ru.edu.mentoring.monitoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The quality page's training columns: mentors in the base as of the day, those trained (derived from the training
 * module's records through its published view {@code training_trained_v}: a course finished by then, a category
 * valid then — the dashboard's rule) and their share. One statement for every school.
 */
@Component
class TrainingIndicators implements QualityIndicators {

    static final String SQL = "select m.school_id, count(*),"
            + " count(*) filter (where exists (select 1 from training_trained_v t where t.person_id = m.person_id"
            + "  and t.valid_from <= :d and (t.valid_until is null or t.valid_until > :d)))"
            + " from people_mentor_profile_v m join schools_school_v s on s.id = m.school_id"
            + " where s.municipality_id = :m and (:school = -1 or s.id = :school)"
            + " and m.in_base and m.included_on <= :d group by m.school_id";

    private final NamedParameterJdbcTemplate jdbc;

    TrainingIndicators(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Column> columns(Scope scope) {
        Map<Long, Value> mentors = new HashMap<>();
        Map<Long, Value> trained = new HashMap<>();
        Map<Long, Value> shares = new HashMap<>();
        jdbc.query(SQL, new MapSqlParameterSource("m", scope.municipalityId())
                .addValue("school", scope.schoolId() == null ? -1L : scope.schoolId()).addValue("d", scope.asOf()),
                rs -> {
                    long school = rs.getLong(1);
                    mentors.put(school, Value.count(rs.getLong(2)));
                    trained.put(school, Value.count(rs.getLong(3)));
                    shares.put(school, Value.of(rs.getLong(3), rs.getLong(2)));
                });
        return List.of(
                new Column("training.mentors", "indicators.col.mentors", Total.SUM, mentors),
                new Column("training.trained", "indicators.col.trained", Total.SUM, trained),
                new Column("training.trainedShare", "indicators.col.trainedShare", Total.SHARE, shares));
    }
}
