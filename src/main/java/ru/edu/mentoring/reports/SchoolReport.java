package ru.edu.mentoring.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import ru.edu.mentoring.approval.Actor;
import ru.edu.mentoring.approval.Approval;
import ru.edu.mentoring.approval.ApprovalRuleException;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.Step;
import ru.edu.mentoring.approval.SubjectKind;

/**
 * A school's annual report for one academic year. The status moves only through the guarded methods here:
 * DRAFT → SUBMITTED → APPROVED, or SUBMITTED → RETURNED (with a comment) → SUBMITTED again. Submitting stores the
 * figures of that moment; while submitted or approved the report shows them, whatever happens to the data later.
 */
@Entity
@Table(name = "school_report")
class SchoolReport {

    static final int MAX_TEXT = 4000;
    static final SubjectKind KIND = SubjectKind.REPORT;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private long schoolId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private long municipalityId;

    @Column(name = "academic_year", nullable = false, updatable = false)
    private int academicYear;

    @Embedded
    private Approval approval;

    private String results;

    private String practices;

    private String difficulties;

    /** The figures as text: those of creation while editable, the frozen snapshot once submitted. */
    private String figures;

    @Column(name = "figures_at")
    private Instant figuresAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SchoolReport() {}

    SchoolReport(long schoolId, long municipalityId, int academicYear, ReportFigures figures, Instant now) {
        this.schoolId = schoolId;
        this.municipalityId = municipalityId;
        this.academicYear = academicYear;
        this.figures = figures.toText();
        this.figuresAt = now;
        this.approval = new Approval(now);
        this.updatedAt = now;
    }

    // --- the texts -------------------------------------------------------------------------------------------

    void editTexts(long expectedVersion, String results, String practices, String difficulties, Instant now) {
        Approval.checkVersion(expectedVersion, version);
        approval.requireEditable(KIND);
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
            throw new ApprovalRuleException("report.text.tooLong");
        }
        return v;
    }

    // --- the workflow (rules in approval.Approval; the caller records the step) ------------------------------

    /** The curator sends a draft or a returned report; the figures of this moment are frozen with it. */
    Step submit(long expectedVersion, ReportFigures snapshot, Actor actor, Instant now) {
        Approval.checkVersion(expectedVersion, version);
        Step step = touched(approval.submit(KIND, actor, now));
        this.figures = snapshot.toText();
        this.figuresAt = now;
        return step;
    }

    /** The department approves the version it looked at. */
    Step approve(long expectedVersion, String comment, Actor actor, Instant now) {
        Approval.checkVersion(expectedVersion, version);
        return touched(approval.approve(KIND, comment, actor, now));
    }

    /** The department returns the version it looked at; the comment says what to correct. */
    Step returnForRework(long expectedVersion, String comment, Actor actor, Instant now) {
        Approval.checkVersion(expectedVersion, version);
        return touched(approval.returnForRework(KIND, comment, actor, now));
    }

    private Step touched(Step step) {
        updatedAt = step.at();
        return step;
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /** The stored figures: the snapshot of submission once submitted. */
    ReportFigures storedFigures() {
        return figures == null ? null : ReportFigures.parse(figures);
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

    ApprovalStatus getStatus() {
        return approval.status();
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
        return approval.statusChangedAt();
    }

    long getVersion() {
        return version;
    }
}
