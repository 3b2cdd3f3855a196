package ru.edu.mentoring.contests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A nomination of a contest. */
@Entity
@Table(name = "contest_nomination")
class ContestNomination {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private int position;

    protected ContestNomination() {}

    ContestNomination(long contestId, String title, int position) {
        this.contestId = contestId;
        this.title = title.strip();
        this.position = position;
    }

    Long getId() {
        return id;
    }

    long getContestId() {
        return contestId;
    }

    String getTitle() {
        return title;
    }

    int getPosition() {
        return position;
    }
}
