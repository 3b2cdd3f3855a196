package ru.edu.mentoring.programmes;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import ru.edu.mentoring.approval.Actor;
import ru.edu.mentoring.approval.Approval;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.Step;
import ru.edu.mentoring.approval.SubjectKind;

/**
 * A school's programme of mentoring for one form and one academic year (one per form per year): goal, tasks, the
 * forms and role-model variations, its period and the responsible curator. It moves through the approval workflow
 * (DRAFT → SUBMITTED → APPROVED | RETURNED → SUBMITTED) by the guarded methods here; the head of the school decides.
 */
@Entity
@Table(name = "school_programme")
class SchoolProgramme {

    static final SubjectKind KIND = SubjectKind.PROGRAMME;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private long schoolId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private long municipalityId;

    @Column(name = "form_id", nullable = false, updatable = false)
    private long formId;

    @Column(name = "academic_year", nullable = false, updatable = false)
    private int academicYear;

    private String goal;

    private String tasks;

    private String variations;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "curator_id")
    private Long curatorId;

    @Embedded
    private Approval approval;

    @Column(name = "order_document_id")
    private Long orderDocumentId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SchoolProgramme() {}

    SchoolProgramme(long schoolId, long municipalityId, long formId, int academicYear, Instant now) {
        this.schoolId = schoolId;
        this.municipalityId = municipalityId;
        this.formId = formId;
        this.academicYear = academicYear;
        this.periodFrom = LocalDate.of(academicYear, 9, 1);
        this.periodTo = LocalDate.of(academicYear + 1, 5, 31);
        this.approval = new Approval(now);
        this.updatedAt = now;
    }

    /** The curator changes the content of a draft or a returned programme (the version they saw). */
    void edit(long expectedVersion, String goal, String tasks, String variations, LocalDate from, LocalDate to,
            Long curatorId, Instant now) {
        Approval.checkVersion(expectedVersion, version);
        approval.requireEditable(KIND);
        this.goal = blankToNull(goal);
        this.tasks = blankToNull(tasks);
        this.variations = blankToNull(variations);
        this.periodFrom = from;
        this.periodTo = to;
        this.curatorId = curatorId;
        this.updatedAt = now;
    }

    Step submit(long expectedVersion, Actor actor, Instant now) {
        Approval.checkVersion(expectedVersion, version);
        return touched(approval.submit(KIND, actor, now));
    }

    Step approve(long expectedVersion, String comment, Actor actor, Instant now) {
        Approval.checkVersion(expectedVersion, version);
        return touched(approval.approve(KIND, comment, actor, now));
    }

    Step returnForRework(long expectedVersion, String comment, Actor actor, Instant now) {
        Approval.checkVersion(expectedVersion, version);
        return touched(approval.returnForRework(KIND, comment, actor, now));
    }

    Step reopen(long expectedVersion, Actor actor, Instant now) {
        Approval.checkVersion(expectedVersion, version);
        return touched(approval.reopen(KIND, actor, now));
    }

    private Step touched(Step step) {
        updatedAt = step.at();
        return step;
    }

    void fileOrder(long documentId) {
        this.orderDocumentId = documentId;
    }

    /** Everything the submission needs is there: goal, tasks and the responsible curator. */
    boolean complete() {
        return goal != null && tasks != null && curatorId != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
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

    long getFormId() {
        return formId;
    }

    int getAcademicYear() {
        return academicYear;
    }

    String getGoal() {
        return goal;
    }

    String getTasks() {
        return tasks;
    }

    String getVariations() {
        return variations;
    }

    LocalDate getPeriodFrom() {
        return periodFrom;
    }

    LocalDate getPeriodTo() {
        return periodTo;
    }

    Long getCuratorId() {
        return curatorId;
    }

    ApprovalStatus getStatus() {
        return approval.status();
    }

    Instant getStatusChangedAt() {
        return approval.statusChangedAt();
    }

    Long getOrderDocumentId() {
        return orderDocumentId;
    }

    long getVersion() {
        return version;
    }
}
