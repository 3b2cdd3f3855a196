package ru.edu.mentoring.shared;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Marks of the change log (migrations V45, V47, V64): every writing transaction that touches what a dashboard or a
 * school's list shows leaves one row per municipality, school and transaction in {@code monitoring_change}
 * ({@link #mark}, called by the monitoring module from the owning modules' events). A mark is the count and
 * last id of the rows that concern a scope; it moves with every committed write in that scope, so a page or figure
 * computed after reading a mark is still right while the mark has not moved. One index scan each, over the rows of
 * the last {@code app.monitoring.change-log-keep} (2 minutes; older rows are removed every minute, each scope keeping
 * its newest), so a mark costs the same however long the portal has run.
 */
@Component
public class ChangeLog {

    private final NamedParameterJdbcTemplate jdbc;
    private final java.time.Duration keep;

    ChangeLog(NamedParameterJdbcTemplate jdbc,
            @org.springframework.beans.factory.annotation.Value("${app.monitoring.change-log-keep:PT2M}")
            java.time.Duration keep) {
        this.jdbc = jdbc;
        this.keep = keep;
    }

    /**
     * Moves the marks of these schools, of the schools of these people, of these (municipality, school) pairs, and
     * everyone's when {@code everyone}: one row each for the current transaction (one statement). The monitoring
     * module calls it just before a writing transaction commits ({@code monitoring.ReadModelEvents}); the schools and
     * people are resolved through the views their modules publish ({@code schools_school_v}, {@code people_person_v}).
     */
    public void mark(Long[] schoolIds, Long[] personIds, Long[] municipalities, Long[] schools, boolean everyone) {
        jdbc.getJdbcTemplate().update("""
                insert into monitoring_change (municipality_id, school_id)
                select s.municipality_id, s.id from schools_school_v s where s.id = any (cast(? as bigint[]))
                union select s.municipality_id, s.id from people_person_v per
                  join schools_school_v s on s.id = per.school_id
                 where per.id = any (cast(? as bigint[]))
                union select m, s from unnest(cast(? as bigint[]), cast(? as bigint[])) as x(m, s)
                union select 0, 0 where ?
                on conflict on constraint monitoring_change_tx do nothing
                """, schoolIds, personIds, municipalities, schools, everyone);
    }

    /**
     * Removes the rows older than the time kept, except each scope's newest. Every instance runs it; a mark that
     * moves because rows went is only a needless recomputation.
     */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "${app.monitoring.change-log-cleanup:PT1M}",
            initialDelayString = "${app.monitoring.change-log-cleanup:PT1M}")
    public void removeOld() {
        jdbc.update("""
                delete from monitoring_change c where c.changed_at < now() - cast(:keep as interval)
                   and c.id < (select max(n.id) from monitoring_change n
                                where n.municipality_id = c.municipality_id and n.school_id = c.school_id)
                """, new MapSqlParameterSource("keep", keep.toSeconds() + " seconds"));
    }

    /** A municipality's mark (its schools, itself and changes that concern everyone); null: the whole region. */
    public String municipalityMark(Long municipalityId) {
        return jdbc.queryForObject("select count(*) || ':' || coalesce(max(id), 0) from monitoring_change"
                + " where cast(:m as bigint) is null or municipality_id in (:m, 0)",
                new MapSqlParameterSource("m", municipalityId), String.class);
    }

    /**
     * A school's mark with its municipality's own rows (those of no school, such as its coverage targets): what a
     * school's dashboard depends on. Changes at other schools of the municipality leave it where it was.
     */
    public String schoolMark(long municipalityId, long schoolId) {
        return jdbc.queryForObject("select count(*) || ':' || coalesce(max(id), 0) from monitoring_change"
                + " where school_id = :s or (school_id = 0 and municipality_id in (:m, 0))",
                new MapSqlParameterSource("s", schoolId).addValue("m", municipalityId), String.class);
    }

    /** A school's mark (its own rows and changes that concern everyone, such as a renamed form). */
    public String schoolMark(long schoolId) {
        return jdbc.queryForObject("select count(*) || ':' || coalesce(max(id), 0) from monitoring_change"
                + " where school_id = :s or (municipality_id = 0 and school_id = 0)",
                new MapSqlParameterSource("s", schoolId), String.class);
    }
}
