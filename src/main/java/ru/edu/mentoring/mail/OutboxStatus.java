package ru.edu.mentoring.mail;

/** Where a letter of the outbox stands. */
public enum OutboxStatus {
    /** Waits for the user's daily digest. */
    HELD,
    /** Waits to be sent (again, after a failure, at its next attempt). */
    PENDING,
    SENT,
    /** Given up after the last attempt; the error is kept. */
    FAILED,
    /** No SMTP server is configured (the demo mode): composed and kept for the outbox page, not sent. */
    DEMO,
    /** Went out inside a daily digest. */
    DIGESTED;

    public String messageKey() {
        return "mail.status." + name();
    }
}
