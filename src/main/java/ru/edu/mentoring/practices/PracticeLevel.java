package ru.edu.mentoring.practices;

/** The level a practice is known at: the school's own, the municipality's, the region's (a contest winner, say). */
public enum PracticeLevel {
    SCHOOL,
    MUNICIPAL,
    REGIONAL;

    public String messageKey() {
        return "practice.level." + name();
    }
}
