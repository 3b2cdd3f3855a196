package ru.edu.mentoring.notifications;

import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.SubjectKind;

/** What a notification tells; its text is the message {@code notification.<KIND>} with the school and the actor. */
public enum NotificationKind {
    ROADMAP_SUBMITTED,
    ROADMAP_APPROVED,
    ROADMAP_RETURNED,
    REPORT_SUBMITTED,
    REPORT_APPROVED,
    REPORT_RETURNED,
    PROGRAMME_SUBMITTED,
    PROGRAMME_APPROVED,
    PROGRAMME_RETURNED,
    NOMINATION_SUBMITTED,
    NOMINATION_APPROVED,
    NOMINATION_RETURNED,
    NOMINATION_REFUSED,
    PRACTICE_SUBMITTED,
    PRACTICE_APPROVED,
    PRACTICE_RETURNED,
    /** A campaign stage's deadline is 7 days (or fewer, more than one) ahead and the stage is not done. */
    STAGE_DUE_7,
    /** A campaign stage's deadline is tomorrow or today and the stage is not done. */
    STAGE_DUE_1,
    /** A campaign stage's deadline passed and the stage is not done (to the school). */
    STAGE_OVERDUE,
    /** The day's overdue stages of the municipality's schools (to the department). */
    STAGE_OVERDUE_SUMMARY,
    /** A running pair's planned end passed (to the curator). */
    PAIR_END_PASSED,
    /** The term of a person's consent ends within 30 days (to the curator). */
    CONSENT_ENDING,
    /** You were appointed curator of a school by an order ({@code actorName} holds the order's number). */
    CURATOR_APPOINTED,
    /** You stay at a school as a deputy curator, the curator having changed. */
    DEPUTY_APPOINTED;

    public String messageKey() {
        return "notification." + name();
    }

    /** The kind's name on the «Уведомления» settings page: {@code notification.kind.<KIND>}. */
    public String labelKey() {
        return "notification.kind." + name();
    }

    /** The notification of a subject reaching a status: {@code <SUBJECT>_<STATUS>}. */
    static NotificationKind of(SubjectKind subject, ApprovalStatus status) {
        return valueOf(subject.name() + "_" + status.name());
    }
}
