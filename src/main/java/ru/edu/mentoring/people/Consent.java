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

/** Consent to personal-data processing; the latest one not revoked is in force. */
@Entity
@Table(name = "consent")
class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "given_by", nullable = false)
    private ConsentGiver givenBy;

    @Column(name = "representative_name")
    private String representativeName;

    @Column(name = "text_version", nullable = false)
    private String textVersion;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Consent() {}

    Consent(long personId, LocalDate givenOn, ConsentGiver givenBy, String representativeName, String textVersion) {
        this.personId = personId;
        this.givenOn = givenOn;
        this.givenBy = givenBy;
        this.representativeName = Person.blankToNull(representativeName);
        this.textVersion = textVersion.strip();
    }

    void revoke(LocalDate on) {
        this.revokedOn = on;
    }

    boolean inForce() {
        return revokedOn == null;
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

    public ConsentGiver getGivenBy() {
        return givenBy;
    }

    public String getRepresentativeName() {
        return representativeName;
    }

    public String getTextVersion() {
        return textVersion;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }
}
