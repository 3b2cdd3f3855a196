package ru.edu.mentoring.roadmaps;

/** A roadmap action that its current status does not allow; carries the message key shown to the user. */
class RoadmapRuleException extends RuntimeException {

    private final String messageKey;

    RoadmapRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
