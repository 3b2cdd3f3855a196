package ru.edu.mentoring.approval;

/**
 * What goes through the approval workflow. Each kind has its own words: the message keys of its module start with
 * {@link #prefix()} (e.g. {@code roadmap.submit.notAllowed}, {@code report.submit.notAllowed}).
 */
public enum SubjectKind {
    ROADMAP("roadmap", "/roadmaps/"),
    REPORT("report", "/reports/"),
    /** A school's practice for the bank, moderated by the municipality's methodologist or department. */
    PRACTICE("practice", "/practice-bank/");

    private final String prefix;
    private final String path;

    SubjectKind(String prefix, String path) {
        this.prefix = prefix;
        this.path = path;
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

    /** The page of one subject. */
    public String path(long id) {
        return path + id;
    }
}
