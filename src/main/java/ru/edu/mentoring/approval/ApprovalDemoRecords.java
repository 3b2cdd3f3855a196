package ru.edu.mentoring.approval;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the demo loader changes in the approval history, kept here so that only this module writes its table
 * ({@code ModuleTablesTest}): the demo story happened months ago, so its steps are moved to those days.
 */
@Service
public class ApprovalDemoRecords {

    private final JdbcTemplate jdbc;

    ApprovalDemoRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Moves the subject's submission to {@code submitted} and every other step to {@code decided}; returns the time
     * of its latest step afterwards (null without steps).
     */
    @Transactional
    public Instant backdate(SubjectKind kind, long subjectId, OffsetDateTime submitted, OffsetDateTime decided) {
        jdbc.update("update approval_transition set at = ? where subject_kind = ? and subject_id = ?"
                + " and to_status = 'SUBMITTED'", submitted, kind.name(), subjectId);
        jdbc.update("update approval_transition set at = ? where subject_kind = ? and subject_id = ?"
                + " and to_status <> 'SUBMITTED'", decided, kind.name(), subjectId);
        OffsetDateTime latest = jdbc.queryForObject("select max(at) from approval_transition"
                + " where subject_kind = ? and subject_id = ?", OffsetDateTime.class, kind.name(), subjectId);
        return latest == null ? null : latest.toInstant();
    }
}
