package ru.edu.mentoring.people;

import java.time.LocalDate;
import java.time.Period;
import ru.edu.mentoring.schools.SchoolKind;

/**
 * Who counts as an adult for the consent rules — the one place that says so (pairing rules, base entry, the consent
 * form, the import all ask here). Teachers and external people are adults. A student is an adult only when a recorded
 * birth date makes them eighteen or older <em>and</em> that birth date fits their class: at a school only classes
 * 10–11 (or no class this year), at a college any course. Anything else — no birth date, a birth date in the future,
 * or one that does not fit the class (born 1950 and in class 2) — counts as a minor, so a wrong birth date cannot
 * switch the consent rule off.
 */
public final class Adulthood {

    public static final int AGE = 18;

    /** The lowest school class an eighteen-year-old is plausibly in. */
    static final int FIRST_ADULT_GRADE = 10;

    private Adulthood() {}

    /**
     * @param grade the student's class (course at a college) in the date's academic year, or null
     * @param schoolKind the kind of the person's school, or null when unknown (treated as a general school)
     */
    public static boolean adult(PersonKind kind, LocalDate birthDate, Integer grade, SchoolKind schoolKind,
            LocalDate on) {
        if (kind != PersonKind.STUDENT) {
            return true;
        }
        if (birthDate == null || birthDate.isAfter(on) || Period.between(birthDate, on).getYears() < AGE) {
            return false;
        }
        return grade == null || schoolKind == SchoolKind.VOCATIONAL || grade >= FIRST_ADULT_GRADE;
    }

    public static boolean minor(PersonKind kind, LocalDate birthDate, Integer grade, SchoolKind schoolKind,
            LocalDate on) {
        return !adult(kind, birthDate, grade, schoolKind, on);
    }
}
