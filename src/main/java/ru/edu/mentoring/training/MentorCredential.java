package ru.edu.mentoring.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A mentor's credential: the category «педагог-наставник» (expires {@link CredentialKind#CATEGORY_YEARS} years after it
 * was given; valid until the day before its expiry), the badge «Почётный наставник» (no expiry), another (its title).
 */
@Entity
@EntityListeners(TrainingChanges.class)
@Table(name = "mentor_credential")
class MentorCredential {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CredentialKind kind;

    private String title;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "doc_number")
    private String docNumber;

    @Version
    private long version;

    protected MentorCredential() {}

    MentorCredential(long schoolId, long personId, CredentialKind kind, String title, LocalDate issuedOn,
            String docNumber) {
        if (kind == null || issuedOn == null) {
            throw new TrainingRuleException("credential.incomplete");
        }
        if (kind == CredentialKind.OTHER && (title == null || title.isBlank())) {
            throw new TrainingRuleException("credential.title.required");
        }
        this.schoolId = schoolId;
        this.personId = personId;
        this.kind = kind;
        this.title = kind == CredentialKind.OTHER ? title.strip() : null;
        this.issuedOn = issuedOn;
        this.expiresOn = expiryOf(kind, issuedOn);
        this.docNumber = MentorCandidate.blankToNull(docNumber);
    }

    /** The category expires five years after it was given; nothing else expires. */
    static LocalDate expiryOf(CredentialKind kind, LocalDate issuedOn) {
        return kind == CredentialKind.MENTOR_CATEGORY ? issuedOn.plusYears(CredentialKind.CATEGORY_YEARS) : null;
    }

    /** Expired on the day (the category from its expiry day on). */
    boolean expiredOn(LocalDate day) {
        return expiresOn != null && !day.isBefore(expiresOn);
    }

    /** Makes the mentor count as trained on the day: a category given by then and not expired. */
    boolean trainsOn(LocalDate day) {
        return kind == CredentialKind.MENTOR_CATEGORY && !issuedOn.isAfter(day) && !expiredOn(day);
    }

    public Long getId() {
        return id;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public long getPersonId() {
        return personId;
    }

    public CredentialKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public long getVersion() {
        return version;
    }
}
