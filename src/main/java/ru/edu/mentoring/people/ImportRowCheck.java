package ru.edu.mentoring.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.SmartValidator;

/**
 * The check of the rows of one file, row by row: who the row is (the school's person with the same identifier, else
 * with the same name), whether an earlier row of the file named them already, and the card and mentor entry the row
 * gives, under the field constraints of {@link SavePerson} and {@link SaveMentorEntry} and the rules the forms apply
 * ({@link PersonRules}, {@link MentorProfile#capacityProblem}, {@link Consent#mayEnterBase}).
 */
final class ImportRowCheck {

    private final ImportSchool school;
    private final SmartValidator validator;
    private final Map<String, Integer> keysSeen = new HashMap<>();
    private final Map<String, Integer> identitiesSeen = new HashMap<>();

    ImportRowCheck(ImportSchool school, SmartValidator validator) {
        this.school = school;
        this.validator = validator;
    }

    /** The plan of the row, or null when it has errors (in the row's cells). */
    ImportPlan check(ImportCells row) {
        LocalDate today = school.today();
        PersonKind kind = row.category();
        if (kind == null) {
            return null;
        }
        String key = Person.blankToNull(row.value(ImportColumn.KEY));
        ImportCells.FullName name = row.wholeName() ? row.fullName()
                : new ImportCells.FullName(row.value(ImportColumn.LAST_NAME), row.value(ImportColumn.FIRST_NAME),
                        row.has(ImportColumn.MIDDLE_NAME) ? row.value(ImportColumn.MIDDLE_NAME) : "");
        String lastName = name.lastName();
        String firstName = name.firstName();
        String middleName = name.middleName();
        LocalDate birthDate = row.date(ImportColumn.BIRTH_DATE);
        String fullName = middleName.isEmpty() ? lastName + " " + firstName
                : lastName + " " + firstName + " " + middleName;
        String searchName = Person.searchKey(fullName);

        // Who this row is: the school's person with the same identifier, else with the same name
        ImportSchool.Existing match = key == null ? null : school.byKey(kind, key);
        if (match == null && !lastName.isEmpty() && !firstName.isEmpty()) {
            List<ImportSchool.Existing> candidates = school.byName(kind, searchName).stream()
                    .filter(e -> key == null || e.person().getExternalKey() == null)
                    .filter(e -> kind != PersonKind.STUDENT || birthDate == null
                            || e.person().getBirthDate() == null || birthDate.equals(e.person().getBirthDate()))
                    .toList();
            if (candidates.size() == 1) {
                match = candidates.get(0);
            } else if (candidates.size() > 1) {
                row.error(key == null ? row.column(ImportColumn.LAST_NAME) : ImportColumn.KEY, "import.ambiguous",
                        String.valueOf(candidates.size()));
            }
        }
        // issue 17 point 6: not in this school, but in another school of the municipality (name and birth date)
        if (match == null && !lastName.isEmpty() && !firstName.isEmpty()) {
            ImportSchool.Elsewhere found = school.elsewhere(kind, searchName, birthDate);
            if (found != null && !found.movable()) {
                row.error(ImportColumn.LAST_NAME, "import.elsewhere.department", found.schoolName());
                return null;
            }
            match = found == null ? null : found.existing();
        }
        boolean keyRepeated = false;
        if (key != null) {
            Integer first = keysSeen.putIfAbsent(kind + "\u0000" + key, row.rowNumber());
            if (first != null) {
                row.error(ImportColumn.KEY, "import.duplicateKey", String.valueOf(first));
                keyRepeated = true;
            }
        }
        String identity = match != null ? "id:" + match.person().getId()
                : key != null ? "key:" + kind + "\u0000" + key
                : "name:" + kind + "\u0000" + searchName + "\u0000"
                        + (kind == PersonKind.STUDENT && birthDate != null ? birthDate : "");
        Integer firstRow = identitiesSeen.putIfAbsent(identity, row.rowNumber());
        if (firstRow != null && !keyRepeated) {
            row.error(key != null ? ImportColumn.KEY : row.column(ImportColumn.LAST_NAME), "import.duplicate",
                    String.valueOf(firstRow));
        }

        // A person whose processing stopped (consent withdrawn or expired) is read-only: the file may not change them
        if (match != null && match.person().processingStopped()) {
            row.error(key != null ? ImportColumn.KEY : row.column(ImportColumn.LAST_NAME), "import.processingStopped");
            return null;
        }

        // The card as the curator would have filled it: the stored data, overwritten by the file's columns
        Integer classYear = classYear(row, kind);
        SavePerson before = match == null ? null : SavePerson.of(match.person(), classOf(match, classYear));
        SavePerson card = card(row, kind, before, lastName, firstName, middleName, key, birthDate);
        DirectFieldBindingResult personErrors = new DirectFieldBindingResult(card, "personForm");
        validator.validate(card, personErrors);
        row.report(personErrors);
        List<Violation> rules = PersonRules.problems(kind, card, personErrors::hasFieldErrors);
        row.report(rules);
        Set<String> refused = new HashSet<>();
        rules.forEach(v -> refused.add(v.field()));
        // A birth date that does not fit the class is refused: a file cannot say «the date is right», so the row
        // names the fix (correct the cell, or confirm the date in the person's form). A date the register already
        // holds for this person (entered, and confirmed, in the form) is not asked about again.
        boolean knownDate = match != null && card.birthDate() != null
                && card.birthDate().equals(match.person().getBirthDate());
        if (!knownDate && PersonRules.implausibleBirthDate(kind, card, school.kind(), classDay(classYear, today),
                f -> personErrors.hasFieldErrors(f) || refused.contains(f))) {
            row.report(List.of(new Violation("birthDate", "import.birthDate.implausible",
                    PersonRules.plausibleAges(card))));
        }

        // The mentor base entry when «Наставник» says yes
        SaveMentorEntry mentor = null;
        boolean mentorChanged = false;
        if (Boolean.TRUE.equals(row.yesNo(ImportColumn.MENTOR))) {
            MentorProfile stored = match == null ? null : match.mentor();
            mentor = mentorEntry(row, stored);
            DirectFieldBindingResult mentorErrors = new DirectFieldBindingResult(mentor, "mentorForm");
            validator.validate(mentor, mentorErrors);
            row.report(mentorErrors);
            boolean minor = Adulthood.minor(kind, card.birthDate(), card.grade(), school.kind(), today);
            row.report(MentorProfile.capacityProblem(kind, () -> minor, mentor.capacity()).map(List::of)
                    .orElse(List.of()));
            if (!Consent.mayEnterBase(minor, match != null && school.consented(match.person().getId()))) {
                // as in the mentor form: a minor enters the base only with a consent in force
                row.error(ImportColumn.MENTOR, "import.consentRequired");
            }
            mentorChanged = mentor.changes(stored);
        }
        if (row.failed()) {
            return null;
        }
        boolean changed = match == null || !same(kind, before, card) || mentorChanged
                || school.fromElsewhere(match.person().getId());
        return new ImportPlan(row.rowNumber(), kind, match == null ? null : match.person().getId(), card, mentor,
                changed, classYear);
    }

    /** The card the row gives: what the register holds (nothing for a new person), overwritten by the file's columns. */
    private static SavePerson card(ImportCells row, PersonKind kind, SavePerson stored, String lastName,
            String firstName, String middleName, String key, LocalDate birthDate) {
        SavePerson base = stored == null ? SavePerson.named(null, null, null) : stored;
        Integer grade = base.grade();
        String letter = base.letter();
        if (kind == PersonKind.STUDENT && row.has(ImportColumn.CLASS)) {
            ImportCells.SchoolClass read = row.schoolClass();
            if (read != null) {
                grade = read.grade();
                letter = read.letter();
            }
        }
        String position = base.position();
        String subjects = base.subjects();
        LocalDate teachingSince = base.teachingSince();
        boolean newStaff = base.newStaff();
        if (kind == PersonKind.TEACHER) {
            if (row.has(ImportColumn.POSITION)) {
                position = row.value(ImportColumn.POSITION);
            }
            if (row.has(ImportColumn.SUBJECTS)) {
                subjects = row.value(ImportColumn.SUBJECTS);
            }
            if (row.has(ImportColumn.TEACHING_SINCE)) {
                teachingSince = row.date(ImportColumn.TEACHING_SINCE);
            }
            if (row.has(ImportColumn.NEW_STAFF)) {
                newStaff = Boolean.TRUE.equals(row.yesNo(ImportColumn.NEW_STAFF));
            }
        }
        ExternalKind externalKind = base.externalKind();
        String organisation = base.organisation();
        if (kind == PersonKind.EXTERNAL) {
            if (row.has(ImportColumn.EXTERNAL_KIND)) {
                externalKind = row.externalKind();
            }
            if (row.has(ImportColumn.ORGANISATION)) {
                organisation = row.value(ImportColumn.ORGANISATION);
            }
        }
        return new SavePerson(lastName, firstName,
                row.has(ImportColumn.MIDDLE_NAME) || row.wholeName() ? middleName : base.middleName(),
                row.has(ImportColumn.BIRTH_DATE) ? birthDate : base.birthDate(),
                key != null ? key : base.externalKey(), grade, letter, position, subjects, teachingSince, newStaff,
                externalKind, organisation, false, base.version(), null);
    }

    /** The mentor entry the row gives, in the base: the stored one (or a new one), overwritten by the file's columns. */
    private static SaveMentorEntry mentorEntry(ImportCells row, MentorProfile stored) {
        SaveMentorEntry base = stored == null ? new SaveMentorEntry(null, 3, null, null) : SaveMentorEntry.of(stored);
        Integer capacity = row.number(ImportColumn.CAPACITY);
        return new SaveMentorEntry(
                row.has(ImportColumn.COMPETENCES) ? row.value(ImportColumn.COMPETENCES) : base.competences(),
                capacity != null ? capacity : base.capacity(),
                row.has(ImportColumn.TRAINING_DATE) ? row.date(ImportColumn.TRAINING_DATE) : base.trainingDate(),
                row.has(ImportColumn.TRAINING_PROGRAMME) ? row.value(ImportColumn.TRAINING_PROGRAMME)
                        : base.trainingProgramme(),
                true, base.version());
    }

    /** Whether the card changes nothing the person has for their kind. */
    static boolean same(PersonKind kind, SavePerson a, SavePerson b) {
        boolean same = eq(a.lastName(), b.lastName()) && eq(a.firstName(), b.firstName())
                && eq(a.middleName(), b.middleName()) && Objects.equals(a.birthDate(), b.birthDate())
                && eq(a.externalKey(), b.externalKey());
        return same && switch (kind) {
            case STUDENT -> Objects.equals(a.grade(), b.grade()) && eq(upper(a.letter()), upper(b.letter()));
            case TEACHER -> eq(a.position(), b.position()) && eq(a.subjects(), b.subjects())
                    && Objects.equals(a.teachingSince(), b.teachingSince()) && a.newStaff() == b.newStaff();
            case EXTERNAL -> a.externalKind() == b.externalKind() && eq(a.organisation(), b.organisation());
        };
    }

    private static boolean eq(String a, String b) {
        return Objects.equals(Person.blankToNull(a), Person.blankToNull(b));
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    // --- pairs-history (issue 17 point 7): the class of another academic year

    /**
     * The academic year of a student's class from «Учебный год» (the current one when the column is absent or blank,
     * returned as null); a year that cannot be read or lies outside 2018/19 … next year is the row's error.
     */
    private Integer classYear(ImportCells row, PersonKind kind) {
        String text = row.value(ImportColumn.ACADEMIC_YEAR);
        if (kind != PersonKind.STUDENT || text == null || text.isEmpty()) {
            return null;
        }
        int current = ru.edu.mentoring.shared.AcademicYear.of(school.today());
        Integer year = AcademicYearCell.parse(text).orElse(null);
        if (year == null || year < PeopleRegistry.FIRST_CLASS_YEAR || year > current + 1) {
            row.error(ImportColumn.ACADEMIC_YEAR, "import.academicYear.invalid", text,
                    ru.edu.mentoring.shared.AcademicYear.label(PeopleRegistry.FIRST_CLASS_YEAR),
                    ru.edu.mentoring.shared.AcademicYear.label(current + 1));
            return null;
        }
        return year == current ? null : year;
    }

    /** The stored class the row's class is compared with: this year's, or that of the row's year. */
    private StudentClass classOf(ImportSchool.Existing match, Integer classYear) {
        return classYear == null ? match.currentClass() : school.classOf(match.person().getId(), classYear);
    }

    /** A day of the class's academic year, for the birth-date plausibility of that year's grade. */
    private static LocalDate classDay(Integer classYear, LocalDate today) {
        return classYear == null ? today : LocalDate.of(classYear, 9, 1);
    }
}
