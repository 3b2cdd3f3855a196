package ru.edu.mentoring.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A record of destruction: whose data (by pseudonym), which categories, why and when. Never changed or removed. */
@Entity
@Immutable
@Table(name = "data_destruction")
class DataDestruction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String categories;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DestructionReason reason;

    @Column(name = "destroyed_on", nullable = false)
    private LocalDate destroyedOn;

    @Column(name = "destroyed_at", nullable = false)
    private Instant destroyedAt = Instant.now();

    @Column(name = "performed_by", nullable = false)
    private String performedBy;

    protected DataDestruction() {}

    DataDestruction(long personId, long schoolId, String subject, String categories, DestructionReason reason,
            LocalDate destroyedOn, String performedBy) {
        this.personId = personId;
        this.schoolId = schoolId;
        this.subject = subject;
        this.categories = categories;
        this.reason = reason;
        this.destroyedOn = destroyedOn;
        this.performedBy = performedBy;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public String getSubject() {
        return subject;
    }

    public String getCategories() {
        return categories;
    }

    public DestructionReason getReason() {
        return reason;
    }

    public LocalDate getDestroyedOn() {
        return destroyedOn;
    }

    public String getPerformedBy() {
        return performedBy;
    }
}
