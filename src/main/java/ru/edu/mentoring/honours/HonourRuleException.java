package ru.edu.mentoring.honours;

/** A nomination the rules refuse; carries the message key shown to the user. */
public class HonourRuleException extends RuntimeException {

    private final String messageKey;

    public HonourRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
