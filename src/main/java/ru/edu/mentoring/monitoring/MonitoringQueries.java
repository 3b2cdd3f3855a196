package ru.edu.mentoring.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The read model of the dashboards: aggregate SQL over indexed tables, one statement per kind of figure. Reads other
 * modules' data only through the views they publish (V63: {@code schools_school_v}, {@code pairing_pair_v},
 * {@code people_person_v}, …), which PostgreSQL inlines, so the plans use the owners' indexes as before.
 * {@code :school} = -1 means every school of {@code :m}.
 */
@Repository
class MonitoringQueries {

    record SchoolCount(long municipalityId, String municipalityName, Long schoolId, String shortName, Integer year,
            Integer students) {}

    /** Students involved in a year: per school, or for the whole selection when schoolId is null. */
    record Involvement(int year, Long schoolId, long involved, long involvedCounted) {}

    /** A fact of a school: kind (FORM, FORM_STUDENTS, STATUS, MENTORS, TRAINED, YOUNG, YOUNG_MENTORED, GRADE...). */
    record Fact(long schoolId, String kind, String key, long n) {}

    record MunicipalCoverage(long municipalityId, String name, long involved, long students, int schools,
            int schoolsWithCount) {}

    record Target(int year, BigDecimal percent, long version) {}

    private static final String SCOPE = "select s.id from schools_school_v s where s.municipality_id = :m"
            + " and (:school = -1 or s.id = :school)";

    /**
     * Involved students per year of the series, from the involvement read model (V43, kept by triggers): a person
     * counts in year y as of d = min(31 December y, asOf) when their first day of that year is on or before d.
     */
    private static final String INVOLVED = "with years as ("
            + "  select y, least(make_date(y, 12, 31), cast(:asOf as date)) as d"
            + "  from generate_series(:from, :to) as y),"
            + " sc as (" + SCOPE + ")"
            + " select i.year as y, i.school_id, count(distinct i.person_id) as involved,"
            + "  count(distinct i.person_id) filter (where cnt.students > 0) as involved_counted"
            + " from involvement i join years on years.y = i.year and i.first_day <= years.d"
            + " join sc on sc.id = i.school_id"
            + " left join schools_student_count_v cnt on cnt.school_id = i.school_id and cnt.year = i.year"
            + " where i.student"
            + " group by grouping sets ((i.year, i.school_id), (i.year))";

    private final NamedParameterJdbcTemplate jdbc;
    private final org.springframework.transaction.support.TransactionTemplate analytic;

    MonitoringQueries(NamedParameterJdbcTemplate jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.analytic = new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource));
        this.analytic.setReadOnly(true);
    }

    /**
     * Runs one of the aggregate statements over a municipality's pairs and people planned for its own parameters and
     * on one core. PostgreSQL keeps a statement that a connection prepared and, after five executions, may switch to
     * a generic plan made without the parameters' values: for the involvement count of the region's largest
     * municipality that plan took 650 ms instead of 43 ms (pg log, bench data), which put a registration more than a
     * second away from the dashboard. Parallel workers are left out: on region data they made no statement faster
     * (psql, with and without), and they took the cores from the requests served meanwhile. The students by form are
     * grouped in memory (32 MB) instead of sorted on disk. The settings hold for this statement's transaction only
     * (one more round trip).
     */
    <T> T analytic(java.util.function.Supplier<T> statement) {
        return analytic.execute(status -> {
            jdbc.getJdbcTemplate().query("select set_config('plan_cache_mode', 'force_custom_plan', true),"
                    + " set_config('max_parallel_workers_per_gather', '0', true), set_config('work_mem', '32MB', true)",
                    rs -> null);
            return statement.get();
        });
    }

    private static MapSqlParameterSource scope(long municipalityId, Long schoolId) {
        return new MapSqlParameterSource("m", municipalityId).addValue("school", schoolId == null ? -1L : schoolId);
    }

    /** The municipality, its schools (or one) and their student counts of the given years: one statement. */
    List<SchoolCount> schoolCounts(long municipalityId, Long schoolId, int from, int to) {
        return jdbc.query("select m.id as mid, m.name as mname, s.id as sid, s.short_name, c.year, c.students"
                        + " from schools_municipality_v m"
                        + " left join schools_school_v s on s.municipality_id = m.id"
                        + "  and (:school = -1 or s.id = :school)"
                        + " left join schools_student_count_v c on c.school_id = s.id and c.year between :from and :to"
                        + " where m.id = :m order by s.sort_key, s.id, c.year",
                scope(municipalityId, schoolId).addValue("from", from).addValue("to", to),
                (rs, n) -> new SchoolCount(rs.getLong("mid"), rs.getString("mname"),
                        (Long) rs.getObject("sid", Long.class), rs.getString("short_name"),
                        (Integer) rs.getObject("year", Integer.class), (Integer) rs.getObject("students",
                                Integer.class)));
    }

    /** Involved students per year from..to (each year as of min(31 December, asOf)): one statement. */
    List<Involvement> involvement(long municipalityId, Long schoolId, int from, int to, LocalDate asOf) {
        return analytic(() -> jdbc.query(INVOLVED,
                scope(municipalityId, schoolId).addValue("from", from).addValue("to", to).addValue("asOf", asOf),
                (rs, n) -> new Involvement(rs.getInt("y"), (Long) rs.getObject("school_id", Long.class),
                        rs.getLong("involved"), rs.getLong("involved_counted"))));
    }

    /**
     * Per-school facts of one year as of a date: pairs by form and by status, students involved by form and by grade,
     * mentors in the base and trained ones, young specialists and those mentored. Two statements, sent at the same
     * time on two connections (the pairs' half and the people's half take about as long each on region data).
     */
    List<Fact> facts(long municipalityId, Long schoolId, int year, LocalDate asOf, int academicYear) {
        MapSqlParameterSource params = scope(municipalityId, schoolId).addValue("d", asOf).addValue("y", year)
                .addValue("ys", LocalDate.of(year, 1, 1)).addValue("ay", academicYear);
        java.util.concurrent.CompletableFuture<List<Fact>> people = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> analytic(() -> jdbc.query(FACTS_OF_PEOPLE, params, FACT)), parallel);
        List<Fact> result = new java.util.ArrayList<>(analytic(() -> jdbc.query(FACTS_OF_PAIRS, params, FACT)));
        result.addAll(ru.edu.mentoring.shared.Futures.joined(people));
        return result;
    }

    private static final org.springframework.jdbc.core.RowMapper<Fact> FACT =
            (rs, n) -> new Fact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4));

    /** The facts that walk the pairs of the year: by form, by status, young specialists and those mentored. */
    static final String FACTS_OF_PAIRS = "with sc as (" + SCOPE + "),"
            // school joined here, not through sc, and the end as coalesce(…): PostgreSQL then walks each school's pairs
            // of the year in pair_school_end_idx (V49) instead of reading every pair of the region
            + " p as (select mp.id, mp.school_id, mp.form_id, mp.status from pairing_pair_v mp"
            + "  join schools_school_v s on s.id = mp.school_id and s.municipality_id = :m"
            + "  and (:school = -1 or s.id = :school)"
            + "  where mp.start_date <= :d and coalesce(mp.end_date, cast('infinity' as date)) >= :ys),"
            + " young as (select per.id, per.school_id from people_person_v per join sc on sc.id = per.school_id"
            + "  where per.kind = 'TEACHER' and per.teaching_since <= :d"
            + "  and per.teaching_since > cast(:d as date) - interval '4 years')"
            + " select p.school_id, 'FORM' as kind, f.name as key, count(*) as n from p"
            + "  join pairing_form_v f on f.id = p.form_id where p.status <> 'DRAFT' group by p.school_id, f.name"
            + " union all select p.school_id, 'STATUS', p.status, count(*) from p group by p.school_id, p.status"
            + " union all select young.school_id, 'YOUNG', '', count(*) from young group by young.school_id"
            + " union all select young.school_id, 'YOUNG_MENTORED', '', count(distinct young.id) from young"
            + "  join pairing_pair_mentee_v pm on pm.person_id = young.id"
            + "  join p on p.id = pm.pair_id and p.status <> 'DRAFT' group by young.school_id";

    /** The facts of people: students involved by form and by grade, registered by grade, mentors and trained ones. */
    static final String FACTS_OF_PEOPLE = "with sc as (" + SCOPE + ")"
            + " select i.school_id, 'FORM_STUDENTS' as kind, f.name as key, count(*) as n from involvement_form i"
            + "  join sc on sc.id = i.school_id join pairing_form_v f on f.id = i.form_id"
            + "  where i.year = :y and i.student and i.first_day <= :d group by i.school_id, f.name"
            + " union all select i.school_id, 'GRADE', cast(coalesce(c.grade, 0) as varchar), count(*)"
            + "  from involvement i join sc on sc.id = i.school_id"
            + "  left join people_student_class_v c on c.person_id = i.person_id and c.academic_year = :ay"
            + "  where :school <> -1 and i.year = :y and i.student and i.first_day <= :d group by i.school_id, c.grade"
            + " union all select per.school_id, 'GRADE_REGISTERED', cast(coalesce(c.grade, 0) as varchar), count(*)"
            + "  from people_person_v per join sc on sc.id = per.school_id"
            + "  left join people_student_class_v c on c.person_id = per.id and c.academic_year = :ay"
            // a graduate (issue 17 point 7) is a registered student of the school up to the year they finished
            + "  where :school <> -1 and per.kind = 'STUDENT' and (per.graduated_in is null or per.graduated_in >= :ay)"
            + "  group by per.school_id, c.grade"
            + " union all select m.school_id, 'MENTORS', '', count(*) from people_mentor_profile_v m"
            + "  join sc on sc.id = m.school_id"
            + "  where m.in_base and m.included_on <= :d group by m.school_id"
            + " union all select m.school_id, 'TRAINED', '', count(*) from people_mentor_profile_v m"
            + "  join sc on sc.id = m.school_id"
            // trained: derived from the training module's records (a course finished by :d, a valid category)
            + "  where m.in_base and m.included_on <= :d and exists (select 1 from training_trained_v t"
            + "  where t.person_id = m.person_id and t.valid_from <= :d"
            + "  and (t.valid_until is null or t.valid_until > :d)) group by m.school_id";

    /** One school's students involved, pairs by form and by status in a period [from, to] (an academic year). */
    record PeriodFacts(long involved, Integer students, Map<String, Long> pairsByForm,
            Map<String, Long> pairsByStatus) {}

    /**
     * One school in a period: the students who took part (as mentee or mentor, counted once) in a non-draft pair whose
     * run overlaps [from, to], the pairs by form (non-draft) and by status (all) that overlap it, and the student count
     * of {@code countYear}. Read from the pairs themselves: the read model keeps the first day of each calendar year
     * only, not whether a pair still ran after 1 September.
     */
    PeriodFacts period(long schoolId, LocalDate from, LocalDate to, int countYear) {
        MapSqlParameterSource params = new MapSqlParameterSource("school", schoolId).addValue("from", from)
                .addValue("to", to).addValue("cy", countYear);
        String pairs = "select mp.id, mp.form_id, mp.status, mp.mentor_id from pairing_pair_v mp"
                + " where mp.school_id = :school and mp.start_date <= :to"
                + " and coalesce(mp.end_date, cast('infinity' as date)) >= :from";
        Long involved = jdbc.queryForObject("with p as (" + pairs + " and mp.status <> 'DRAFT'),"
                + " who as (select p.mentor_id as person_id from p"
                + "  union select pm.person_id from pairing_pair_mentee_v pm"
                + "  join p on p.id = pm.pair_id)"
                + " select count(*) from who join people_person_v per on per.id = who.person_id"
                + " where per.kind = 'STUDENT'",
                params, Long.class);
        Map<String, Long> forms = new java.util.TreeMap<>(Monitoring.RUSSIAN::compare);
        Map<String, Long> statuses = new java.util.LinkedHashMap<>();
        for (String st : List.of("DRAFT", "ACTIVE", "COMPLETED", "TERMINATED")) {
            statuses.put(st, 0L);
        }
        jdbc.query("with p as (" + pairs + ") select f.name, count(*) from p join pairing_form_v f on f.id = p.form_id"
                + " where p.status <> 'DRAFT' group by f.name", params,
                rs -> {
                    forms.put(rs.getString(1), rs.getLong(2));
                });
        jdbc.query("with p as (" + pairs + ") select p.status, count(*) from p group by p.status", params,
                rs -> {
                    statuses.put(rs.getString(1), rs.getLong(2));
                });
        List<Integer> counts = jdbc.query("select students from schools_student_count_v where school_id = :school"
                + " and year = :cy", params, (rs, n) -> rs.getInt(1));
        return new PeriodFacts(involved == null ? 0 : involved, counts.isEmpty() ? null : counts.get(0),
                new LinkedHashMap<>(forms), statuses);
    }

    /** Runs the second statement of a dashboard's computation beside the first (at most two threads; see Background). */
    private final java.util.concurrent.Executor parallel = ru.edu.mentoring.web.Background.besideUnlessInBackground(
            java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "monitoring-query");
                t.setDaemon(true);
                return t;
            }));


    /** Every municipality's involved students (distinct) and students in one year as of a date: one statement. */
    List<MunicipalCoverage> region(int year, LocalDate asOf) {
        String sql = "with inv as (select s.municipality_id, count(distinct i.person_id) as involved from involvement i"
                + "  join schools_school_v s on s.id = i.school_id"
                + "  join schools_student_count_v c on c.school_id = i.school_id and c.year = :y and c.students > 0"
                + "  where i.year = :y and i.student and i.first_day <= :d"
                + "  group by s.municipality_id),"
                + " st as (select s.municipality_id, count(s.id) as schools, count(c.school_id) as counted,"
                + "  coalesce(sum(c.students), 0) as students from schools_school_v s"
                + "  left join schools_student_count_v c on c.school_id = s.id and c.year = :y and c.students > 0"
                + "  group by s.municipality_id)"
                + " select m.id, m.name, coalesce(inv.involved, 0), coalesce(st.students, 0), coalesce(st.schools, 0),"
                + "  coalesce(st.counted, 0) from schools_municipality_v m left join inv on inv.municipality_id = m.id"
                + " left join st on st.municipality_id = m.id order by m.name";
        return analytic(() -> jdbc.query(sql, new MapSqlParameterSource("y", year).addValue("d", asOf)
                        .addValue("ys", LocalDate.of(year, 1, 1)),
                (rs, n) -> new MunicipalCoverage(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getInt(5), rs.getInt(6))));
    }

    // --- data quality ----------------------------------------------------------------------------------------

    record SchoolIssue(long schoolId, String shortName, long withoutOrder, long overdue, boolean noCount) {}

    record OverCapacity(long personId, long schoolId, String schoolName, String name, int capacity, long mentees) {}

    /** Per school: active pairs without an order, active pairs past their planned end, no student count for the year. */
    List<SchoolIssue> schoolIssues(long municipalityId, int year, LocalDate today) {
        String sql = "select s.id, s.short_name,"
                + " (select count(*) from pairing_pair_v p where p.school_id = s.id and p.status = 'ACTIVE'"
                + "   and p.order_number is null),"
                + " (select count(*) from pairing_pair_v p where p.school_id = s.id and p.status = 'ACTIVE'"
                + "   and p.planned_end < :today),"
                + " not exists (select 1 from schools_student_count_v c where c.school_id = s.id and c.year = :y)"
                + " from schools_school_v s where s.municipality_id = :m order by s.sort_key, s.id";
        return jdbc.query(sql, new MapSqlParameterSource("m", municipalityId).addValue("y", year)
                        .addValue("today", today),
                (rs, n) -> new SchoolIssue(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getBoolean(5)));
    }

    /** Mentors with more mentees in active pairs than their capacity. */
    List<OverCapacity> overCapacity(long municipalityId) {
        String sql = "select per.id, s.id, s.short_name,"
                + " per.last_name || ' ' || per.first_name || coalesce(' ' || per.middle_name, ''),"
                + " m.capacity, count(distinct pm.person_id)"
                + " from people_mentor_profile_v m join people_person_v per on per.id = m.person_id"
                + " join schools_school_v s on s.id = per.school_id and s.municipality_id = :m"
                + " join pairing_pair_v p on p.mentor_id = per.id and p.status = 'ACTIVE'"
                + " join pairing_pair_mentee_v pm on pm.pair_id = p.id"
                + " group by per.id, s.id, s.short_name, s.sort_key, per.last_name, per.first_name, per.middle_name,"
                + " m.capacity"
                + " having count(distinct pm.person_id) > m.capacity order by s.sort_key, s.id, per.last_name";
        return jdbc.query(sql, new MapSqlParameterSource("m", municipalityId),
                (rs, n) -> new OverCapacity(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getLong(6)));
    }
}
