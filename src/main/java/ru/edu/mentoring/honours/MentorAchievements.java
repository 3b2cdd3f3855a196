package ru.edu.mentoring.honours;

import java.time.LocalDate;
import java.util.List;

/**
 * The seam through which the mentor's record gathers achievements from the modules that grant them. Every bean
 * implementing it contributes; today {@link HonourAchievements} lists the department's грамоты and благодарности. The
 * contests module (another branch) exposes {@code contests.ContestResults.forMentor(personId)}; the integrator adds an
 * implementation that maps those results to {@link Achievement}s, and the record page shows them with no other change.
 */
public interface MentorAchievements {

    /**
     * One achievement as the record shows it.
     *
     * @param year the year it belongs to (the nomination's or the contest's)
     * @param date the day it was granted, or null
     * @param sourceKey message key of what it is («Грамота управления образования», «Конкурс»)
     * @param title what it was for (the wording of a грамота, a contest's title and nomination)
     * @param resultKey message key of the result (a contest's «Победитель»), or null
     * @param link the page with the details, or null
     */
    record Achievement(int year, LocalDate date, String sourceKey, String title, String resultKey, String link) {}

    /** The person's achievements; the caller has checked that the user reads the person's school. */
    List<Achievement> forMentor(long personId);
}
