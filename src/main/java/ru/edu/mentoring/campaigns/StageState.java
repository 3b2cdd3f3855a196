package ru.edu.mentoring.campaigns;

import java.time.LocalDate;

/** Where a school stands on one stage: done, still due, overdue, or unknown because no module reports it yet. */
public enum StageState {
    DONE,
    DUE,
    OVERDUE,
    NO_DATA;

    public String messageKey() {
        return "stageState." + name();
    }

    public String cssClass() {
        return "stage-" + (this == NO_DATA ? "nodata" : name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Done when done; otherwise overdue once the deadline day has passed, due until then. */
    static StageState of(boolean done, LocalDate deadline, LocalDate today) {
        if (done) {
            return DONE;
        }
        return deadline.isBefore(today) ? OVERDUE : DUE;
    }
}
