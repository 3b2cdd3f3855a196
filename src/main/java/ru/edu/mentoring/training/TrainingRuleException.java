package ru.edu.mentoring.training;

/** A step or a record the training rules refuse (a candidate's transition, a course's hours); carries the key of the Russian message. */
public class TrainingRuleException extends RuntimeException {

    private final String messageKey;

    public TrainingRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
