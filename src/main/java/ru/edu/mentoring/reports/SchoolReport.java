package ru.edu.mentoring.reports;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.edu.mentoring.shared.StaleVersionException;

/**
 * A school's annual report for one academic year. The status moves only through the guarded methods here:
 * DRAFT → SUBMITTED → APPROVED, or SUBMITTED → RETURNED (with a comment) → SUBMITTED again. Submitting stores the
 * figures of that moment; while submitted or approved the report shows them, whatever happens to the data later.
 */
@Entity
@Table(name = "school_report")
class SchoolReport {

    static final int MAX_TEXT = 4000;
    static final int MAX_COMMENT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private long schoolId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private long municipalityId;

    @Column(name = "academic_year", nullable = false, updatable = false)
    private int academicYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status = ReportStatus.DRAFT;

    private String results;

    private String practices;

    private String difficulties;

    /** The figures as text: those of creation while editable, the frozen snapshot once submitted. */
    private String figures;

    @Column(name = "figures_at")
    private Instant figuresAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "report_id", nullable = false)
    @OrderBy("at, id")
    private List<ReportTransition> transitions = new ArrayList<>();

    protected SchoolReport() {}

    SchoolReport(long schoolId, long municipalityId, int academicYear, ReportFigures figures, Instant now) {
        this.schoolId = schoolId;
        this.municipalityId = municipalityId;
        this.academicYear = academicYear;
        this.figures = figures.toText();
        this.figuresAt = now;
        this.statusChangedAt = now;
        this.updatedAt = now;
    }

    // --- the texts -------------------------------------------------------------------------------------------

    void editTexts(long expectedVersion, String results, String practices, String difficulties, Instant now) {
        checkVersion(expectedVersion);
        if (!status.editable()) {
            throw new ReportRuleException("report.notEditable");
        }
        this.results = text(results);
        this.practices = text(practices);
        this.difficulties = text(difficulties);
        this.updatedAt = now;
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_TEXT) {
            throw new ReportRuleException("report.text.tooLong");
        }
        return v;
    }

    // --- the workflow ----------------------------------------------------------------------------------------

    /** The curator sends a draft or a returned report; the figures of this moment are frozen with it. */
    ReportTransition submit(long expectedVersion, ReportFigures snapshot, long actorId, String actorName,
            Instant now) {
        checkVersion(expectedVersion);
        if (!status.editable()) {
            throw new ReportRuleException("report.submit.notAllowed");
        }
        this.figures = snapshot.toText();
        this.figuresAt = now;
        return move(ReportStatus.SUBMITTED, actorId, actorName, now, null);
    }

    /** The department approves the version it looked at. */
    ReportTransition approve(long expectedVersion, String comment, long actorId, String actorName, Instant now) {
        checkVersion(expectedVersion);
        if (status != ReportStatus.SUBMITTED) {
            throw new ReportRuleException("report.decide.notSubmitted");
        }
        return move(ReportStatus.APPROVED, actorId, actorName, now, comment(comment));
    }

    /** The department returns the version it looked at; the comment says what to correct. */
    ReportTransition returnForRework(long expectedVersion, String comment, long actorId, String actorName,
            Instant now) {
        checkVersion(expectedVersion);
        if (status != ReportStatus.SUBMITTED) {
            throw new ReportRuleException("report.decide.notSubmitted");
        }
        String note = comment(comment);
        if (note == null) {
            throw new ReportRuleException("report.return.commentRequired");
        }
        return move(ReportStatus.RETURNED, actorId, actorName, now, note);
    }

    private ReportTransition move(ReportStatus to, long actorId, String actorName, Instant now, String comment) {
        ReportTransition t = new ReportTransition(status, to, actorId, actorName, now, comment);
        transitions.add(t);
        status = to;
        statusChangedAt = now;
        updatedAt = now;
        return t;
    }

    private void checkVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new StaleVersionException();
        }
    }

    private static String comment(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String c = comment.strip();
        if (c.length() > MAX_COMMENT) {
            throw new ReportRuleException("report.comment.tooLong");
        }
        return c;
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /** The stored figures: the snapshot of submission once submitted. */
    ReportFigures storedFigures() {
        return figures == null ? null : ReportFigures.parse(figures);
    }

    /** The comment of the latest return, while the report is still returned. */
    Optional<String> returnComment() {
        if (status != ReportStatus.RETURNED || transitions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(transitions.get(transitions.size() - 1).getComment());
    }

    Long getId() {
        return id;
    }

    long getSchoolId() {
        return schoolId;
    }

    long getMunicipalityId() {
        return municipalityId;
    }

    int getAcademicYear() {
        return academicYear;
    }

    ReportStatus getStatus() {
        return status;
    }

    String getResults() {
        return results;
    }

    String getPractices() {
        return practices;
    }

    String getDifficulties() {
        return difficulties;
    }

    Instant getFiguresAt() {
        return figuresAt;
    }

    Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    long getVersion() {
        return version;
    }

    List<ReportTransition> getTransitions() {
        return transitions;
    }
}
