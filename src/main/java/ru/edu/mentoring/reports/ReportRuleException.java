package ru.edu.mentoring.reports;

/** A report action that its current status does not allow; carries the message key shown to the user. */
class ReportRuleException extends RuntimeException {

    private final String messageKey;

    ReportRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
