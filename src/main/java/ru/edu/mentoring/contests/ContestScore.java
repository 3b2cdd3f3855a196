package ru.edu.mentoring.contests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One juror's points for one criterion of one application, with the evidence seen and a comment. */
@Entity
@Table(name = "contest_score")
class ContestScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "juror_id", nullable = false)
    private long jurorId;

    @Column(name = "criterion_id", nullable = false)
    private long criterionId;

    @Column(nullable = false)
    private int points;

    private String evidence;

    private String comment;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected ContestScore() {}

    ContestScore(long applicationId, long jurorId, long criterionId) {
        this.applicationId = applicationId;
        this.jurorId = jurorId;
        this.criterionId = criterionId;
    }

    void set(int points, String evidence, String comment, Instant at) {
        this.points = points;
        this.evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.scoredAt = at;
    }

    Long getId() {
        return id;
    }

    long getApplicationId() {
        return applicationId;
    }

    long getJurorId() {
        return jurorId;
    }

    long getCriterionId() {
        return criterionId;
    }

    int getPoints() {
        return points;
    }

    String getEvidence() {
        return evidence;
    }

    String getComment() {
        return comment;
    }
}
