package ru.edu.mentoring.snapshots;

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
import ru.edu.mentoring.approval.ApprovalRuleException;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.Step;
import ru.edu.mentoring.approval.SubjectKind;

/**
 * One version of a municipality's figures for a reporting period. The figures are written once, when the version
 * is made, and never recomputed; the department signs the draft off and sends it (DRAFT → SUBMITTED), the region
 * accepts (APPROVED) or returns it with a comment (RETURNED); a correction is a new version, the old ones stay.
 */
@Entity
@Table(name = "snapshot")
class Snapshot {

    static final SubjectKind KIND = SubjectKind.SNAPSHOT;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private long municipalityId;

    @Column(name = "region_name", nullable = false, updatable = false)
    private String regionName;

    @Column(name = "period_year", nullable = false, updatable = false)
    private int periodYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SnapshotPeriod period;

    @Column(name = "as_of", nullable = false, updatable = false)
    private LocalDate asOf;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    /** The frozen figures ({@link SnapshotFigures} as JSON). */
    @Column(nullable = false, updatable = false)
    private String figures;

    @Column(name = "computed_at", nullable = false, updatable = false)
    private Instant computedAt;

    @Column(name = "computed_by_id", nullable = false, updatable = false)
    private long computedById;

    @Column(name = "signed_by_id")
    private Long signedById;

    @Column(name = "signed_by_name")
    private String signedByName;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Embedded
    private Approval approval;

    @Version
    private long version;

    protected Snapshot() {}

    Snapshot(long municipalityId, String regionName, int periodYear, SnapshotPeriod period, LocalDate asOf,
            int versionNo, String figures, long computedById, Instant now) {
        this.municipalityId = municipalityId;
        this.regionName = regionName;
        this.periodYear = periodYear;
        this.period = period;
        this.asOf = asOf;
        this.versionNo = versionNo;
        this.figures = figures;
        this.computedAt = now;
        this.computedById = computedById;
        this.approval = new Approval(now);
    }

    /** The department signs the draft off and sends it to the region: only a draft (a returned one is corrected by a new version). */
    Step submit(long expectedVersion, Actor actor, Instant now) {
        Approval.checkVersion(expectedVersion, version);
        if (approval.status() != ApprovalStatus.DRAFT) {
            throw new ApprovalRuleException(KIND.key("submit.notAllowed"));
        }
        Step step = approval.submit(KIND, actor, now);
        signedById = actor.userId();
        signedByName = actor.name();
        signedAt = now;
        return step;
    }

    Step approve(long expectedVersion, String comment, Actor actor, Instant now) {
        Approval.checkVersion(expectedVersion, version);
        return approval.approve(KIND, comment, actor, now);
    }

    Step returnForRework(long expectedVersion, String comment, Actor actor, Instant now) {
        Approval.checkVersion(expectedVersion, version);
        return approval.returnForRework(KIND, comment, actor, now);
    }

    Long getId() {
        return id;
    }

    long getMunicipalityId() {
        return municipalityId;
    }

    String getRegionName() {
        return regionName;
    }

    int getPeriodYear() {
        return periodYear;
    }

    SnapshotPeriod getPeriod() {
        return period;
    }

    LocalDate getAsOf() {
        return asOf;
    }

    int getVersionNo() {
        return versionNo;
    }

    String getFigures() {
        return figures;
    }

    Instant getComputedAt() {
        return computedAt;
    }

    String getSignedByName() {
        return signedByName;
    }

    Instant getSignedAt() {
        return signedAt;
    }

    ApprovalStatus status() {
        return approval.status();
    }

    Instant statusChangedAt() {
        return approval.statusChangedAt();
    }

    long getVersion() {
        return version;
    }
}
