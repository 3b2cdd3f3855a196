package ru.edu.mentoring.contests;

/**
 * Where a contest stands; the department moves it on by one step: preparation (only the department sees it) →
 * acceptance of applications → jury work → results (published, final).
 */
public enum ContestPhase {
    DRAFT, ACCEPTANCE, JURY, RESULTS;

    public String messageKey() {
        return "contest.phase." + name();
    }
}
