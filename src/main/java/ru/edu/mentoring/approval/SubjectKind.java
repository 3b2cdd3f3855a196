package ru.edu.mentoring.approval;

/**
 * What goes through the approval workflow. Each kind has its own words: the message keys of its module start with
 * {@link #prefix()} (e.g. {@code roadmap.submit.notAllowed}, {@code report.submit.notAllowed}).
 */
public enum SubjectKind {
    ROADMAP("roadmap", "/roadmaps/", true),
    REPORT("report", "/reports/", true),
    /** A school's programme of mentoring: decided by the head of the school, not by the department. */
    PROGRAMME("programme", "/programmes/", true),
    /** A school's nomination of a mentor for a грамота or благодарность of the department (module honours). */
    NOMINATION("nomination", "/nominations/", true),
    /** A municipality's figures sent to the region (module snapshots): no school, the region decides. */
    SNAPSHOT("snapshot", "/snapshots/", false),
    /** A school's practice for the bank, moderated by the municipality's methodologist or department. */
    PRACTICE("practice", "/practice-bank/", true);

    private final String prefix;
    private final String path;
    private final boolean schoolSubject;

    SubjectKind(String prefix, String path, boolean schoolSubject) {
        this.prefix = prefix;
        this.path = path;
        this.schoolSubject = schoolSubject;
    }

    /**
     * A school's subject, submitted by its curator to the department: its steps are told as {@link ApprovalSubmitted}
     * and {@link ApprovalDecided} (notifications to the department and the school); a municipality's subject has no
     * school and its module tells whom it concerns itself.
     */
    public boolean schoolSubject() {
        return schoolSubject;
    }

    public String prefix() {
        return prefix;
    }

    /** The message key {@code <prefix>.<suffix>}. */
    public String key(String suffix) {
        return prefix + "." + suffix;
    }

    public String statusKey(ApprovalStatus status) {
        return status.messageKey(prefix);
    }

    /** Who decides on a subject of this kind: the head of its school (programmes) or the department. */
    public boolean decidedBySchoolHead() {
        return this == PROGRAMME;
    }

    /** The page of one subject. */
    public String path(long id) {
        return path + id;
    }
}
