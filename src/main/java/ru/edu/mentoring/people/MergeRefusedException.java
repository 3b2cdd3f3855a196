package ru.edu.mentoring.people;

/** A merge of two records that would break a rule: the message key says which, in Russian. */
class MergeRefusedException extends RuntimeException {

    private final String messageKey;

    MergeRefusedException(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
