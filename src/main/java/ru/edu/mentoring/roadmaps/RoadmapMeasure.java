package ru.edu.mentoring.roadmaps;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One measure of a school roadmap; changed only through its {@link Roadmap}. */
@Entity
@Table(name = "roadmap_measure")
class RoadmapMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String number;

    @Column(nullable = false)
    private String title;

    @Column(name = "deadline_text")
    private String deadlineText;

    @Column(name = "due_on")
    private LocalDate dueOn;

    private String responsible;

    private String result;

    @Column(name = "done_on")
    private LocalDate doneOn;

    private String evidence;

    protected RoadmapMeasure() {}

    RoadmapMeasure(int position, MeasureData data) {
        this.position = position;
        update(data);
    }

    void update(MeasureData data) {
        this.number = data.number().strip();
        this.title = data.title().strip();
        this.deadlineText = blankToNull(data.deadlineText());
        this.dueOn = data.dueOn();
        this.responsible = blankToNull(data.responsible());
        this.result = blankToNull(data.result());
    }

    void markDone(LocalDate on, String evidence) {
        this.doneOn = on;
        this.evidence = evidence.strip();
    }

    void markUndone() {
        this.doneOn = null;
        this.evidence = null;
    }

    MeasureData data() {
        return new MeasureData(number, title, deadlineText, dueOn, responsible, result);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    Long getId() {
        return id;
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

    LocalDate getDueOn() {
        return dueOn;
    }

    String getResponsible() {
        return responsible;
    }

    String getResult() {
        return result;
    }

    LocalDate getDoneOn() {
        return doneOn;
    }

    String getEvidence() {
        return evidence;
    }
}
