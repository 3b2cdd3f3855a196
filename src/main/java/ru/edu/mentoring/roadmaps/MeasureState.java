package ru.edu.mentoring.roadmaps;

import java.time.LocalDate;

/** The progress of a school roadmap's measure; OVERDUE is derived from the due date and today. */
public enum MeasureState {
    PLANNED,
    DONE,
    OVERDUE;

    public String messageKey() {
        return "measure.state." + name();
    }

    static MeasureState of(LocalDate doneOn, LocalDate dueOn, LocalDate today) {
        if (doneOn != null) {
            return DONE;
        }
        return dueOn != null && dueOn.isBefore(today) ? OVERDUE : PLANNED;
    }
}
