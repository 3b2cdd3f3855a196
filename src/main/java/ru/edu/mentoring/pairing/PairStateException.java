package ru.edu.mentoring.pairing;

/** A transition the pair's status does not allow; carries the Russian message key. */
class PairStateException extends RuntimeException {

    private final String messageKey;

    PairStateException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
