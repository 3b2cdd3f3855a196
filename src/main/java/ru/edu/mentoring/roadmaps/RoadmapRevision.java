package ru.edu.mentoring.roadmaps;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An approved roadmap as it was approved: an immutable copy of its measures, readable after later edits. */
@Entity
@Table(name = "roadmap_revision")
class RoadmapRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private String title;

    @Column(name = "approved_at", nullable = false)
    private Instant approvedAt;

    @Column(name = "approved_by", nullable = false)
    private String approvedBy;

    private String comment;

    @ElementCollection
    @CollectionTable(name = "roadmap_revision_measure", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    private List<Line> measures = new ArrayList<>();

    protected RoadmapRevision() {}

    RoadmapRevision(int number, String title, Instant approvedAt, String approvedBy, String comment,
            List<MeasureData> measures) {
        this.number = number;
        this.title = title;
        this.approvedAt = approvedAt;
        this.approvedBy = approvedBy;
        this.comment = comment;
        measures.forEach(m -> this.measures.add(new Line(m)));
    }

    @Embeddable
    static class Line {
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

        protected Line() {}

        Line(MeasureData m) {
            this.number = m.number();
            this.title = m.title();
            this.deadlineText = m.deadlineText();
            this.dueOn = m.dueOn();
            this.responsible = m.responsible();
            this.result = m.result();
        }

        MeasureData data() {
            return new MeasureData(number, title, deadlineText, dueOn, responsible, result);
        }
    }

    Long getId() {
        return id;
    }

    int getNumber() {
        return number;
    }

    String getTitle() {
        return title;
    }

    Instant getApprovedAt() {
        return approvedAt;
    }

    String getApprovedBy() {
        return approvedBy;
    }

    String getComment() {
        return comment;
    }

    List<MeasureData> measures() {
        return measures.stream().map(Line::data).toList();
    }
}
