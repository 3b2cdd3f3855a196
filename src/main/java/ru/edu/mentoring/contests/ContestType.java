package ru.edu.mentoring.contests;

/** A contest of mentors («Лучший педагог-наставник») or of practices («Лучшие практики наставничества»). */
public enum ContestType {
    MENTOR, PRACTICE;

    public String messageKey() {
        return "contest.type." + name();
    }
}
