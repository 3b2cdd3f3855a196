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
    private final ImportBases bases;
    private final Map<String, Integer> keysSeen = new HashMap<>();
    private final Map<String, Integer> identitiesSeen = new HashMap<>();
    /** Notes on the whole file, found while its rows were checked. */
    private final java.util.LinkedHashSet<ImportProblem> notes = new java.util.LinkedHashSet<>();
    private boolean columnsNoted;
    private int teachersWithoutExperience;

    ImportRowCheck(ImportSchool school, SmartValidator validator) {
        this(school, validator, ImportBases.NONE);
    }

    ImportRowCheck(ImportSchool school, SmartValidator validator, ImportBases bases) {
        this.school = school;
        this.validator = validator;
        this.bases = bases;
    }

    /** The plan of the row, or null when it has errors (in the row's cells). */
    ImportPlan check(ImportCells row) {
        LocalDate today = school.today();
        noteColumns(row);
        boolean mentorRow = mentorRow(row);
        boolean menteeRow = row.filled(ImportColumn.REQUEST) || !mentorRow && row.filled(ImportColumn.FORM);
        Long formId = row.has(ImportColumn.FORM) ? row.form(bases.formsByKey()) : null;
        PersonKind kind = kind(row, mentorRow, formId);
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
        // «Год рождения» (МР-42/02): a whole date is the birth date; a year alone is no birth date, only a check
        ImportCells.BirthYear birthYear = row.has(ImportColumn.BIRTH_YEAR) && !row.has(ImportColumn.BIRTH_DATE)
                ? row.birthYear(today) : null;
        LocalDate birthDate = birthYear != null && birthYear.date() != null ? birthYear.date()
                : row.date(ImportColumn.BIRTH_DATE);
        boolean birthDateGiven = row.has(ImportColumn.BIRTH_DATE) || birthYear != null && birthYear.date() != null;
        Integer yearOnly = birthYear != null && birthYear.date() == null ? birthYear.year() : null;
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
                    .filter(e -> kind != PersonKind.STUDENT || yearOnly == null
                            || e.person().getBirthDate() == null || e.person().getBirthDate().getYear() == yearOnly)
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
                        + (kind == PersonKind.STUDENT && birthDate != null ? birthDate
                                : kind == PersonKind.STUDENT && yearOnly != null ? "y" + yearOnly : "");
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
        if (yearOnly != null && match != null && match.person().getBirthDate() != null
                && match.person().getBirthDate().getYear() != yearOnly) {
            row.error(ImportColumn.BIRTH_YEAR, "import.birthYear.mismatch", String.valueOf(yearOnly));
        }
        SavePerson card = card(row, kind, before, lastName, firstName, middleName, key, birthDate, birthDateGiven,
                mentorRow, formId);
        DirectFieldBindingResult personErrors = new DirectFieldBindingResult(card, "personForm");
        validator.validate(card, personErrors);
        row.report(personErrors);
        List<Violation> rules = PersonRules.problems(kind, card, personErrors::hasFieldErrors);
        if (kind == PersonKind.TEACHER && !row.has(ImportColumn.TEACHING_SINCE) && !row.has(ImportColumn.NEW_STAFF)
                && rules.removeIf(v -> "person.teachingSince.required".equals(v.key()))) {
            // the МР-42/02 tables give no experience: the teacher is loaded without it (not a young specialist until
            // the card says so), and a note on the file says how many
            teachersWithoutExperience++;
        }
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

        boolean minor = Adulthood.minor(kind, card.birthDate(), card.grade(), school.kind(), today);
        // The consent the row records (issue 17 point 4), under the rules of the consent form
        Long personId = match == null ? null : match.person().getId();
        RecordConsent consent = consent(row, kind, minor, today);
        boolean consentInForce = personId != null && school.consented(personId)
                || consent != null && Consent.inForce(consent.givenOn(), consent.validUntil(), today);
        if (consent != null && bases.recorded(personId, consent)) {
            consent = null; // recorded already: a file loaded twice records nothing twice
        }

        // The mentor base entry when «Наставник» says yes, or the row carries a mentor's data (see mentorRow)
        SaveMentorEntry mentor = null;
        boolean mentorChanged = false;
        LocalDate mentorSince = null;
        if (mentorRow) {
            MentorProfile stored = match == null ? null : match.mentor();
            mentor = mentorEntry(row, stored, formId);
            LocalDate entry = entryDate(row, today);
            if (entry != null && (stored == null || !entry.equals(stored.getIncludedOn()))) {
                mentorSince = entry;
            }
            DirectFieldBindingResult mentorErrors = new DirectFieldBindingResult(mentor, "mentorForm");
            validator.validate(mentor, mentorErrors);
            row.report(mentorErrors);
            row.report(MentorProfile.capacityProblem(kind, () -> minor, mentor.capacity()).map(List::of)
                    .orElse(List.of()));
            if (!Consent.mayEnterBase(minor, consentInForce)) {
                // as in the mentor form: a minor enters the base only with a consent in force
                row.error(row.has(ImportColumn.MENTOR) ? ImportColumn.MENTOR : row.column(ImportColumn.LAST_NAME),
                        "import.consentRequired");
            }
            mentorChanged = mentor.changes(stored) || mentorSince != null;
        }

        // The mentee base entry when the row has a request (or a wanted form and is no mentor's)
        SaveMenteeEntry mentee = null;
        boolean menteeChanged = false;
        LocalDate menteeSince = null;
        if (menteeRow) {
            ImportBases.Mentee stored = bases.mentee(personId);
            mentee = new SaveMenteeEntry(
                    row.has(ImportColumn.REQUEST) ? row.value(ImportColumn.REQUEST)
                            : stored == null ? "" : stored.request(),
                    row.has(ImportColumn.FORM) ? formId : stored == null ? null : stored.wantedFormId(), true,
                    0);
            DirectFieldBindingResult menteeErrors = new DirectFieldBindingResult(mentee, "menteeForm");
            validator.validate(mentee, menteeErrors);
            row.report(menteeErrors);
            if (kind == PersonKind.EXTERNAL) {
                row.error(ImportColumn.REQUEST, "mentee.external");
            }
            if (!Consent.mayEnterBase(minor, consentInForce)) {
                row.error(ImportColumn.REQUEST, "import.consentRequired.mentee");
            }
            LocalDate entry = entryDate(row, today);
            if (entry != null && (stored == null || !entry.equals(stored.includedOn()))) {
                menteeSince = entry;
            }
            menteeChanged = stored == null || !stored.inBase() || menteeSince != null
                    || !Objects.equals(stored.request(), mentee.request().strip())
                    || !Objects.equals(stored.wantedFormId(), mentee.wantedFormId());
        }
        if (row.failed()) {
            return null;
        }
        boolean changed = match == null || !same(kind, before, card) || mentorChanged || menteeChanged
                || consent != null || school.fromElsewhere(match.person().getId());
        return new ImportPlan(row.rowNumber(), kind, personId, card, mentor, mentorSince,
                menteeChanged ? mentee : null, menteeSince, consent, changed, classYear);
    }

    // --- МР-42/02 bases and consents (issue 17 points 3–4)

    /** Columns whose presence makes every row of the file a mentor's (the МР-42/02 «База наставников»). */
    private static final List<ImportColumn> MENTOR_TABLE = List.of(ImportColumn.ACHIEVEMENTS, ImportColumn.INTERESTS,
            ImportColumn.WANTED_AGE, ImportColumn.CONTACT_TIME, ImportColumn.MENTEE_NAMES);

    /** Cells whose value makes the row a mentor's in any file. */
    private static final List<ImportColumn> MENTOR_CELLS = List.of(ImportColumn.COMPETENCES, ImportColumn.CAPACITY,
            ImportColumn.ACHIEVEMENTS, ImportColumn.INTERESTS, ImportColumn.WANTED_AGE, ImportColumn.CONTACT_TIME,
            ImportColumn.MENTEE_NAMES);

    /**
     * Whether the row enters (or updates) the mentor base: «Наставник» says yes; or it says nothing (no column, blank
     * cell) and the file is a «База наставников» (it has a column only that table has) or the row fills a mentor's
     * cell (competences, capacity, …). «Наставник: нет» always keeps the row out.
     */
    private static boolean mentorRow(ImportCells row) {
        Boolean mark = row.has(ImportColumn.MENTOR) ? row.yesNo(ImportColumn.MENTOR) : null;
        if (mark != null) {
            return mark;
        }
        return MENTOR_TABLE.stream().anyMatch(row::has) || MENTOR_CELLS.stream().anyMatch(row::filled);
    }

    /**
     * The row's category. «Категория» when the cell says it; else the rule for files without one (the МР-42/02
     * tables): «Класс» filled, or «Должность/класс» that reads as a class («7Б», «10 класс») → обучающийся; a mentor
     * whose «Место работы/учёбы» is another organisation than the school → внешний; a position → педагог; else the
     * form of mentoring tells (its mentor's category for a mentor, its mentee's for a mentee: «учитель – учитель» →
     * педагог); else the row's error. (The upload form's «все — обучающиеся» reaches here as a «Категория» cell:
     * {@code ImportMapping.prepare} fills that column for every row of a file without one.)
     */
    PersonKind kind(ImportCells row, boolean mentorRow, Long formId) {
        if (row.filled(ImportColumn.CATEGORY)) {
            return row.category();
        }
        if (row.filled(ImportColumn.CLASS) || row.filled(ImportColumn.POSITION_OR_CLASS) && row.classInPosition() != null) {
            return PersonKind.STUDENT;
        }
        if (mentorRow && row.filled(ImportColumn.PLACE) && !bases.isThisSchool(row.value(ImportColumn.PLACE))) {
            return PersonKind.EXTERNAL;
        }
        if (row.filled(ImportColumn.POSITION_OR_CLASS) || row.filled(ImportColumn.POSITION)) {
            return PersonKind.TEACHER;
        }
        PersonKind byForm = mentorRow ? bases.mentorKind(formId) : bases.menteeKind(formId);
        if (byForm != null) {
            return byForm;
        }
        row.error(ImportColumn.CATEGORY, "import.category.undetermined");
        return null;
    }

    /** Notes on the whole file (columns the portal does not keep, teachers without experience). */
    List<ImportProblem> notes() {
        List<ImportProblem> all = new java.util.ArrayList<>(notes);
        if (teachersWithoutExperience > 0) {
            all.add(new ImportProblem("import.note.noExperience", teachersWithoutExperience));
        }
        return all;
    }

    private void noteColumns(ImportCells row) {
        if (columnsNoted) {
            return;
        }
        columnsNoted = true;
        for (ImportColumn c : ImportColumn.NOT_KEPT) {
            if (row.has(c)) {
                notes.add(new ImportProblem("import.note.notKept." + c.name(), c.header));
            }
        }
    }

    /** «Дата вхождения в программу»: a date not after today, or null (blank, or the row's error). */
    private static LocalDate entryDate(ImportCells row, LocalDate today) {
        if (!row.filled(ImportColumn.ENTRY_DATE)) {
            return null;
        }
        LocalDate d = row.date(ImportColumn.ENTRY_DATE);
        if (d != null && d.isAfter(today)) {
            row.error(ImportColumn.ENTRY_DATE, "import.entryDate.future");
            return null;
        }
        return d;
    }

    /**
     * The consent the row records: when any consent cell is filled, the consent of the form (the standard purpose and
     * data) with the file's date, giver, representative, term and text version, checked by the form's constraints and
     * {@link Consent#problems} (a minor's consent is a parent's or legal representative's, with a name). Null when the
     * row gives none or it is refused (the row's errors).
     */
    private RecordConsent consent(ImportCells row, PersonKind kind, boolean minor, LocalDate today) {
        List<ImportColumn> cells = List.of(ImportColumn.CONSENT_DATE, ImportColumn.CONSENT_GIVER,
                ImportColumn.CONSENT_REPRESENTATIVE, ImportColumn.CONSENT_TERM, ImportColumn.CONSENT_VERSION);
        if (cells.stream().noneMatch(row::filled)) {
            return null;
        }
        LocalDate givenOn = row.date(ImportColumn.CONSENT_DATE);
        ConsentGiver givenBy = row.consentGiver();
        String representative = row.has(ImportColumn.CONSENT_REPRESENTATIVE)
                ? Person.blankToNull(row.value(ImportColumn.CONSENT_REPRESENTATIVE)) : null;
        LocalDate validUntil = row.consentTerm(givenOn);
        String version = row.has(ImportColumn.CONSENT_VERSION) ? row.value(ImportColumn.CONSENT_VERSION) : "";
        RecordConsent c = new RecordConsent(givenOn, givenBy, representative, version,
                RecordConsent.DEFAULT_PURPOSE, RecordConsent.DEFAULT_DATA, validUntil);
        DirectFieldBindingResult errors = new DirectFieldBindingResult(c, "consentForm");
        validator.validate(c, errors);
        row.report(errors);
        row.report(Consent.problems(c, givenBy == ConsentGiver.SELF && minor));
        return row.failed() ? null : c;
    }

    /** The card the row gives: what the register holds (nothing for a new person), overwritten by the file's columns. */
    private SavePerson card(ImportCells row, PersonKind kind, SavePerson stored, String lastName,
            String firstName, String middleName, String key, LocalDate birthDate, boolean birthDateGiven,
            boolean mentorRow, Long formId) {
        SavePerson base = stored == null ? SavePerson.named(null, null, null) : stored;
        Integer grade = base.grade();
        String letter = base.letter();
        if (kind == PersonKind.STUDENT && row.has(ImportColumn.CLASS)) {
            ImportCells.SchoolClass read = row.schoolClass();
            if (read != null) {
                grade = read.grade();
                letter = read.letter();
            }
        } else if (kind == PersonKind.STUDENT && row.filled(ImportColumn.POSITION_OR_CLASS)) {
            ImportCells.SchoolClass read = row.classInPosition();
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
            if (!row.has(ImportColumn.POSITION) && row.filled(ImportColumn.POSITION_OR_CLASS)
                    && row.classInPosition() == null) {
                position = row.value(ImportColumn.POSITION_OR_CLASS);
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
            } else if (row.filled(ImportColumn.PLACE)) {
                organisation = row.value(ImportColumn.PLACE);
            }
            if (!row.has(ImportColumn.EXTERNAL_KIND) && externalKind == null) {
                externalKind = externalKind(row, formId);
            }
        }
        return new SavePerson(lastName, firstName,
                row.has(ImportColumn.MIDDLE_NAME) || row.wholeName() ? middleName : base.middleName(),
                birthDateGiven ? birthDate : base.birthDate(),
                key != null ? key : base.externalKey(), grade, letter, position, subjects, teachingSince, newStaff,
                externalKind, organisation, false, base.version(), null);
    }

    /**
     * Who an external person of a file without «Кто» is: from «Должность/класс» (студент…, выпускник…, родитель…),
     * else from the form («студент – ученик»: a student), else an employer's person.
     */
    private ExternalKind externalKind(ImportCells row, Long formId) {
        String position = row.filled(ImportColumn.POSITION_OR_CLASS)
                ? row.value(ImportColumn.POSITION_OR_CLASS).toLowerCase(java.util.Locale.ROOT).replace('ё', 'е') : "";
        if (position.startsWith("студент") || position.startsWith("магистрант") || position.startsWith("курсант")) {
            return ExternalKind.UNIVERSITY_STUDENT;
        }
        if (position.startsWith("выпускни")) {
            return ExternalKind.GRADUATE;
        }
        if (position.startsWith("родител")) {
            return ExternalKind.PARENT;
        }
        ExternalKind byForm = bases.externalKind(formId);
        return byForm != null ? byForm : ExternalKind.EMPLOYER;
    }

    /** The mentor entry the row gives, in the base: the stored one (or a new one), overwritten by the file's columns. */
    private static SaveMentorEntry mentorEntry(ImportCells row, MentorProfile stored, Long formId) {
        SaveMentorEntry base = stored == null ? new SaveMentorEntry(null, 3, null, null) : SaveMentorEntry.of(stored);
        Integer capacity = row.number(ImportColumn.CAPACITY);
        return new SaveMentorEntry(
                row.has(ImportColumn.COMPETENCES) ? row.value(ImportColumn.COMPETENCES) : base.competences(),
                capacity != null ? capacity : base.capacity(),
                row.has(ImportColumn.TRAINING_DATE) ? row.date(ImportColumn.TRAINING_DATE) : base.trainingDate(),
                row.has(ImportColumn.TRAINING_PROGRAMME) ? row.value(ImportColumn.TRAINING_PROGRAMME)
                        : base.trainingProgramme(),
                row.has(ImportColumn.ACHIEVEMENTS) ? row.value(ImportColumn.ACHIEVEMENTS) : base.achievements(),
                row.has(ImportColumn.INTERESTS) ? row.value(ImportColumn.INTERESTS) : base.interests(),
                row.has(ImportColumn.WANTED_AGE) ? row.value(ImportColumn.WANTED_AGE) : base.wantedMenteeAge(),
                row.has(ImportColumn.CONTACT_TIME) ? row.value(ImportColumn.CONTACT_TIME) : base.contactTimePlace(),
                row.has(ImportColumn.FORM) ? formId : base.wantedFormId(),
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
