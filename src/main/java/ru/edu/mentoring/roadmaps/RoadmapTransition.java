package ru.edu.mentoring.roadmaps;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a roadmap's approval history: who moved it, when, from where to where, with what comment. */
@Entity
@Table(name = "roadmap_transition")
class RoadmapTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    private RoadmapStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private RoadmapStatus to;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(nullable = false)
    private Instant at;

    private String comment;

    protected RoadmapTransition() {}

    RoadmapTransition(RoadmapStatus from, RoadmapStatus to, Actor actor, Instant at, String comment) {
        this.from = from;
        this.to = to;
        this.actorId = actor.userId();
        this.actorName = actor.name();
        this.at = at;
        this.comment = comment;
    }

    RoadmapStatus getFrom() {
        return from;
    }

    RoadmapStatus getTo() {
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
