package ru.edu.mentoring.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.shared.AcademicYear;

/**
 * The rules of a person's card that depend on the kind of person and the class, beyond the field constraints of
 * {@link SavePerson}: one implementation for the person form and the import. Each takes the fields already refused
 * (by a field constraint or a value that could not be read), about which it says nothing more.
 */
final class PersonRules {

    private PersonRules() {}

    /** The rules that depend on the kind of person. */
    static List<Violation> problems(PersonKind kind, SavePerson p, Predicate<String> refused) {
        List<Violation> found = new ArrayList<>();
        if (kind == PersonKind.STUDENT && p.grade() == null && !refused.test("grade")) {
            found.add(new Violation("grade", "person.grade.required"));
        }
        if (kind == PersonKind.TEACHER && p.teachingSince() == null && !p.newStaff()) {
            found.add(new Violation("teachingSince", "person.teachingSince.required"));
        }
        if (kind == PersonKind.EXTERNAL && p.externalKind() == null) {
            found.add(new Violation("externalKind", "person.externalKind.required"));
        }
        if (kind == PersonKind.EXTERNAL && p.externalKind() == ExternalKind.EMPLOYER
                && (p.organisation() == null || p.organisation().isBlank())) {
            found.add(new Violation("organisation", "person.organisation.required"));
        }
        if (p.birthDate() != null && p.birthDate().isBefore(LocalDate.of(1900, 1, 1))) {
            found.add(new Violation("birthDate", "person.birthDate.invalid"));
        }
        if (p.teachingSince() != null && p.teachingSince().isBefore(LocalDate.of(1940, 1, 1))) {
            found.add(new Violation("teachingSince", "person.teachingSince.invalid"));
        }
        return found;
    }

    /**
     * Whether a student's birth date does not fit their class (see {@link StudentClass#plausibleAge}) in today's
     * academic year. Only at a general school: a college course says nothing about the age. Nothing to say when the
     * class or the birth date is missing or already refused.
     */
    static boolean implausibleBirthDate(PersonKind kind, SavePerson p, SchoolKind schoolKind, LocalDate today,
            Predicate<String> refused) {
        return kind == PersonKind.STUDENT && schoolKind != SchoolKind.VOCATIONAL && p.grade() != null
                && p.birthDate() != null && !refused.test("grade") && !refused.test("birthDate")
                && !StudentClass.plausibleAge(p.grade(), p.birthDate(), AcademicYear.of(today));
    }

    /** The arguments of the implausible-birth-date messages: the class and the plausible ages. */
    static Object[] plausibleAges(SavePerson p) {
        return new Object[] {p.grade(), p.grade() + StudentClass.YOUNGEST_OFFSET,
                p.grade() + StudentClass.OLDEST_OFFSET};
    }

    /** What {@link #check} found: the violations, and whether the birth date does not fit the class (confirmed or not). */
    record Check(List<Violation> violations, boolean implausibleBirthDate) {}

    /**
     * The card's rules for the person form: the kind's rules, then a birth date that does not fit the class, refused
     * unless the curator ticked «Дата рождения верна» (then the save is audited as confirmed).
     */
    static Check check(PersonKind kind, SavePerson p, SchoolKind schoolKind, LocalDate today,
            Predicate<String> refused) {
        List<Violation> found = new ArrayList<>(problems(kind, p, refused));
        java.util.Set<String> now = new java.util.HashSet<>();
        found.forEach(v -> now.add(v.field()));
        boolean implausible = implausibleBirthDate(kind, p, schoolKind, today, f -> refused.test(f) || now.contains(f));
        if (implausible && !p.birthDateConfirmed()) {
            found.add(new Violation("birthDate", "person.birthDate.implausible", plausibleAges(p)));
        }
        return new Check(found, implausible);
    }
}
