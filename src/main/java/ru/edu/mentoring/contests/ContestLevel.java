package ru.edu.mentoring.contests;

/** The contest's level. */
public enum ContestLevel {
    SCHOOL, MUNICIPAL, REGIONAL;

    public String messageKey() {
        return "contest.level." + name();
    }
}
