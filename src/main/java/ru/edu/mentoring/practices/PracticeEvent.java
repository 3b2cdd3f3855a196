package ru.edu.mentoring.practices;

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
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An event of the municipality's roadmap (a seminar, the August teachers' council, a presentation of results): date,
 * place, the schools that took part and the published practices presented there. Kept by the department.
 */
@Entity
@Table(name = "practice_event")
class PracticeEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private long municipalityId;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventKind kind;

    @Column(name = "event_date", nullable = false)
    private LocalDate eventDate;

    private String place;

    private String description;

    @ElementCollection
    @CollectionTable(name = "practice_event_school", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "school_id", nullable = false)
    private Set<Long> schoolIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "practice_event_practice", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "practice_id", nullable = false)
    private Set<Long> practiceIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected PracticeEvent() {}

    PracticeEvent(long municipalityId) {
        this.municipalityId = municipalityId;
    }

    void update(String title, EventKind kind, LocalDate eventDate, String place, String description,
            Set<Long> schoolIds, Set<Long> practiceIds) {
        this.title = title;
        this.kind = kind;
        this.eventDate = eventDate;
        this.place = place;
        this.description = description;
        this.schoolIds.clear();
        this.schoolIds.addAll(schoolIds);
        this.practiceIds.clear();
        this.practiceIds.addAll(practiceIds);
    }

    Long getId() {
        return id;
    }

    long getMunicipalityId() {
        return municipalityId;
    }

    String getTitle() {
        return title;
    }

    EventKind getKind() {
        return kind;
    }

    LocalDate getEventDate() {
        return eventDate;
    }

    String getPlace() {
        return place;
    }

    String getDescription() {
        return description;
    }

    Set<Long> getSchoolIds() {
        return schoolIds;
    }

    Set<Long> getPracticeIds() {
        return practiceIds;
    }

    long getVersion() {
        return version;
    }
}
