package ru.edu.mentoring.notifications;

/** What a notification tells; its text is the message {@code notification.<KIND>} with the school and the actor. */
public enum NotificationKind {
    ROADMAP_SUBMITTED,
    ROADMAP_APPROVED,
    ROADMAP_RETURNED;

    public String messageKey() {
        return "notification." + name();
    }
}
