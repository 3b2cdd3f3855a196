package ru.edu.mentoring.people;

/**
 * A person as pairing and lists see them on a given date: category, class, teacher status, consent and bases.
 *
 * @param grade the class number in the date's academic year, or null
 * @param classLabel «7Б», or null
 * @param capacity the mentor's capacity, or null when not in the mentor base
 */
public record Participant(
        long id,
        long schoolId,
        PersonKind kind,
        ExternalKind externalKind,
        String fullName,
        Integer grade,
        String classLabel,
        boolean youngSpecialist,
        boolean newStaff,
        boolean minor,
        boolean consentInForce,
        boolean inMentorBase,
        Integer capacity,
        boolean trained,
        boolean inMenteeBase,
        String request) {

    public Category category() {
        return Category.of(kind, externalKind);
    }

    /** «Иванова А. П.» */
    public String shortName() {
        return ru.edu.mentoring.accounts.PersonNames.shortForm(fullName);
    }
}
