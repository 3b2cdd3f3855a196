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

    @Column(nullable = false)
    private String purpose;

    @Column(name = "data_categories", nullable = false)
    private String dataCategories;

    /** Null: until the end of participation and the retention period after it. */
    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "revoked_reason")
    private String revokedReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Consent() {}

    Consent(long personId, RecordConsent c) {
        this.personId = personId;
        this.givenOn = c.givenOn();
        this.givenBy = c.givenBy();
        this.representativeName = c.givenBy() == ConsentGiver.REPRESENTATIVE
                ? Person.blankToNull(c.representativeName()) : null;
        this.textVersion = c.textVersion().strip();
        this.purpose = c.purpose().strip();
        this.dataCategories = c.dataCategories().strip();
        this.validUntil = c.validUntil();
    }

    /** The longest withdrawal reason kept. */
    static final int REASON_MAX = 1000;

    /**
     * The rules of a consent beyond its field constraints: a representative's consent names the representative, a
     * minor's consent is given by a parent or legal representative (see {@link Adulthood}), and its term does not end
     * before it was given.
     */
    static java.util.List<Violation> problems(RecordConsent c, boolean minor) {
        java.util.List<Violation> found = new java.util.ArrayList<>();
        if (c.givenBy() == ConsentGiver.REPRESENTATIVE
                && (c.representativeName() == null || c.representativeName().isBlank())) {
            found.add(new Violation("representativeName", "consent.representative.required"));
        }
        if (c.givenBy() == ConsentGiver.SELF && minor) {
            found.add(new Violation("givenBy", "consent.minorNeedsRepresentative"));
        }
        if (c.validUntil() != null && c.givenOn() != null && c.validUntil().isBefore(c.givenOn())) {
            found.add(new Violation("validUntil", "consent.validUntil.beforeGiven"));
        }
        return found;
    }

    /** Whether a consent given on the day and ending on the other (null: no end) is in force today. */
    static boolean inForce(LocalDate givenOn, LocalDate validUntil, LocalDate today) {
        return !givenOn.isAfter(today) && (validUntil == null || !validUntil.isBefore(today));
    }

    /**
     * Whether the person may enter (or stay in) the mentor or mentee base: a minor only with a consent in force, an
     * adult always. One rule for the base forms and the import.
     */
    static boolean mayEnterBase(boolean minor, boolean consentInForce) {
        return !minor || consentInForce;
    }

    void revoke(LocalDate on, String reason) {
        this.revokedOn = on;
        this.revokedReason = Person.blankToNull(reason);
    }

    /** The representative's name goes with the person's other identifying data. */
    static final String ANONYMISED = "Персональные данные обезличены";

    /**
     * Ends the consent and destroys what of it may name the person: the representative's name and the withdrawal
     * reason go (a reason is free text: «…Иванов Лев переезжает…»); the purpose, the data and the text version keep
     * their wording with the person's name replaced by the pseudonym.
     */
    void anonymise(LocalDate on, java.util.List<String> nameForms, String pseudonym) {
        this.representativeName = null;
        if (revokedOn == null) {
            revokedOn = on;
        }
        revokedReason = ANONYMISED;
        purpose = ru.edu.mentoring.shared.NameRedaction.redact(purpose, nameForms, pseudonym);
        dataCategories = ru.edu.mentoring.shared.NameRedaction.redact(dataCategories, nameForms, pseudonym);
        String version = ru.edu.mentoring.shared.NameRedaction.redact(textVersion, nameForms, pseudonym);
        textVersion = version.length() > 50 ? version.substring(0, 50) : version;
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

    public String getPurpose() {
        return purpose;
    }

    public String getDataCategories() {
        return dataCategories;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getRevokedReason() {
        return revokedReason;
    }

    public LocalDate getRevokedOn() {
        return revokedOn;
    }
}
