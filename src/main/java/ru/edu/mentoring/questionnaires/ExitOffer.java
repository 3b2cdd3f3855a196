package ru.edu.mentoring.questionnaires;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The exit wave offered for a pair that ended with its final meeting ({@code meetings.PairFinished}). */
@Entity
@Table(name = "questionnaire_exit_offer")
class ExitOffer {

    @Id
    @Column(name = "pair_id")
    private Long pairId;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "offered_on", nullable = false)
    private LocalDate offeredOn;

    protected ExitOffer() {}

    ExitOffer(long pairId, long schoolId, LocalDate offeredOn) {
        this.pairId = pairId;
        this.schoolId = schoolId;
        this.offeredOn = offeredOn;
    }

    public Long getPairId() {
        return pairId;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public LocalDate getOfferedOn() {
        return offeredOn;
    }
}
