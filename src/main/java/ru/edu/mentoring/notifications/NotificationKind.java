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
    REPORT_RETURNED;

    public String messageKey() {
        return "notification." + name();
    }

    /** The notification of a subject reaching a status: {@code <SUBJECT>_<STATUS>}. */
    static NotificationKind of(SubjectKind subject, ApprovalStatus status) {
        return valueOf(subject.name() + "_" + status.name());
    }
}
