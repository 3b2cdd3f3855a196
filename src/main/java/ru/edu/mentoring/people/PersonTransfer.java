package ru.edu.mentoring.people;

import jakarta.persistence.Column;
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

/**
 * A move of a person to another school of the municipality, with the date from which the person belongs to the new
 * school (issue 17 point 7). Requested by the receiving curator when the department must decide, scheduled while the
 * date is still to come, done once applied.
 */
@Entity
@Table(name = "person_transfer")
class PersonTransfer {

    enum Status {
        REQUESTED, SCHEDULED, DONE, CANCELLED;

        public String messageKey() {
            return "move.status." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "from_school_id", nullable = false)
    private long fromSchoolId;

    @Column(name = "to_school_id", nullable = false)
    private long toSchoolId;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "requested_by")
    private Long requestedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "applied_on")
    private LocalDate appliedOn;

    @Version
    private long version;

    protected PersonTransfer() {}

    PersonTransfer(long personId, long fromSchoolId, long toSchoolId, LocalDate effectiveOn, Status status,
            Long requestedBy) {
        this.personId = personId;
        this.fromSchoolId = fromSchoolId;
        this.toSchoolId = toSchoolId;
        this.effectiveOn = effectiveOn;
        this.status = status;
        this.requestedBy = requestedBy;
    }

    /** Decided (by the department, or at once by the curator who may): waits for its date. */
    void schedule(LocalDate on) {
        this.effectiveOn = on;
        this.status = Status.SCHEDULED;
    }

    void done(LocalDate on) {
        this.status = Status.DONE;
        this.appliedOn = on;
    }

    void cancel() {
        this.status = Status.CANCELLED;
    }

    boolean open() {
        return status == Status.REQUESTED || status == Status.SCHEDULED;
    }

    /** The audit trail's school: the receiving one. */
    long getSchoolId() {
        return toSchoolId;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getFromSchoolId() {
        return fromSchoolId;
    }

    public long getToSchoolId() {
        return toSchoolId;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
