package ru.edu.mentoring.people;

/** Why a person's data were destroyed: the retention period ended, or consent was withdrawn. */
public enum DestructionReason {
    RETENTION,
    WITHDRAWN,
    /** The term of the last consent ended (processing stopped then, see {@link ConsentExpiry}). */
    CONSENT_EXPIRED;

    public String messageKey() {
        return "privacy.reason." + name();
    }
}
