package ru.edu.mentoring.pairing;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A pair or group of a past academic year, recorded as it ended (issue 17 point 7): the form and its people, the real
 * start and end dates within that year and the end state, COMPLETED with its result or TERMINATED with its reason.
 *
 * @param academicYear the year it ran in, by its first calendar year (2022 for 2022/23)
 * @param outcome {@link PairStatus#COMPLETED} or {@link PairStatus#TERMINATED}
 * @param outcomeText the result (completed; «—» when none is given) or the reason (terminated, required)
 * @param token makes a second submission, or a second load of the same import row, record nothing new (null: none)
 */
public record PastPairCommand(Integer academicYear, Long formId, Long variationId, Long mentorId, Set<Long> menteeIds,
        TeacherFormat teacherFormat, LocalDate startDate, LocalDate endDate, PairStatus outcome, String outcomeText,
        String goal, UUID token) {

    /** The pair as the rules of any pair see it: planned to end on the day it ended. */
    PairCommand pair() {
        return new PairCommand(formId, variationId, mentorId, menteeIds, teacherFormat, startDate, endDate,
                goal == null || goal.isBlank() ? MentoringPair.CLEARED : goal, null, null, token);
    }

    /** The result or reason as stored: a completion without a written result keeps «—». */
    String storedText() {
        return outcomeText == null || outcomeText.isBlank() ? MentoringPair.CLEARED : outcomeText.strip();
    }
}
