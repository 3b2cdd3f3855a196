package ru.edu.mentoring.roadmaps;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.approval.ApprovalDemoRecords;
import ru.edu.mentoring.approval.SubjectKind;

/**
 * What the demo loader reads and changes in school roadmaps, kept here so that only this module names its tables
 * ({@code ModuleTablesTest}): a measure by its number, and an approval that happened months ago.
 */
@Service
public class RoadmapDemoRecords {

    private final JdbcTemplate jdbc;
    private final ApprovalDemoRecords approvals;

    RoadmapDemoRecords(JdbcTemplate jdbc, ApprovalDemoRecords approvals) {
        this.jdbc = jdbc;
        this.approvals = approvals;
    }

    /** The id of the roadmap's measure numbered {@code number} («1», «2.1»). */
    @Transactional(readOnly = true)
    public long measureId(long roadmapId, String number) {
        return jdbc.queryForObject("select id from roadmap_measure where roadmap_id = ? and number = ?", Long.class,
                roadmapId, number);
    }

    /**
     * Moves the roadmap's submission to {@code submitted} and its decision (and approved revisions) to
     * {@code decided}; the roadmap's last change follows its latest step.
     */
    @Transactional
    public void backdate(long roadmapId, OffsetDateTime submitted, OffsetDateTime decided) {
        Instant latest = approvals.backdate(SubjectKind.ROADMAP, roadmapId, submitted, decided);
        jdbc.update("update roadmap_revision set approved_at = ? where roadmap_id = ?", decided, roadmapId);
        if (latest != null) {
            OffsetDateTime at = latest.atOffset(ZoneOffset.UTC);
            jdbc.update("update roadmap set status_changed_at = ?, updated_at = ? where id = ?", at, at, roadmapId);
        }
    }
}
