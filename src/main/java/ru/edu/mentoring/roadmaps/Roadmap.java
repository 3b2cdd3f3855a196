package ru.edu.mentoring.roadmaps;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import ru.edu.mentoring.approval.Actor;
import ru.edu.mentoring.approval.Approval;
import ru.edu.mentoring.approval.ApprovalRuleException;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.Step;
import ru.edu.mentoring.approval.SubjectKind;

/**
 * A school's roadmap: its measures, its approval history and its approved revisions. The status moves only through
 * the guarded methods here: DRAFT → SUBMITTED → APPROVED, or SUBMITTED → RETURNED (with a comment) → SUBMITTED again;
 * an approved roadmap is changed by starting a new draft, while the approved revision stays as it was.
 */
@Entity
@Table(name = "roadmap")
class Roadmap {

    static final SubjectKind KIND = SubjectKind.ROADMAP;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private long schoolId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private long municipalityId;

    @Column(nullable = false)
    private String title;

    @Embedded
    private Approval approval;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "roadmap_id", nullable = false)
    @OrderBy("position")
    private List<RoadmapMeasure> measures = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "roadmap_id", nullable = false)
    @OrderBy("number")
    private List<RoadmapRevision> revisions = new ArrayList<>();

    protected Roadmap() {}

    Roadmap(long schoolId, long municipalityId, String title, Instant now) {
        this.schoolId = schoolId;
        this.municipalityId = municipalityId;
        this.title = title;
        this.approval = new Approval(now);
        this.updatedAt = now;
    }

    // --- the approval workflow (rules in approval.Approval; the caller records the step) -----------------------

    /** The curator sends a draft or a returned roadmap to the department. */
    Step submit(long expectedVersion, Actor actor, Instant now) {
        Approval.checkVersion(expectedVersion, version);
        if (approval.status().editable() && measures.isEmpty()) {
            throw new ApprovalRuleException("roadmap.submit.empty");
        }
        return touched(approval.submit(KIND, actor, now));
    }

    /** The department approves the version it looked at; the measures are kept as an immutable revision. */
    Step approve(long expectedVersion, String comment, Actor actor, Instant now) {
        Approval.checkVersion(expectedVersion, version);
        Step step = touched(approval.approve(KIND, comment, actor, now));
        revisions.add(new RoadmapRevision(revisions.size() + 1, title, now, actor.name(), step.comment(),
                measures.stream().map(RoadmapMeasure::data).toList()));
        return step;
    }

    /** The department returns the version it looked at for rework; the comment says what to correct. */
    Step returnForRework(long expectedVersion, String comment, Actor actor, Instant now) {
        Approval.checkVersion(expectedVersion, version);
        return touched(approval.returnForRework(KIND, comment, actor, now));
    }

    /** The curator starts changing an approved roadmap: a new draft; the approved revision stays readable. */
    Step startNewDraft(long expectedVersion, Actor actor, Instant now) {
        Approval.checkVersion(expectedVersion, version);
        return touched(approval.reopen(KIND, actor, now));
    }

    private Step touched(Step step) {
        updatedAt = step.at();
        return step;
    }

    private void checkVersion(long expectedVersion) {
        Approval.checkVersion(expectedVersion, version);
    }

    // --- the measures ----------------------------------------------------------------------------------------

    RoadmapMeasure addMeasure(long expectedVersion, MeasureData data, Instant now) {
        checkEditable(expectedVersion);
        int position = measures.stream().mapToInt(RoadmapMeasure::getPosition).max().orElse(0) + 1;
        RoadmapMeasure m = new RoadmapMeasure(position, data);
        measures.add(m);
        updatedAt = now;
        return m;
    }

    void updateMeasure(long expectedVersion, long measureId, MeasureData data, Instant now) {
        checkEditable(expectedVersion);
        measure(measureId).update(data);
        updatedAt = now;
    }

    void removeMeasure(long expectedVersion, long measureId, Instant now) {
        checkEditable(expectedVersion);
        measures.remove(measure(measureId));
        updatedAt = now;
    }

    /** Progress is marked on a draft, a returned or an approved roadmap, never while the department decides. */
    void markDone(long expectedVersion, long measureId, LocalDate on, String evidence, Instant now) {
        checkVersion(expectedVersion);
        if (approval.status() == ApprovalStatus.SUBMITTED) {
            throw new ApprovalRuleException("roadmap.progress.notAllowed");
        }
        if (evidence == null || evidence.isBlank() || on == null) {
            throw new ApprovalRuleException("measure.done.required");
        }
        measure(measureId).markDone(on, evidence);
        updatedAt = now;
    }

    void markUndone(long expectedVersion, long measureId, Instant now) {
        checkVersion(expectedVersion);
        if (approval.status() == ApprovalStatus.SUBMITTED) {
            throw new ApprovalRuleException("roadmap.progress.notAllowed");
        }
        measure(measureId).markUndone();
        updatedAt = now;
    }

    private void checkEditable(long expectedVersion) {
        checkVersion(expectedVersion);
        approval.requireEditable(KIND);
    }

    Optional<RoadmapMeasure> findMeasure(long measureId) {
        return measures.stream().filter(m -> m.getId() != null && m.getId() == measureId).findFirst();
    }

    private RoadmapMeasure measure(long measureId) {
        return findMeasure(measureId).orElseThrow(ru.edu.mentoring.shared.NotFoundException::new);
    }

    // --- reading ---------------------------------------------------------------------------------------------

    Optional<RoadmapRevision> lastRevision() {
        return revisions.stream().max(Comparator.comparingInt(RoadmapRevision::getNumber));
    }

    Optional<LocalDate> firstApprovedOn(java.time.ZoneId zone) {
        return revisions.stream().map(RoadmapRevision::getApprovedAt).min(Comparator.naturalOrder())
                .map(i -> i.atZone(zone).toLocalDate());
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

    ApprovalStatus getStatus() {
        return approval.status();
    }

    Instant getStatusChangedAt() {
        return approval.statusChangedAt();
    }

    long getVersion() {
        return version;
    }

    List<RoadmapMeasure> getMeasures() {
        return measures;
    }

    List<RoadmapRevision> getRevisions() {
        return revisions;
    }
}
