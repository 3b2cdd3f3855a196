package ru.edu.mentoring.roadmaps;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import ru.edu.mentoring.shared.StaleVersionException;

/**
 * A school's roadmap: its measures, its approval history and its approved revisions. The status moves only through
 * the guarded methods here: DRAFT → SUBMITTED → APPROVED, or SUBMITTED → RETURNED (with a comment) → SUBMITTED again;
 * an approved roadmap is changed by starting a new draft, while the approved revision stays as it was.
 */
@Entity
@Table(name = "roadmap")
class Roadmap {

    static final int MAX_COMMENT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private long schoolId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private long municipalityId;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoadmapStatus status = RoadmapStatus.DRAFT;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

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
    @OrderBy("at, id")
    private List<RoadmapTransition> transitions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "roadmap_id", nullable = false)
    @OrderBy("number")
    private List<RoadmapRevision> revisions = new ArrayList<>();

    protected Roadmap() {}

    Roadmap(long schoolId, long municipalityId, String title, Instant now) {
        this.schoolId = schoolId;
        this.municipalityId = municipalityId;
        this.title = title;
        this.statusChangedAt = now;
        this.updatedAt = now;
    }

    // --- the approval workflow -------------------------------------------------------------------------------

    /** The curator sends a draft or a returned roadmap to the department. */
    RoadmapTransition submit(long expectedVersion, Actor actor, Instant now) {
        checkVersion(expectedVersion);
        if (!status.editable()) {
            throw new RoadmapRuleException("roadmap.submit.notAllowed");
        }
        if (measures.isEmpty()) {
            throw new RoadmapRuleException("roadmap.submit.empty");
        }
        return move(RoadmapStatus.SUBMITTED, actor, now, null);
    }

    /** The department approves the version it looked at; the measures are kept as an immutable revision. */
    RoadmapTransition approve(long expectedVersion, String comment, Actor actor, Instant now) {
        checkVersion(expectedVersion);
        if (status != RoadmapStatus.SUBMITTED) {
            throw new RoadmapRuleException("roadmap.decide.notSubmitted");
        }
        String note = optionalComment(comment);
        revisions.add(new RoadmapRevision(revisions.size() + 1, title, now, actor.name(), note,
                measures.stream().map(RoadmapMeasure::data).toList()));
        return move(RoadmapStatus.APPROVED, actor, now, note);
    }

    /** The department returns the version it looked at for rework; the comment says what to correct. */
    RoadmapTransition returnForRework(long expectedVersion, String comment, Actor actor, Instant now) {
        checkVersion(expectedVersion);
        if (status != RoadmapStatus.SUBMITTED) {
            throw new RoadmapRuleException("roadmap.decide.notSubmitted");
        }
        String note = optionalComment(comment);
        if (note == null) {
            throw new RoadmapRuleException("roadmap.return.commentRequired");
        }
        return move(RoadmapStatus.RETURNED, actor, now, note);
    }

    /** The curator starts changing an approved roadmap: a new draft; the approved revision stays readable. */
    RoadmapTransition startNewDraft(long expectedVersion, Actor actor, Instant now) {
        checkVersion(expectedVersion);
        if (status != RoadmapStatus.APPROVED) {
            throw new RoadmapRuleException("roadmap.reopen.notApproved");
        }
        return move(RoadmapStatus.DRAFT, actor, now, null);
    }

    private RoadmapTransition move(RoadmapStatus to, Actor actor, Instant now, String comment) {
        RoadmapTransition t = new RoadmapTransition(status, to, actor, now, comment);
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

    private static String optionalComment(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String c = comment.strip();
        if (c.length() > MAX_COMMENT) {
            throw new RoadmapRuleException("roadmap.comment.tooLong");
        }
        return c;
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
        if (status == RoadmapStatus.SUBMITTED) {
            throw new RoadmapRuleException("roadmap.progress.notAllowed");
        }
        if (evidence == null || evidence.isBlank() || on == null) {
            throw new RoadmapRuleException("measure.done.required");
        }
        measure(measureId).markDone(on, evidence);
        updatedAt = now;
    }

    void markUndone(long expectedVersion, long measureId, Instant now) {
        checkVersion(expectedVersion);
        if (status == RoadmapStatus.SUBMITTED) {
            throw new RoadmapRuleException("roadmap.progress.notAllowed");
        }
        measure(measureId).markUndone();
        updatedAt = now;
    }

    private void checkEditable(long expectedVersion) {
        checkVersion(expectedVersion);
        if (!status.editable()) {
            throw new RoadmapRuleException("roadmap.notEditable");
        }
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

    /** The comment of the latest return, while the roadmap is still returned. */
    Optional<String> returnComment() {
        if (status != RoadmapStatus.RETURNED || transitions.isEmpty()) {
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

    String getTitle() {
        return title;
    }

    RoadmapStatus getStatus() {
        return status;
    }

    Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    long getVersion() {
        return version;
    }

    List<RoadmapMeasure> getMeasures() {
        return measures;
    }

    List<RoadmapTransition> getTransitions() {
        return transitions;
    }

    List<RoadmapRevision> getRevisions() {
        return revisions;
    }
}
