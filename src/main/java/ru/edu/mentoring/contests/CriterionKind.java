package ru.edu.mentoring.contests;

/** How a criterion is scored: a range (1–10), named bands with their points, or yes/no with evidence. */
public enum CriterionKind {
    RANGE, BANDS, YES_NO;

    public String messageKey() {
        return "contest.criterion.kind." + name();
    }
}
