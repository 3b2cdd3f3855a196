package ru.edu.mentoring.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a subject's approval history: who moved it, when, from where to where, with what comment. */
@Entity
@Table(name = "approval_transition")
class ApprovalTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, updatable = false)
    private SubjectKind kind;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    /** The school of a school's subject; null for a municipality's (a snapshot). */
    @Column(name = "school_id", updatable = false)
    private Long schoolId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    private ApprovalStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private ApprovalStatus to;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(nullable = false)
    private Instant at;

    private String comment;

    protected ApprovalTransition() {}

    ApprovalTransition(SubjectKind kind, long subjectId, Long schoolId, Step step) {
        this.kind = kind;
        this.subjectId = subjectId;
        this.schoolId = schoolId;
        this.from = step.from();
        this.to = step.to();
        this.actorId = step.actor().userId();
        this.actorName = step.actor().name();
        this.at = step.at();
        this.comment = step.comment();
    }

    SubjectKind getKind() {
        return kind;
    }

    ApprovalStatus getFrom() {
        return from;
    }

    ApprovalStatus getTo() {
        return to;
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
