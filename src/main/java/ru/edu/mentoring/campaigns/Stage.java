package ru.edu.mentoring.campaigns;

import java.time.LocalDate;
import java.time.MonthDay;

/** The seven milestones of the campaign (Первоуральск letter of 23.09.2020 № 2899), in order, with default dates. */
public enum Stage {
    CURATORS(MonthDay.of(9, 28)),
    ROADMAP(MonthDay.of(10, 5)),
    INFORMED(MonthDay.of(10, 15)),
    BASES(MonthDay.of(10, 30)),
    TRAINED(MonthDay.of(11, 15)),
    PAIRS(MonthDay.of(11, 25)),
    STARTED(MonthDay.of(12, 1));

    private final MonthDay defaultDeadline;

    Stage(MonthDay defaultDeadline) {
        this.defaultDeadline = defaultDeadline;
    }

    /** The default deadline in a campaign whose academic year starts in {@code academicYear} (all fall in autumn). */
    public LocalDate defaultDeadline(int academicYear) {
        return defaultDeadline.atYear(academicYear);
    }

    public String messageKey() {
        return "stage." + name();
    }

    /** Whether the stage is known only from the pairing module's facts. */
    public boolean fromActivity() {
        return this == BASES || this == TRAINED || this == PAIRS || this == STARTED;
    }
}
