package ru.edu.mentoring.shared;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Marks of the change log (migrations V45, V47): triggers on every table a dashboard or a school's list shows leave
 * one row per municipality, school and committed transaction in {@code monitoring_change}. A mark is the count and
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

    /** A school's mark (its own rows and changes that concern everyone, such as a renamed form). */
    public String schoolMark(long schoolId) {
        return jdbc.queryForObject("select count(*) || ':' || coalesce(max(id), 0) from monitoring_change"
                + " where school_id = :s or (municipality_id = 0 and school_id = 0)",
                new MapSqlParameterSource("s", schoolId), String.class);
    }
}
