package ru.edu.mentoring.monitoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The quality page's columns of the pairs' work: the non-draft pairs that ran in the academic year, the meetings held
 * in it per such pair (Σ meetings / Σ pairs, so the municipality's figure is never an average of the schools'), and
 * the pairs completed with a final meeting in it — from the meetings module's published view
 * {@code meetings_pair_stats_v} (V74). One statement for every school.
 */
@Component
class MeetingsIndicators implements QualityIndicators {

    static final String SQL = "with sc as (select s.id from schools_school_v s where s.municipality_id = :m"
            + "  and (:school = -1 or s.id = :school)),"
            + " p as (select mp.school_id, count(*) as n from pairing_pair_v mp join sc on sc.id = mp.school_id"
            + "  where mp.status <> 'DRAFT' and mp.start_date <= :to"
            + "  and coalesce(mp.end_date, cast('infinity' as date)) >= :from group by mp.school_id)"
            + " select sc.id, coalesce(p.n, 0), coalesce(ms.meetings, 0), coalesce(ms.pairs_completed_with_final, 0)"
            + " from sc left join p on p.school_id = sc.id"
            + " left join meetings_pair_stats_v ms on ms.school_id = sc.id and ms.academic_year = :ay";

    private final NamedParameterJdbcTemplate jdbc;

    MeetingsIndicators(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<Column> columns(Scope scope) {
        Map<Long, Value> pairs = new HashMap<>();
        Map<Long, Value> perPair = new HashMap<>();
        Map<Long, Value> completed = new HashMap<>();
        jdbc.query(SQL, new MapSqlParameterSource("m", scope.municipalityId())
                .addValue("school", scope.schoolId() == null ? -1L : scope.schoolId())
                .addValue("from", java.time.LocalDate.of(scope.academicYear(), 9, 1)).addValue("to", scope.asOf())
                .addValue("ay", scope.academicYear()),
                rs -> {
                    long school = rs.getLong(1);
                    pairs.put(school, Value.count(rs.getLong(2)));
                    perPair.put(school, Value.of(rs.getLong(3), rs.getLong(2)));
                    completed.put(school, Value.count(rs.getLong(4)));
                });
        return List.of(
                new Column("meetings.pairs", "indicators.col.pairs", Total.SUM, pairs),
                new Column("meetings.perPair", "indicators.col.meetingsPerPair", Total.RATIO, perPair),
                new Column("meetings.completedWithFinal", "indicators.col.completedWithFinal", Total.SUM,
                        completed));
    }
}
