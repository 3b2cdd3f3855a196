package ru.edu.mentoring.monitoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The quality page's coverage columns: the year's student count, the students who took part (as mentee or mentor,
 * once each) in a non-draft pair that ran in the academic year, and the share of them — the annual report's rule,
 * per school and for the municipality in one statement. The municipal involved students are counted once even when
 * they took part in pairs of two schools, and the share counts only schools with a student count (Σ involved /
 * Σ students).
 */
@Component
class CoverageIndicators implements QualityIndicators {

    static final String SQL = "with sc as (select s.id from schools_school_v s where s.municipality_id = :m"
            + "  and (:school = -1 or s.id = :school)),"
            + " p as (select mp.id, mp.school_id, mp.mentor_id from pairing_pair_v mp join sc on sc.id = mp.school_id"
            + "  where mp.status <> 'DRAFT' and mp.start_date <= :to"
            + "  and coalesce(mp.end_date, cast('infinity' as date)) >= :from),"
            + " who as (select p.school_id, p.mentor_id as person_id from p"
            + "  union select p.school_id, pm.person_id from pairing_pair_mentee_v pm join p on p.id = pm.pair_id),"
            + " inv as (select who.school_id, who.person_id from who"
            + "  join people_person_v per on per.id = who.person_id where per.kind = 'STUDENT')"
            + " select 'I' as kind, inv.school_id, count(distinct inv.person_id) as a,"
            + "  count(distinct inv.person_id) filter (where cnt.students > 0) as b from inv"
            + "  left join schools_student_count_v cnt on cnt.school_id = inv.school_id and cnt.year = :ay"
            + "  group by grouping sets ((inv.school_id), ())"
            + " union all select 'S', c.school_id, c.students, 0 from schools_student_count_v c"
            + "  join sc on sc.id = c.school_id where c.year = :ay";

    private final MonitoringQueries queries;
    private final NamedParameterJdbcTemplate jdbc;

    CoverageIndicators(MonitoringQueries queries, NamedParameterJdbcTemplate jdbc) {
        this.queries = queries;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean inAnnualReport() {
        return false; // the report shows its coverage itself
    }

    @Override
    public List<Column> columns(Scope scope) {
        Map<Long, Long> involved = new HashMap<>();
        Map<Long, Long> students = new HashMap<>();
        long[] municipal = new long[2];
        MapSqlParameterSource params = new MapSqlParameterSource("m", scope.municipalityId())
                .addValue("school", scope.schoolId() == null ? -1L : scope.schoolId())
                .addValue("from", java.time.LocalDate.of(scope.academicYear(), 9, 1)).addValue("to", scope.asOf())
                .addValue("ay", scope.academicYear());
        queries.analytic(() -> {
            jdbc.query(SQL, params, rs -> {
                Long school = (Long) rs.getObject(2, Long.class);
                if ("S".equals(rs.getString(1))) {
                    students.put(school, rs.getLong(3));
                } else if (school == null) {
                    municipal[0] = rs.getLong(3);
                    municipal[1] = rs.getLong(4);
                } else {
                    involved.put(school, rs.getLong(3));
                }
            });
            return null;
        });
        Map<Long, Value> studentValues = new HashMap<>();
        Map<Long, Value> involvedValues = new HashMap<>();
        Map<Long, Value> shares = new HashMap<>();
        for (Long id : union(involved, students)) {
            Long n = students.get(id);
            studentValues.put(id, n == null ? Value.unknown() : Value.count(n));
            involvedValues.put(id, Value.count(involved.getOrDefault(id, 0L)));
            shares.put(id, Value.of(involved.getOrDefault(id, 0L), n));
        }
        long studentsTotal = students.values().stream().mapToLong(Long::longValue).filter(n -> n > 0).sum();
        boolean anyCount = students.values().stream().anyMatch(n -> n > 0);
        return List.of(
                new Column("coverage.students", "indicators.col.students", Total.SUM, studentValues),
                new Column("coverage.involved", "indicators.col.involved", Total.SUM, involvedValues,
                        Value.count(municipal[0])),
                new Column(Quality.COVERAGE, "indicators.col.coverage", Total.SHARE, shares,
                        Value.of(municipal[1], anyCount ? studentsTotal : null)));
    }

    private static java.util.Set<Long> union(Map<Long, Long> a, Map<Long, Long> b) {
        java.util.Set<Long> ids = new java.util.HashSet<>(a.keySet());
        ids.addAll(b.keySet());
        return ids;
    }
}
