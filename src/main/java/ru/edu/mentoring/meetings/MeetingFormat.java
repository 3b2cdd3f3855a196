package ru.edu.mentoring.meetings;

/** Очно / дистанционно. */
public enum MeetingFormat {
    IN_PERSON,
    REMOTE;

    public String messageKey() {
        return "meeting.format." + name();
    }
}
