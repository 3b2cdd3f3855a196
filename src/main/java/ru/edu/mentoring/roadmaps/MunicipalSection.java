package ru.edu.mentoring.roadmaps;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A section of the municipal roadmap («1. Подготовка нормативной базы…»), with its own deadline as written. */
@Entity
@Table(name = "municipal_section")
class MunicipalSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private long municipalityId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String number;

    @Column(nullable = false)
    private String title;

    @Column(name = "deadline_text")
    private String deadlineText;

    @Version
    private long version;

    protected MunicipalSection() {}

    MunicipalSection(long municipalityId, int position, String number, String title, String deadlineText) {
        this.municipalityId = municipalityId;
        this.position = position;
        update(number, title, deadlineText);
    }

    void update(String number, String title, String deadlineText) {
        this.number = number.strip();
        this.title = title.strip();
        this.deadlineText = RoadmapMeasure.blankToNull(deadlineText);
    }

    Long getId() {
        return id;
    }

    long getMunicipalityId() {
        return municipalityId;
    }

    int getPosition() {
        return position;
    }

    String getNumber() {
        return number;
    }

    String getTitle() {
        return title;
    }

    String getDeadlineText() {
        return deadlineText;
    }

    long getVersion() {
        return version;
    }
}
