package ru.edu.mentoring.snapshots;

import java.time.LocalDate;

/** A reporting period of a year: the first half (as of 30 June) or the whole year (as of 31 December). */
public enum SnapshotPeriod {
    HALF_YEAR(6, 30),
    YEAR(12, 31);

    private final int month;
    private final int day;

    SnapshotPeriod(int month, int day) {
        this.month = month;
        this.day = day;
    }

    /** The last day of the period in the year. */
    public LocalDate end(int year) {
        return LocalDate.of(year, month, day);
    }

    public String messageKey() {
        return "snapshot.period." + name();
    }
}
