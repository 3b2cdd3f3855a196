/**
 * Mail: every notification (and every password link) as a letter through an outbox written in the causing
 * transaction, sent by a scheduled job with retries; each user's choice per kind; the administrator's outbox page.
 * Its queries read app_user and notification read-only; it writes only its own tables.
 */
package ru.edu.mentoring.mail;
