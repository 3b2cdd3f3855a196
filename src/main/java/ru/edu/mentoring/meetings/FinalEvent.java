package ru.edu.mentoring.meetings;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** The school's final event of an academic year («Итоговое мероприятие», R-145 stage 7): one per school and year. */
@Entity
@Table(name = "final_event")
class FinalEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    @Column(name = "event_date", nullable = false)
    private LocalDate eventDate;

    @Column(nullable = false)
    private String format;

    @Column(name = "participants_count", nullable = false)
    private int participantsCount;

    private String cases;

    @Column(name = "publication_url")
    private String publicationUrl;

    @ElementCollection
    @CollectionTable(name = "final_event_mentor", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> mentorIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected FinalEvent() {}

    FinalEvent(long schoolId, int academicYear) {
        this.schoolId = schoolId;
        this.academicYear = academicYear;
    }

    void define(LocalDate eventDate, String format, int participantsCount, String cases, String publicationUrl,
            Set<Long> mentorIds) {
        this.eventDate = eventDate;
        this.format = format.strip();
        this.participantsCount = participantsCount;
        this.cases = cases == null || cases.isBlank() ? null : cases.strip();
        this.publicationUrl = publicationUrl == null || publicationUrl.isBlank() ? null : publicationUrl.strip();
        this.mentorIds.clear();
        this.mentorIds.addAll(mentorIds);
    }

    public Long getId() {
        return id;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public int getAcademicYear() {
        return academicYear;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public String getFormat() {
        return format;
    }

    public int getParticipantsCount() {
        return participantsCount;
    }

    public String getCases() {
        return cases;
    }

    public String getPublicationUrl() {
        return publicationUrl;
    }

    public Set<Long> getMentorIds() {
        return mentorIds;
    }

    public long getVersion() {
        return version;
    }
}
