package ru.edu.mentoring.contests;

/** A step the contest rules refuse; carries the key of the Russian message. */
public class ContestRuleException extends RuntimeException {

    private final String messageKey;

    public ContestRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
