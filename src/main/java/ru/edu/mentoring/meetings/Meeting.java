package ru.edu.mentoring.meetings;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

/** One meeting of a pair or group, entered by the curator. */
@Entity
@Table(name = "meeting")
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pair_id", nullable = false)
    private long pairId;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingType type;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "duration_min", nullable = false)
    private int durationMin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingFormat format;

    private String topic;
    private String content;
    private String outcome;
    private String homework;

    @Column(name = "curator_present", nullable = false)
    private boolean curatorPresent;

    @Column(name = "mentor_rating")
    private Integer mentorRating;

    @Column(name = "mentee_rating")
    private Integer menteeRating;

    @ElementCollection
    @CollectionTable(name = "meeting_participant", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> participantIds = new LinkedHashSet<>();

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Meeting() {}

    Meeting(long pairId, long schoolId, Long createdBy) {
        this.pairId = pairId;
        this.schoolId = schoolId;
        this.createdBy = createdBy;
    }

    void define(MeetingCommand c) {
        this.type = c.type();
        this.startsAt = c.startsAt();
        this.durationMin = c.durationMin();
        this.format = c.format();
        this.topic = blankToNull(c.topic());
        this.content = blankToNull(c.content());
        this.outcome = blankToNull(c.outcome());
        this.homework = blankToNull(c.homework());
        this.curatorPresent = c.curatorPresent();
        this.mentorRating = c.mentorRating();
        this.menteeRating = c.menteeRating();
        this.participantIds.clear();
        this.participantIds.addAll(c.participantIds());
    }

    /** Removes a person from the participants (a merged record moves to the kept one). */
    void replaceParticipant(long removed, long kept) {
        if (participantIds.remove(removed)) {
            participantIds.add(kept);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
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

    public MeetingType getType() {
        return type;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public int getDurationMin() {
        return durationMin;
    }

    public MeetingFormat getFormat() {
        return format;
    }

    public String getTopic() {
        return topic;
    }

    public String getContent() {
        return content;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getHomework() {
        return homework;
    }

    public boolean isCuratorPresent() {
        return curatorPresent;
    }

    public Integer getMentorRating() {
        return mentorRating;
    }

    public Integer getMenteeRating() {
        return menteeRating;
    }

    public Set<Long> getParticipantIds() {
        return participantIds;
    }

    public long getVersion() {
        return version;
    }
}
