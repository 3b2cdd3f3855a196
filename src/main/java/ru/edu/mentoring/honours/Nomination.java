package ru.edu.mentoring.honours;

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
 * A school's nomination of a mentor of its base for a грамота or a благодарность of the department: the year, the short
 * wording the document prints and the justification. Its state and moves are the approval workflow's
 * ({@link Approval}): submitted when made, approved (the document is issued, dated the day of approval), returned with
 * a comment (the school corrects it and submits again) or refused for good.
 */
@Entity
@Table(name = "honour_nomination")
class Nomination {

    static final SubjectKind KIND = SubjectKind.NOMINATION;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private long schoolId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private long municipalityId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HonourKind kind;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private String wording;

    @Column(nullable = false)
    private String justification;

    @Column(name = "nominated_by", nullable = false)
    private String nominatedBy;

    @Embedded
    private Approval approval;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Version
    private long version;

    protected Nomination() {}

    Nomination(long schoolId, long municipalityId, long personId, HonourKind kind, int year, String wording,
            String justification, String nominatedBy, Instant now) {
        this.schoolId = schoolId;
        this.municipalityId = municipalityId;
        this.personId = personId;
        this.nominatedBy = nominatedBy;
        this.approval = new Approval(now);
        set(kind, year, wording, justification);
    }

    private void set(HonourKind kind, int year, String wording, String justification) {
        this.kind = kind;
        this.year = year;
        this.wording = wording.strip();
        this.justification = justification.strip();
    }

    /** The school submits it: when made, and again after a return. */
    Step submit(Actor actor, Instant now) {
        return approval.submit(KIND, actor, now);
    }

    /** The school corrects a returned nomination (the version it looked at) and submits it again. */
    Step correct(long expectedVersion, HonourKind kind, int year, String wording, String justification, Actor actor,
            Instant now) {
        Approval.checkVersion(expectedVersion, version);
        approval.requireEditable(KIND);
        set(kind, year, wording, justification);
        return approval.submit(KIND, actor, now);
    }

    Step approve(long expectedVersion, String comment, Actor actor, Instant now, LocalDate today) {
        Approval.checkVersion(expectedVersion, version);
        Step step = approval.approve(KIND, comment, actor, now);
        decidedOn = today;
        return step;
    }

    Step returnForRework(long expectedVersion, String comment, Actor actor, Instant now) {
        Approval.checkVersion(expectedVersion, version);
        return approval.returnForRework(KIND, comment, actor, now);
    }

    Step refuse(long expectedVersion, String comment, Actor actor, Instant now) {
        Approval.checkVersion(expectedVersion, version);
        return approval.refuse(KIND, comment, actor, now);
    }

    /** The document exists only for an approved nomination. */
    boolean issued() {
        return approval.status() == ApprovalStatus.APPROVED;
    }

    void movePerson(long personId) {
        this.personId = personId;
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

    long getPersonId() {
        return personId;
    }

    HonourKind getKind() {
        return kind;
    }

    int getYear() {
        return year;
    }

    String getWording() {
        return wording;
    }

    String getJustification() {
        return justification;
    }

    String getNominatedBy() {
        return nominatedBy;
    }

    ApprovalStatus getStatus() {
        return approval.status();
    }

    Instant getStatusChangedAt() {
        return approval.statusChangedAt();
    }

    LocalDate getDecidedOn() {
        return decidedOn;
    }

    long getVersion() {
        return version;
    }
}
