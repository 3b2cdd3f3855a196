package ru.edu.mentoring.documents;

/** An upload refused before anything is stored; carries the key of the Russian message shown to the curator. */
public class UploadRejected extends RuntimeException {

    private final String messageKey;

    UploadRejected(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
