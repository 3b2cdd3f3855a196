package ru.edu.mentoring.regions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A reporting period of the region: what the municipalities report on, from when to when, and by when. */
@Entity
@Table(name = "reporting_period")
class ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_id", nullable = false)
    private long regionId;

    @Column(nullable = false)
    private String title;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Version
    private long version;

    protected ReportingPeriod() {}

    ReportingPeriod(long regionId, String title, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn) {
        this.regionId = regionId;
        this.title = title;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.dueOn = dueOn;
    }

    Long getId() {
        return id;
    }

    long getRegionId() {
        return regionId;
    }

    String getTitle() {
        return title;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    long getVersion() {
        return version;
    }
}
