package ru.edu.mentoring.pairing;

/** DRAFT → ACTIVE → COMPLETED or TERMINATED. A draft never counts; a closed pair counts for the days it ran. */
public enum PairStatus {
    DRAFT,
    ACTIVE,
    COMPLETED,
    TERMINATED;

    public String messageKey() {
        return "pair.status." + name();
    }
}
