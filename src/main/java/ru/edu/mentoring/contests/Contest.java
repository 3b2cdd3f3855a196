package ru.edu.mentoring.contests;

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

/** A contest of the department: title, level, year, type, stage dates and the phase it is in. */
@Entity
@Table(name = "contest")
class Contest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "municipality_id", nullable = false)
    private long municipalityId;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContestLevel level;

    @Column(nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContestType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContestPhase phase = ContestPhase.DRAFT;

    @Column(name = "accept_from")
    private LocalDate acceptFrom;

    @Column(name = "accept_to")
    private LocalDate acceptTo;

    @Column(name = "jury_from")
    private LocalDate juryFrom;

    @Column(name = "jury_to")
    private LocalDate juryTo;

    @Column(name = "results_on")
    private LocalDate resultsOn;

    @Column(name = "results_published_at")
    private Instant resultsPublishedAt;

    @Version
    private long version;

    protected Contest() {}

    Contest(long municipalityId, ContestType type) {
        this.municipalityId = municipalityId;
        this.type = type;
    }

    void define(ContestCommand c) {
        this.title = c.title().strip();
        this.level = c.level();
        this.year = c.year();
        this.acceptFrom = c.acceptFrom();
        this.acceptTo = c.acceptTo();
        this.juryFrom = c.juryFrom();
        this.juryTo = c.juryTo();
        this.resultsOn = c.resultsOn();
    }

    void moveTo(ContestPhase next, Instant now) {
        this.phase = next;
        if (next == ContestPhase.RESULTS) {
            this.resultsPublishedAt = now;
        }
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

    ContestLevel getLevel() {
        return level;
    }

    int getYear() {
        return year;
    }

    ContestType getType() {
        return type;
    }

    ContestPhase getPhase() {
        return phase;
    }

    LocalDate getAcceptFrom() {
        return acceptFrom;
    }

    LocalDate getAcceptTo() {
        return acceptTo;
    }

    LocalDate getJuryFrom() {
        return juryFrom;
    }

    LocalDate getJuryTo() {
        return juryTo;
    }

    LocalDate getResultsOn() {
        return resultsOn;
    }

    Instant getResultsPublishedAt() {
        return resultsPublishedAt;
    }

    long getVersion() {
        return version;
    }
}
