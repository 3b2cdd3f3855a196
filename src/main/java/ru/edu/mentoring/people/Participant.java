package ru.edu.mentoring.people;

/**
 * A person as pairing and lists see them on a given date: category, class, teacher status, consent and bases.
 *
 * @param grade the class number in the date's academic year, or null
 * @param classLabel «7Б», or null
 * @param capacity the mentor's capacity, or null when not in the mentor base
 * @param minor a minor by {@link Adulthood} on the date
 * @param consentInForce a consent given by the date, neither withdrawn nor expired (on the date or today)
 * @param ownConsentInForce such a consent given by the person themself (not a representative)
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
        boolean ownConsentInForce,
        boolean inMentorBase,
        Integer capacity,
        boolean trained,
        boolean inMenteeBase,
        String request,
        java.time.LocalDate birthDate) {

    /** Without the birth date (the pairing rules' tests). */
    public Participant(long id, long schoolId, PersonKind kind, ExternalKind externalKind, String fullName,
            Integer grade, String classLabel, boolean youngSpecialist, boolean newStaff, boolean minor,
            boolean consentInForce, boolean ownConsentInForce, boolean inMentorBase, Integer capacity, boolean trained,
            boolean inMenteeBase, String request) {
        this(id, schoolId, kind, externalKind, fullName, grade, classLabel, youngSpecialist, newStaff, minor,
                consentInForce, ownConsentInForce, inMentorBase, capacity, trained, inMenteeBase, request, null);
    }

    /**
     * The consent the person lacks to take part (enter a base, a pair), as a message key taking the short name, or
     * null: a minor needs a consent in force (a parent's or legal representative's), an adult their own.
     */
    public String missingConsent() {
        if (minor) {
            return consentInForce ? null : "consent.required.minor";
        }
        return ownConsentInForce ? null : "consent.required.adult";
    }

    public Category category() {
        return Category.of(kind, externalKind);
    }

    /** «Иванова А. П.» */
    public String shortName() {
        return ru.edu.mentoring.accounts.PersonNames.shortForm(fullName);
    }
}
