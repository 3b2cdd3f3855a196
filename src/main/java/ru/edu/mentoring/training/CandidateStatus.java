package ru.edu.mentoring.training;

/** Where a candidate mentor stands: заявка → собеседование → обучение → в базе | отказ. */
public enum CandidateStatus {
    APPLIED,
    INTERVIEW,
    TRAINING,
    IN_BASE,
    REFUSED;

    /** Still moving: neither in the base nor refused. */
    public boolean open() {
        return this == APPLIED || this == INTERVIEW || this == TRAINING;
    }
}
