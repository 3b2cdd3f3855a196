package ru.edu.mentoring.approval;

/** An action that the subject's current status does not allow; carries the message key shown to the user. */
public class ApprovalRuleException extends RuntimeException {

    private final String messageKey;

    public ApprovalRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
