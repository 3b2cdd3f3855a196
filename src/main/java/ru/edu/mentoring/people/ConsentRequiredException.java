package ru.edu.mentoring.people;

/** A person would enter a base without the consent {@link Participant#missingConsent()} names. */
public class ConsentRequiredException extends RuntimeException {

    private final String messageKey;
    private final String shortName;

    ConsentRequiredException(String messageKey, String shortName) {
        super(messageKey);
        this.messageKey = messageKey;
        this.shortName = shortName;
    }

    /** The message key; its one argument is {@link #shortName()}. */
    public String messageKey() {
        return messageKey;
    }

    public String shortName() {
        return shortName;
    }
}
