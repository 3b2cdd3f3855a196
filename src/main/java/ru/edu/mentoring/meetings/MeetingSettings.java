package ru.edu.mentoring.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A school's setting of the meeting log: after how many days without a meeting a running pair is flagged. */
@Entity
@Table(name = "meeting_settings")
class MeetingSettings {

    static final int DEFAULT_STALL_DAYS = 30;

    @Id
    @Column(name = "school_id")
    private Long schoolId;

    @Column(name = "stall_days", nullable = false)
    private int stallDays = DEFAULT_STALL_DAYS;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected MeetingSettings() {}

    MeetingSettings(long schoolId) {
        this.schoolId = schoolId;
    }

    void setStallDays(int days) {
        this.stallDays = days;
        this.updatedAt = Instant.now();
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public int getStallDays() {
        return stallDays;
    }

    public long getVersion() {
        return version;
    }
}
