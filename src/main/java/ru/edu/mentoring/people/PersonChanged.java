package ru.edu.mentoring.people;

/**
 * A person's record or what belongs to it was written: the card (name, kind, school, processing stop, anonymisation),
 * a class of a year, a mentor or mentee profile, or the record was deleted. Published inside the writing transaction
 * by the JPA listener of those entities, and by the people module's own SQL (a merge) for every person it touched.
 *
 * @param schoolId the person's school, null when the publisher does not know it (a class row); then listeners look
 *     the person up
 * @param formerSchoolId the school the person left in this change (a transfer), else null
 */
public record PersonChanged(Long schoolId, long personId, Long formerSchoolId) {

    public static PersonChanged of(Long schoolId, long personId) {
        return new PersonChanged(schoolId, personId, null);
    }
}
