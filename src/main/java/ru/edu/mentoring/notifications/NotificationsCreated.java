package ru.edu.mentoring.notifications;

import java.util.List;

/**
 * Notifications were written (ids of the new rows, one per recipient, all of one kind), published inside the writing
 * transaction: the mail module puts their letters in its outbox in that same transaction.
 */
public record NotificationsCreated(NotificationKind kind, List<Long> notificationIds) {}
