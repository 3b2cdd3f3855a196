package ru.edu.mentoring.reports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a report's approval history: who moved it, when, from where to where, with what comment. */
@Entity
@Table(name = "school_report_transition")
class ReportTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    private ReportStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private ReportStatus to;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(nullable = false)
    private Instant at;

    private String comment;

    protected ReportTransition() {}

    ReportTransition(ReportStatus from, ReportStatus to, long actorId, String actorName, Instant at, String comment) {
        this.from = from;
        this.to = to;
        this.actorId = actorId;
        this.actorName = actorName;
        this.at = at;
        this.comment = comment;
    }

    ReportStatus getFrom() {
        return from;
    }

    ReportStatus getTo() {
        return to;
    }

    long getActorId() {
        return actorId;
    }

    String getActorName() {
        return actorName;
    }

    Instant getAt() {
        return at;
    }

    String getComment() {
        return comment;
    }
}
