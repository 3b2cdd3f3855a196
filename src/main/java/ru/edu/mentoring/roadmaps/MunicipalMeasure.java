package ru.edu.mentoring.roadmaps;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A measure of the municipal roadmap: its deadline as written in the order («Май-октябрь 2020 г.», «Ежегодно») with an
 * optional machine-readable range, and who answers for it in the department and in the school.
 */
@Entity
@Table(name = "municipal_measure")
class MunicipalMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "section_id", nullable = false)
    private long sectionId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String number;

    @Column(nullable = false)
    private String title;

    @Column(name = "deadline_text")
    private String deadlineText;

    @Column(name = "due_from")
    private LocalDate dueFrom;

    @Column(name = "due_to")
    private LocalDate dueTo;

    @Column(name = "responsible_municipal")
    private String responsibleMunicipal;

    @Column(name = "responsible_school")
    private String responsibleSchool;

    @Version
    private long version;

    protected MunicipalMeasure() {}

    MunicipalMeasure(long sectionId, int position, MunicipalRoadmaps.Row row) {
        this.position = position;
        update(sectionId, row);
    }

    void update(long sectionId, MunicipalRoadmaps.Row row) {
        this.sectionId = sectionId;
        this.number = row.number().strip();
        this.title = row.title().strip();
        this.deadlineText = RoadmapMeasure.blankToNull(row.deadlineText());
        this.dueFrom = row.dueFrom();
        this.dueTo = row.dueTo();
        this.responsibleMunicipal = RoadmapMeasure.blankToNull(row.responsibleMunicipal());
        this.responsibleSchool = RoadmapMeasure.blankToNull(row.responsibleSchool());
    }

    Long getId() {
        return id;
    }

    long getSectionId() {
        return sectionId;
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

    LocalDate getDueFrom() {
        return dueFrom;
    }

    LocalDate getDueTo() {
        return dueTo;
    }

    String getResponsibleMunicipal() {
        return responsibleMunicipal;
    }

    String getResponsibleSchool() {
        return responsibleSchool;
    }

    long getVersion() {
        return version;
    }
}
