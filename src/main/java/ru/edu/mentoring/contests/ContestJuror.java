package ru.edu.mentoring.contests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user named to the jury of ONE contest: the jury role is this assignment, not a role of the account. */
@Entity
@Table(name = "contest_juror")
class ContestJuror {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    protected ContestJuror() {}

    ContestJuror(long contestId, long userId) {
        this.contestId = contestId;
        this.userId = userId;
    }

    Long getId() {
        return id;
    }

    long getContestId() {
        return contestId;
    }

    long getUserId() {
        return userId;
    }
}
