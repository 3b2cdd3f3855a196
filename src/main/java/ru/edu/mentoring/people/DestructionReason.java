package ru.edu.mentoring.people;

/** Why a person's data were destroyed: the retention period ended, or consent was withdrawn. */
public enum DestructionReason {
    RETENTION,
    WITHDRAWN;

    public String messageKey() {
        return "privacy.reason." + name();
    }
}
