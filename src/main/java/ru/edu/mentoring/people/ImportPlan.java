package ru.edu.mentoring.people;

import java.time.LocalDate;

/**
 * A row that passed the checks: what to write, or nothing when it changes nothing.
 *
 * @param personId the school's person the row updates, or null for a new one
 * @param mentor the mentor base entry the row asks for, or null
 * @param mentorSince the day the mentor entered the programme, when the file says and it differs from the stored one
 * @param mentee the mentee base entry the row asks for, or null
 * @param menteeSince the day the mentee entered the programme, when the file says and it differs from the stored one
 * @param consent the consent the row records (none like it recorded before), or null
 * @param classYear the academic year of the row's class, or null for the current one
 */
record ImportPlan(int row, PersonKind kind, Long personId, SavePerson person, SaveMentorEntry mentor,
        LocalDate mentorSince, SaveMenteeEntry mentee, LocalDate menteeSince, RecordConsent consent,
        boolean changed, Integer classYear) {

    /** A row of people only, whose class (if any) is of the current academic year. */
    ImportPlan(int row, PersonKind kind, Long personId, SavePerson person, SaveMentorEntry mentor, boolean changed) {
        this(row, kind, personId, person, mentor, null, null, null, null, changed, null);
    }

    /** A row whose class (if any) is of the given academic year (null: the current one). */
    ImportPlan(int row, PersonKind kind, Long personId, SavePerson person, SaveMentorEntry mentor, boolean changed,
            Integer classYear) {
        this(row, kind, personId, person, mentor, null, null, null, null, changed, classYear);
    }

    /** A row with bases and consent, whose class (if any) is of the current academic year. */
    ImportPlan(int row, PersonKind kind, Long personId, SavePerson person, SaveMentorEntry mentor,
            LocalDate mentorSince, SaveMenteeEntry mentee, LocalDate menteeSince, RecordConsent consent,
            boolean changed) {
        this(row, kind, personId, person, mentor, mentorSince, mentee, menteeSince, consent, changed, null);
    }
}
