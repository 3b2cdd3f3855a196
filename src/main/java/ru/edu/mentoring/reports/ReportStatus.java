package ru.edu.mentoring.reports;

/** Where a school report stands on its way to the department's approval. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED;

    public String messageKey() {
        return "report.status." + name();
    }

    /** The curator may change the texts; the figures are live. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** The figures are the snapshot taken at submission. */
    public boolean frozen() {
        return !editable();
    }
}
