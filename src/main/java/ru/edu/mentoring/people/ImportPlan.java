package ru.edu.mentoring.people;

/**
 * A row that passed the checks: what to write, or nothing when it changes nothing.
 *
 * @param personId the school's person the row updates, or null for a new one
 * @param mentor the mentor base entry the row asks for, or null
 */
record ImportPlan(int row, PersonKind kind, Long personId, SavePerson person, SaveMentorEntry mentor,
        boolean changed, Integer classYear) {

    /** A row whose class (if any) is of the current academic year. */
    ImportPlan(int row, PersonKind kind, Long personId, SavePerson person, SaveMentorEntry mentor, boolean changed) {
        this(row, kind, personId, person, mentor, changed, null);
    }
}
