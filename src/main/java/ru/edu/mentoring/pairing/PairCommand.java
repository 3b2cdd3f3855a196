package ru.edu.mentoring.pairing;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A pair or group to register, or a draft's new definition: what the pairing services take (the web form
 * {@link PairForm} becomes one with {@link PairForm#toCommand()}). School, status and id never come with it.
 *
 * @param token makes a double-submitted registration register one pair (null: no such guard)
 */
public record PairCommand(Long formId, Long variationId, Long mentorId, Set<Long> menteeIds,
        TeacherFormat teacherFormat, LocalDate startDate, LocalDate plannedEnd, String goal, String orderNumber,
        LocalDate orderDate, UUID token) {

    public PairCommand {
        menteeIds = menteeIds == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(menteeIds));
    }

    /** A pair not yet fixed by an order. */
    public PairCommand(Long formId, Long variationId, Long mentorId, Set<Long> menteeIds, TeacherFormat teacherFormat,
            LocalDate startDate, LocalDate plannedEnd, String goal) {
        this(formId, variationId, mentorId, menteeIds, teacherFormat, startDate, plannedEnd, goal, null, null, null);
    }

    /** The same pair fixed by the order of that number and date. */
    public PairCommand withOrder(String number, LocalDate date) {
        return new PairCommand(formId, variationId, mentorId, menteeIds, teacherFormat, startDate, plannedEnd, goal,
                number, date, token);
    }

    /** A pair as it stands, for checking it again (its activation). */
    static PairCommand of(MentoringPair p) {
        return new PairCommand(p.getFormId(), p.getVariationId(), p.getMentorId(), p.getMenteeIds(),
                p.getTeacherFormat(), p.getStartDate(), p.getPlannedEnd(), p.getGoal(), p.getOrderNumber(),
                p.getOrderDate(), null);
    }
}
