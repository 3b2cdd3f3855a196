package ru.edu.mentoring.approval;

import java.time.LocalDateTime;

/** One line of a subject's approval history as the page shows it. */
public record TransitionView(SubjectKind kind, ApprovalStatus from, ApprovalStatus to, String actorName,
        LocalDateTime at, String comment) {

    public String fromKey() {
        return kind.statusKey(from);
    }

    public String toKey() {
        return kind.statusKey(to);
    }
}
