package ru.edu.mentoring.questionnaires;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A one-time link for one respondent of a pair and one wave. Only the SHA-256 of its random 256-bit token is kept;
 * the token itself is shown once, on the sheet the curator prints. Used, revoked (a new link for the same respondent
 * and wave) or expired, it opens nothing.
 */
@Entity
@Table(name = "questionnaire_link")
class QuestionnaireLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "pair_id", nullable = false)
    private long pairId;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Respondent respondent;

    @Column(nullable = false)
    private int slot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Wave wave;

    @Column(name = "template_id", nullable = false)
    private long templateId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_by")
    private Long createdBy;

    protected QuestionnaireLink() {}

    QuestionnaireLink(String tokenHash, long pairId, long schoolId, Respondent respondent, int slot, Wave wave,
            long templateId, Instant expiresAt, Long createdBy) {
        this.tokenHash = tokenHash;
        this.pairId = pairId;
        this.schoolId = schoolId;
        this.respondent = respondent;
        this.slot = slot;
        this.wave = wave;
        this.templateId = templateId;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public long getPairId() {
        return pairId;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public Respondent getRespondent() {
        return respondent;
    }

    public int getSlot() {
        return slot;
    }

    public Wave getWave() {
        return wave;
    }

    public long getTemplateId() {
        return templateId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }

    /** «ISSUED», «ANSWERED», «REVOKED» or «EXPIRED» as of the given moment. */
    public String status(Instant now) {
        if (usedAt != null) {
            return "ANSWERED";
        }
        if (revokedAt != null) {
            return "REVOKED";
        }
        return expiresAt.isAfter(now) ? "ISSUED" : "EXPIRED";
    }
}
