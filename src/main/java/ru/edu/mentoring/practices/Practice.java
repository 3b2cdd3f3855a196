package ru.edu.mentoring.practices;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A practice of a school with its passport («Паспорт практики наставничества»). Its state is the approval workflow's
 * ({@link Approval}): a draft or a returned practice is changed by the school's curator, a submitted one waits for
 * the municipality's methodologist or department, an approved one is published (public catalogue).
 */
@Entity
@Table(name = "practice")
class Practice {

    static final SubjectKind KIND = SubjectKind.PRACTICE;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private long schoolId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private long municipalityId;

    @Column(nullable = false)
    private String title;

    @Column(name = "form_id")
    private Long formId;

    @Column(name = "role_model")
    private String roleModel;

    private String problem;

    private String goal;

    private String participants;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    private String description;

    private String resources;

    private String results;

    private String effectiveness;

    private String uniqueness;

    private String replicability;

    private String scalability;

    @Column(name = "publish_consent", nullable = false)
    private boolean publishConsent;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false)
    private PracticeLevel practiceLevel = PracticeLevel.SCHOOL;

    @Column(name = "contest_title")
    private String contestTitle;

    @Column(name = "contest_year")
    private Integer contestYear;

    @Embedded
    private Approval approval;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Practice() {}

    Practice(long schoolId, long municipalityId, Instant now) {
        this.schoolId = schoolId;
        this.municipalityId = municipalityId;
        this.approval = new Approval(now);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The passport as the curator wrote it; only while the practice is a draft or returned. */
    void edit(Passport p, Instant now) {
        approval.requireEditable(KIND);
        apply(p);
        this.updatedAt = now;
    }

    void apply(Passport p) {
        this.title = p.title();
        this.formId = p.formId();
        this.roleModel = p.roleModel();
        this.problem = p.problem();
        this.goal = p.goal();
        this.participants = p.participants();
        this.periodStart = p.periodStart();
        this.periodEnd = p.periodEnd();
        this.description = p.description();
        this.resources = p.resources();
        this.results = p.results();
        this.effectiveness = p.effectiveness();
        this.uniqueness = p.uniqueness();
        this.replicability = p.replicability();
        this.scalability = p.scalability();
        this.publishConsent = p.publishConsent();
    }

    /** The curator sends it to moderation: the publication needs the consent and a description. */
    Step submit(Actor actor, Instant now) {
        if (!publishConsent) {
            throw new ru.edu.mentoring.approval.ApprovalRuleException("practice.submit.noConsent");
        }
        if (description == null || description.isBlank()) {
            throw new ru.edu.mentoring.approval.ApprovalRuleException("practice.submit.noDescription");
        }
        return approval.submit(KIND, actor, now);
    }

    Step publish(String comment, Actor actor, Instant now) {
        Step step = approval.approve(KIND, comment, actor, now);
        this.publishedAt = now;
        return step;
    }

    Step returnForRework(String comment, Actor actor, Instant now) {
        return approval.returnForRework(KIND, comment, actor, now);
    }

    /** A contest's winner enters the bank published in one step (no moderation: the jury judged it). */
    Step enterAsWinner(String contestTitle, int contestYear, Actor actor, Instant now) {
        this.contestTitle = contestTitle;
        this.contestYear = contestYear;
        this.practiceLevel = PracticeLevel.MUNICIPAL;
        this.publishConsent = true;
        approval.submit(KIND, actor, now);
        return publish(null, actor, now);
    }

    void setLevel(PracticeLevel level) {
        this.practiceLevel = level;
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

    String getTitle() {
        return title;
    }

    Long getFormId() {
        return formId;
    }

    String getRoleModel() {
        return roleModel;
    }

    String getProblem() {
        return problem;
    }

    String getGoal() {
        return goal;
    }

    String getParticipants() {
        return participants;
    }

    LocalDate getPeriodStart() {
        return periodStart;
    }

    LocalDate getPeriodEnd() {
        return periodEnd;
    }

    String getDescription() {
        return description;
    }

    String getResources() {
        return resources;
    }

    String getResults() {
        return results;
    }

    String getEffectiveness() {
        return effectiveness;
    }

    String getUniqueness() {
        return uniqueness;
    }

    String getReplicability() {
        return replicability;
    }

    String getScalability() {
        return scalability;
    }

    boolean isPublishConsent() {
        return publishConsent;
    }

    PracticeLevel getLevel() {
        return practiceLevel;
    }

    String getContestTitle() {
        return contestTitle;
    }

    Integer getContestYear() {
        return contestYear;
    }

    ApprovalStatus getStatus() {
        return approval.status();
    }

    Instant getStatusChangedAt() {
        return approval.statusChangedAt();
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    long getVersion() {
        return version;
    }

    /** The passport's fields, as a command from the form (or from a contest). */
    record Passport(String title, Long formId, String roleModel, String problem, String goal, String participants,
            LocalDate periodStart, LocalDate periodEnd, String description, String resources, String results,
            String effectiveness, String uniqueness, String replicability, String scalability,
            boolean publishConsent) {}
}
