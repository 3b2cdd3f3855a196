package ru.edu.mentoring.meetings;

/** The recommended sequence of R-145 stage 6, in its order. */
public enum MeetingType {
    ACQUAINTANCE,
    TRIAL,
    PLANNING,
    WORKING,
    FINAL;

    public String messageKey() {
        return "meeting.type." + name();
    }
}
