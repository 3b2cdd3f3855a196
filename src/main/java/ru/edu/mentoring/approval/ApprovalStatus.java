package ru.edu.mentoring.approval;

/** Where a subject (a school roadmap, a school report) stands on its way to the department's approval. */
public enum ApprovalStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED,
    /** Refused by the department for good (kinds that allow it, e.g. a nomination); final, nothing follows. */
    REFUSED;

    /** The label of this status for a subject kind, whose words differ (a roadmap «Согласована», a report «Принят»). */
    public String messageKey(String subject) {
        return subject + ".status." + name();
    }

    /** The school may change the subject: a draft or a returned one. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
