package ru.edu.mentoring.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A mentor's consent to the publication of their name (фамилия, имя, отчество) on the public pages, one per person:
 * given on a date, optionally ending on a date; withdrawn on a date. Recording it again after a withdrawal or an end
 * starts it anew. Only an adult in the mentor base may have one (see {@link NamePublications}).
 */
@Entity
@Table(name = "name_publication")
class NamePublication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected NamePublication() {}

    NamePublication(long personId, LocalDate givenOn, LocalDate validUntil) {
        this.personId = personId;
        this.givenOn = givenOn;
        this.validUntil = validUntil;
    }

    /** Records the consent anew (a renewed paper): the dates it names, no withdrawal. */
    void renew(LocalDate givenOn, LocalDate validUntil) {
        this.givenOn = givenOn;
        this.validUntil = validUntil;
        this.withdrawnOn = null;
    }

    void withdraw(LocalDate on) {
        if (withdrawnOn == null) {
            withdrawnOn = on;
        }
    }

    /** In force on the day: given by then, not withdrawn, not ended before it. */
    boolean inForce(LocalDate today) {
        return withdrawnOn == null && !givenOn.isAfter(today) && (validUntil == null || !validUntil.isBefore(today));
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public long getVersion() {
        return version;
    }
}
