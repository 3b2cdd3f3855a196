package ru.edu.mentoring.pairing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.web.CacheConfig;

/**
 * The page of a school's pair list in one statement: the pairs that pass the filters, newest start first (index
 * {@code pair_school_start_idx}), the form's and variation's names, the mentor's and the first three
 * mentees' names as {@code people.Participant} shows them (full name, and « (7А)» for a student with a class in the
 * academic year of the day) and the number of mentees. Reads the people module's tables (person, student_class) by
 * SQL, as monitoring does. The total for the pager is counted by the same statement and then kept for a few seconds
 * per school and filters ({@code app.pairing.total-ttl}, 5 s; emptied when a pair changes on this instance; one
 * reader counts again while the others keep the expired total a moment longer), since
 * counting a large school's pairs costs more than its page; a page past the last one with no total kept needs a second
 * statement.
 */
@Repository
class PairList {

    /** What the list's form filters by; null (or false) is «any». */
    record Criteria(long schoolId, Long formId, PairStatus status, Integer grade, Long mentorId, boolean withoutOrder,
            boolean overdue, LocalDate today) {}

    /** Shown for a person who cannot be found (as the list did before). */
    static final String UNKNOWN = "—";

    /** How many mentees are named in a row; the others are counted. */
    static final int NAMED_MENTEES = 3;

    /** A name as {@code Participant.fullName()} plus « (7А)»; {@code p} the person, {@code c} the class this year. */
    private static final String NAME = "p.last_name || ' ' || p.first_name || coalesce(' ' || p.middle_name, '')"
            + " || coalesce(' (' || c.grade || c.letter || ')', '')";

    /**
     * The school's people in the grade this academic year ({@code People.studentsInGrade}), once per statement: by the
     * school's people and each one's class (a key lookup), not by the region's whole grade.
     */
    private static final String IN_GRADE = "in_grade as materialized (select gp.id from people_person_v gp"
            + " where gp.school_id = :school and (select sc.grade from people_student_class_v sc"
            + " where sc.person_id = gp.id"
            + " and sc.academic_year = :year) = :grade)";

    private final NamedParameterJdbcTemplate jdbc;
    /** The totals per school and filters ({@link CacheConfig#PAIR_TOTALS}, {@code app.pairing.total-ttl}, 5 s). */
    private final org.springframework.cache.Cache totals;

    PairList(NamedParameterJdbcTemplate jdbc, org.springframework.cache.CacheManager caches) {
        this.jdbc = jdbc;
        this.totals = caches.getCache(CacheConfig.PAIR_TOTALS);
    }

    /**
     * Forgets the totals: a pair changed on this instance. Now and once more when the transaction commits (the cache
     * is transaction-aware), so a reader that counted the old rows before the commit cannot keep its total.
     */
    @org.springframework.cache.annotation.Caching(evict = {
            @org.springframework.cache.annotation.CacheEvict(cacheNames = CacheConfig.PAIR_TOTALS, allEntries = true,
                    beforeInvocation = true),
            @org.springframework.cache.annotation.CacheEvict(cacheNames = CacheConfig.PAIR_TOTALS, allEntries = true)})
    void pairsChanged() {
        // the annotations do the work
    }

    Page<PairController.PairRow> page(Criteria criteria, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("school", criteria.schoolId())
                .addValue("year", AcademicYear.of(criteria.today()))
                .addValue("today", java.sql.Date.valueOf(criteria.today()))
                .addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset());
        String where = where(criteria, params);
        String with = criteria.grade() == null ? "with " : "with " + IN_GRADE + ",\n";
        Long known = totals.get(criteria, Long.class);
        String sql = with + """
                page as (
                  select mp.id, mp.form_id, mp.variation_id, mp.mentor_id, mp.status, mp.start_date,
                         coalesce(mp.end_date, mp.planned_end) as end_date, mp.order_number, mp.order_date
                  from mentoring_pair mp
                  where %s
                  order by mp.start_date desc, mp.id desc
                  limit :limit offset :offset
                )
                select pg.*, f.name as form_name, v.name as variation_name, %s as total,
                       (select %s from people_person_v p
                          left join people_student_class_v c on c.person_id = p.id and c.academic_year = :year
                         where p.id = pg.mentor_id) as mentor_name,
                       (select count(*) from pair_mentee pm where pm.pair_id = pg.id) as mentees,
                       (select string_agg(n.name, ', ' order by n.person_id) from (
                          select pm.person_id, coalesce((select %s from people_person_v p
                              left join people_student_class_v c on c.person_id = p.id and c.academic_year = :year
                             where p.id = pm.person_id), '%s') as name
                          from pair_mentee pm where pm.pair_id = pg.id
                          order by pm.person_id limit %d) n) as mentee_names,
                       (select array_agg(x.id order by x.id) from people_person_v x
                         where x.id = any (array(select pg.mentor_id
                                union all select pm.person_id from pair_mentee pm where pm.pair_id = pg.id))
                           and x.kind = 'STUDENT'
                           and (x.birth_date is null or x.birth_date > cast(:today as date) - interval '18 years'))
                         as minor_ids
                from page pg
                left join mentoring_form f on f.id = pg.form_id
                left join form_variation v on v.id = pg.variation_id
                order by pg.start_date desc, pg.id desc
                """.formatted(where, known != null ? "null" : "(select count(*) from mentoring_pair mp where " + where
                        + ")", NAME, NAME, UNKNOWN, NAMED_MENTEES);
        long[] total = {known == null ? -1 : known};
        List<PairController.PairRow> rows = jdbc.query(sql, params, (rs, i) -> {
            if (known == null) {
                total[0] = rs.getLong("total");
            }
            return row(rs);
        });
        if (total[0] < 0) {
            // no row carried the total (a page past the end, or no pair at all): count for the pager
            total[0] = pageable.getOffset() == 0 ? 0
                    : jdbc.queryForObject((criteria.grade() == null ? "" : "with " + IN_GRADE + " ")
                            + "select count(*) from mentoring_pair mp where " + where, params, Long.class);
        }
        if (known == null) {
            totals.put(criteria, total[0]);
        }
        return new PageImpl<>(rows, pageable, total[0]);
    }

    /** The filters as a condition on {@code mentoring_pair mp}, with their parameters added. */
    private static String where(Criteria c, MapSqlParameterSource params) {
        List<String> and = new ArrayList<>();
        and.add("mp.school_id = :school");
        if (c.formId() != null) {
            and.add("mp.form_id = :form");
            params.addValue("form", c.formId());
        }
        if (c.status() != null) {
            and.add("mp.status = :status");
            params.addValue("status", c.status().name());
        }
        if (c.mentorId() != null) {
            and.add("mp.mentor_id = :mentor");
            params.addValue("mentor", c.mentorId());
        }
        if (c.grade() != null) {
            // a pair with the school's student of that grade this academic year, as mentor or as a mentee
            and.add("(mp.mentor_id in (select id from in_grade) or exists (select 1 from pair_mentee gm"
                    + " where gm.pair_id = mp.id and gm.person_id in (select id from in_grade)))");
            params.addValue("grade", c.grade());
        }
        if (c.withoutOrder()) {
            and.add("(mp.order_number is null and mp.status = 'ACTIVE')");
        }
        if (c.overdue()) {
            and.add("(mp.status = 'ACTIVE' and mp.planned_end < :today)");
            params.addValue("today", c.today());
        }
        return String.join(" and ", and);
    }

    private static PairController.PairRow row(ResultSet rs) throws SQLException {
        String mentor = rs.getString("mentor_name");
        String mentees = rs.getString("mentee_names");
        return new PairController.PairRow(rs.getLong("id"), rs.getString("form_name"),
                rs.getObject("variation_id") == null ? null : rs.getString("variation_name"),
                mentor == null ? UNKNOWN : mentor, mentees == null ? "" : mentees, rs.getInt("mentees"),
                PairStatus.valueOf(rs.getString("status")), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class), rs.getString("order_number"),
                rs.getObject("order_date", LocalDate.class), minorIds(rs.getArray("minor_ids")));
    }

    private static List<Long> minorIds(java.sql.Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            ids.add(((Number) o).longValue());
        }
        return ids;
    }
}
