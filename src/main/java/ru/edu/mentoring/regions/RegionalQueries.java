package ru.edu.mentoring.regions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The region's figures per school, each kind in one statement over all the region's municipalities (never one per
 * municipality), read from the views the owners publish (V63, V73, V74).
 */
@Repository
class RegionalQueries {

    record SchoolRow(long id, long municipalityId, String shortName, String kind) {}

    record StudentCount(long schoolId, int year, int students) {}

    /** A fact of a school: YOUNG, YOUNG_MENTORED, PAIRS_BY_ORDER, MENTORS, TRAINED, STARTED, COMPLETED_FINAL. */
    record Fact(long schoolId, String kind, long n) {}

    private final NamedParameterJdbcTemplate jdbc;

    RegionalQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static Collection<Long> ids(Collection<Long> ids) {
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }

    List<SchoolRow> schools(Collection<Long> municipalityIds) {
        return jdbc.query("select s.id, s.municipality_id, s.short_name, s.kind from schools_school_v s"
                        + " where s.municipality_id in (:ms) order by s.sort_key, s.id",
                new MapSqlParameterSource("ms", ids(municipalityIds)),
                (rs, n) -> new SchoolRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
    }

    List<StudentCount> studentCounts(Collection<Long> municipalityIds, int from, int to) {
        return jdbc.query("select c.school_id, c.year, c.students from schools_student_count_v c"
                        + " join schools_school_v s on s.id = c.school_id"
                        + " where s.municipality_id in (:ms) and c.year between :from and :to",
                new MapSqlParameterSource("ms", ids(municipalityIds)).addValue("from", from).addValue("to", to),
                (rs, n) -> new StudentCount(rs.getLong(1), rs.getInt(2), rs.getInt(3)));
    }

    /**
     * Per-school facts of one year as of a date d (programme.md 5.2): young teachers (teaching for less than four
     * years) and those mentored in a non-draft pair running in the year, non-draft pairs with an order running in the
     * year (П3), mentors in the base and trained ones (training_trained_v, П4), pairs started in the academic year and
     * pairs completed with a final meeting in it (meetings_pair_stats_v, П5). One statement.
     */
    List<Fact> facts(Collection<Long> municipalityIds, int year, LocalDate asOf, int academicYear) {
        String sql = "with sc as (select s.id from schools_school_v s where s.municipality_id in (:ms)),"
                + " p as (select mp.id, mp.school_id, mp.status, mp.order_number, mp.start_date from pairing_pair_v mp"
                + "  join sc on sc.id = mp.school_id"
                + "  where mp.start_date <= :d and coalesce(mp.end_date, cast('infinity' as date)) >= :ys),"
                + " young as (select per.id, per.school_id from people_person_v per join sc on sc.id = per.school_id"
                + "  where per.kind = 'TEACHER' and per.teaching_since <= :d"
                + "  and per.teaching_since > cast(:d as date) - interval '4 years')"
                + " select young.school_id, 'YOUNG', count(*) from young group by young.school_id"
                + " union all select young.school_id, 'YOUNG_MENTORED', count(distinct young.id) from young"
                + "  join pairing_pair_mentee_v pm on pm.person_id = young.id"
                + "  join p on p.id = pm.pair_id and p.status <> 'DRAFT' group by young.school_id"
                + " union all select p.school_id, 'PAIRS_BY_ORDER', count(*) from p"
                + "  where p.status <> 'DRAFT' and p.order_number is not null group by p.school_id"
                + " union all select m.school_id, 'MENTORS', count(*) from people_mentor_profile_v m"
                + "  join sc on sc.id = m.school_id where m.in_base and m.included_on <= :d group by m.school_id"
                + " union all select m.school_id, 'TRAINED', count(*) from people_mentor_profile_v m"
                + "  join sc on sc.id = m.school_id"
                + "  where m.in_base and m.included_on <= :d and exists (select 1 from training_trained_v t"
                + "  where t.person_id = m.person_id and t.valid_from <= :d"
                + "  and (t.valid_until is null or t.valid_until > :d)) group by m.school_id"
                + " union all select mp.school_id, 'STARTED', count(*) from pairing_pair_v mp"
                + "  join sc on sc.id = mp.school_id where mp.status <> 'DRAFT'"
                + "  and mp.start_date between :ays and :d group by mp.school_id"
                + " union all select st.school_id, 'COMPLETED_FINAL', sum(st.pairs_completed_with_final)"
                + "  from meetings_pair_stats_v st join sc on sc.id = st.school_id"
                + "  where st.academic_year = :ay group by st.school_id";
        MapSqlParameterSource params = new MapSqlParameterSource("ms", ids(municipalityIds)).addValue("d", asOf)
                .addValue("ys", LocalDate.of(year, 1, 1)).addValue("ay", academicYear)
                .addValue("ays", LocalDate.of(academicYear, 9, 1));
        return jdbc.query(sql, params, (rs, n) -> new Fact(rs.getLong(1), rs.getString(2), rs.getLong(3)));
    }

    /**
     * What the checklist reads of each school of the municipalities: mentors in the base, registered students (the
     * mentee base), non-draft pairs with an order (any year) and active pairs with an order. One statement.
     */
    List<Fact> checklistFacts(Collection<Long> municipalityIds) {
        String sql = "with sc as (select s.id from schools_school_v s where s.municipality_id in (:ms))"
                + " select m.school_id, 'MENTORS', count(*) from people_mentor_profile_v m"
                + "  join sc on sc.id = m.school_id where m.in_base group by m.school_id"
                + " union all select per.school_id, 'MENTEES', count(*) from people_person_v per"
                + "  join sc on sc.id = per.school_id where per.kind = 'STUDENT' group by per.school_id"
                + " union all select mp.school_id, 'ORDERED', count(*) from pairing_pair_v mp"
                + "  join sc on sc.id = mp.school_id where mp.status <> 'DRAFT' and mp.order_number is not null"
                + "  group by mp.school_id"
                + " union all select mp.school_id, 'ORDERED_ACTIVE', count(*) from pairing_pair_v mp"
                + "  join sc on sc.id = mp.school_id where mp.status = 'ACTIVE' and mp.order_number is not null"
                + "  group by mp.school_id";
        return jdbc.query(sql, new MapSqlParameterSource("ms", ids(municipalityIds)),
                (rs, n) -> new Fact(rs.getLong(1), rs.getString(2), rs.getLong(3)));
    }
}
