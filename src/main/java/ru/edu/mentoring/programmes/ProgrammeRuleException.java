package ru.edu.mentoring.programmes;

/** A change the programme's rules refuse; carries the Russian message's key. */
class ProgrammeRuleException extends RuntimeException {

    private final String messageKey;

    ProgrammeRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
