package ru.edu.mentoring.monitoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The involvement read model for the regions module (issue 22): students involved per school and year over the
 * municipalities of a region, by the same rule as the municipal dashboard (a person counts in year y as of
 * d = min(31 December y, asOf) when their first day of y is on or before d). One statement for the whole region and
 * every year, whatever the number of municipalities. A person has at most one row per school and year (the key of
 * involvement, V43), so the rows are counted as they are: {@code count(distinct person_id)} sorted all the region's
 * rows (1.6 million on bench/scale's region, spilled to disk: 6.9 s) where a hash aggregate of {@code count(*)} takes
 * 1.6 s (bench/results-scale.txt).
 */
@Service
public class RegionalInvolvement {

    /** Students involved in a school in a year. */
    public record SchoolYear(long schoolId, int year, long involved) {}

    private static final String SQL = "with years as ("
            + "  select y, least(make_date(y, 12, 31), cast(:asOf as date)) as d"
            + "  from generate_series(:from, :to) as y),"
            + " sc as (select s.id from schools_school_v s where s.municipality_id in (:ms))"
            + " select i.year, i.school_id, count(*)"
            + " from involvement i join years on years.y = i.year and i.first_day <= years.d"
            + " join sc on sc.id = i.school_id"
            + " where i.student group by i.year, i.school_id";

    private final MonitoringQueries queries;
    private final NamedParameterJdbcTemplate jdbc;

    RegionalInvolvement(MonitoringQueries queries, NamedParameterJdbcTemplate jdbc) {
        this.queries = queries;
        this.jdbc = jdbc;
    }

    /** The first year of the series every dashboard shows. */
    public static int firstYear() {
        return Monitoring.FIRST_YEAR;
    }

    public List<SchoolYear> perSchool(Collection<Long> municipalityIds, int from, int to, LocalDate asOf) {
        Collection<Long> ms = municipalityIds.isEmpty() ? Set.of(-1L) : municipalityIds;
        return queries.analytic(() -> jdbc.query(SQL, new MapSqlParameterSource("ms", ms).addValue("from", from)
                        .addValue("to", to).addValue("asOf", asOf),
                (rs, n) -> new SchoolYear(rs.getLong(2), rs.getInt(1), rs.getLong(3))));
    }
}
