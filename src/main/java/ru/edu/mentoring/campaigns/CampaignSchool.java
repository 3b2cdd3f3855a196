package ru.edu.mentoring.campaigns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A school in a campaign: what its curator marks itself — the stakeholders informed, when and with what evidence. */
@Entity
@Table(name = "campaign_school")
class CampaignSchool {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "school_id", nullable = false, updatable = false)
    private long schoolId;

    @Column(name = "informed_on")
    private LocalDate informedOn;

    private String evidence;

    @Column(name = "marked_by")
    private Long markedBy;

    @Column(name = "marked_at")
    private Instant markedAt;

    @Version
    private long version;

    protected CampaignSchool() {}

    CampaignSchool(long campaignId, long schoolId) {
        this.campaignId = campaignId;
        this.schoolId = schoolId;
    }

    void markInformed(LocalDate on, String evidence, long userId, Instant now) {
        this.informedOn = on;
        this.evidence = evidence.strip();
        this.markedBy = userId;
        this.markedAt = now;
    }

    void clearInformed(long userId, Instant now) {
        this.informedOn = null;
        this.evidence = null;
        this.markedBy = userId;
        this.markedAt = now;
    }

    Long getId() {
        return id;
    }

    long getCampaignId() {
        return campaignId;
    }

    long getSchoolId() {
        return schoolId;
    }

    LocalDate getInformedOn() {
        return informedOn;
    }

    String getEvidence() {
        return evidence;
    }

    long getVersion() {
        return version;
    }
}
