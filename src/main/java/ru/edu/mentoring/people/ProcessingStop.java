package ru.edu.mentoring.people;

/** Why processing of a person's data stopped: the consent was withdrawn, or the term of the last one ended. */
public enum ProcessingStop {
    WITHDRAWN,
    CONSENT_EXPIRED;

    public String messageKey() {
        return "person.processingStopped.reason." + name();
    }
}
