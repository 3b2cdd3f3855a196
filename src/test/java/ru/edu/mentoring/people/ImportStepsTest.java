package ru.edu.mentoring.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import ru.edu.mentoring.schools.SchoolKind;

/**
 * The seams of the import (issue 19 point 5), each testable alone: matching the header row to the portal's fields,
 * reading a row's cells, and the rules the import shares with the forms.
 */
class ImportStepsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

    static ImportCells cells(ImportMapping mapping, List<ImportRun.Line> errors, String... cells) {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        return new ImportCells(new ImportTable.Row(2, List.of(cells)), mapping, errors, messages, Locale.ROOT);
    }

    @Test
    void theHeaderRowIsMatchedByNameWithNotesForTheSchoolUnknownAndRepeatedColumns() {
        List<ImportProblem> notes = new ArrayList<>();
        ImportMapping mapping = ImportMapping.guess(List.of("ОО", "фамилия", "Имя", "Категория*", "Рост", "Имя"),
                "МАОУ СОШ № 1", notes);
        assertThat(mapping.index(ImportColumn.LAST_NAME)).isEqualTo(1);
        assertThat(mapping.index(ImportColumn.FIRST_NAME)).isEqualTo(2);
        assertThat(mapping.index(ImportColumn.CATEGORY)).isEqualTo(3);
        assertThat(mapping.has(ImportColumn.CLASS)).isFalse();
        assertThat(notes).extracting(ImportProblem::key).containsExactly("import.note.schoolColumn",
                "import.note.unknownColumn", "import.note.repeatedColumn");
        assertThatThrownBy(() -> ImportMapping.guess(List.of("Фамилия", "Класс"), "школа", new ArrayList<>()))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.problem().args()).containsExactly("«Имя»")); // a category comes by rule
    }

    @Test
    void aFullNameInOneColumnStandsForSurnameAndNameAndIsSplitWithOrWithoutPatronymic() {
        List<ImportProblem> notes = new ArrayList<>();
        ImportMapping mapping = ImportMapping.guess(List.of("№ п/п", "Ф.И.О.", "Категория"), "школа", notes);
        assertThat(mapping.index(ImportColumn.FULL_NAME)).isEqualTo(1);
        assertThat(ImportColumn.ofHeader("Фамилия, имя, отчество")).contains(ImportColumn.FULL_NAME);
        assertThat(ImportColumn.ofHeader("ФИО наставника")).contains(ImportColumn.FULL_NAME);
        // without «ФИО» the name columns are still required
        assertThatThrownBy(() -> ImportMapping.guess(List.of("Категория", "Класс"), "школа", new ArrayList<>()))
                .isInstanceOf(ImportFileException.class);

        List<ImportRun.Line> errors = new ArrayList<>();
        assertThat(cells(mapping, errors, "1", "Иванов  Пётр Сергеевич", "ученик").fullName())
                .isEqualTo(new ImportCells.FullName("Иванов", "Пётр", "Сергеевич"));
        assertThat(cells(mapping, errors, "2", "Смит Джон", "внешний").fullName())
                .isEqualTo(new ImportCells.FullName("Смит", "Джон", ""));
        assertThat(cells(mapping, errors, "3", "Алиев Рашид Гусейн оглы", "ученик").fullName())
                .isEqualTo(new ImportCells.FullName("Алиев", "Рашид", "Гусейн оглы"));
        assertThat(errors).isEmpty();
        ImportCells one = cells(mapping, errors, "4", "Иванов", "ученик");
        one.fullName();
        assertThat(one.failed()).isTrue();
        assertThat(errors).extracting(ImportRun.Line::column).containsExactly("ФИО");
        // a name part's message goes under «ФИО» when the name came whole
        assertThat(one.column(ImportColumn.LAST_NAME)).isEqualTo(ImportColumn.FULL_NAME);
    }

    @Test
    void aRowsCellsAreReadAsThePortalsValuesAndAnUnreadableCellIsTheRowsError() {
        ImportMapping mapping = new ImportMapping(java.util.Map.of(ImportColumn.CATEGORY, 0, ImportColumn.CLASS, 1,
                ImportColumn.BIRTH_DATE, 2, ImportColumn.MENTOR, 3, ImportColumn.CAPACITY, 4));
        List<ImportRun.Line> errors = new ArrayList<>();
        ImportCells row = cells(mapping, errors, "Ученица", "7 «Б»", "01.09.2014", "Да", "3,0");
        assertThat(row.category()).isEqualTo(PersonKind.STUDENT);
        assertThat(row.schoolClass()).isEqualTo(new ImportCells.SchoolClass(7, "Б"));
        assertThat(row.date(ImportColumn.BIRTH_DATE)).isEqualTo(LocalDate.of(2014, 9, 1));
        assertThat(row.yesNo(ImportColumn.MENTOR)).isTrue();
        assertThat(row.number(ImportColumn.CAPACITY)).isEqualTo(3);
        assertThat(row.failed()).isFalse();
        // «7A» with a Latin A is class 7 «А»
        assertThat(cells(mapping, errors, "ученик", "7A").schoolClass()).isEqualTo(new ImportCells.SchoolClass(7, "А"));

        ImportCells bad = cells(mapping, errors, "завуч", "седьмой", "31.02.2014", "может быть", "три");
        assertThat(bad.category()).isNull();
        assertThat(bad.schoolClass()).isNull();
        assertThat(bad.date(ImportColumn.BIRTH_DATE)).isNull();
        assertThat(bad.yesNo(ImportColumn.MENTOR)).isNull();
        assertThat(bad.number(ImportColumn.CAPACITY)).isNull();
        assertThat(bad.failed()).isTrue();
        assertThat(errors).extracting(ImportRun.Line::column).containsExactly("Категория", "Класс",
                "Дата рождения", "Наставник", "Нагрузка");
        // a rule about a column that could not be read says nothing more
        bad.report(List.of(new Violation("grade", "person.grade.required"), new Violation(null, "mentee.external")));
        assertThat(errors).extracting(ImportRun.Line::message).endsWith("import.number.invalid", "mentee.external");
    }

    @Test
    void theCapacityRuleIsOneForTheFormTheServiceAndTheImport() {
        assertThat(MentorProfile.capacityProblem(PersonKind.STUDENT, () -> true, 6).map(Violation::key))
                .contains("mentor.capacity.student");
        assertThat(MentorProfile.capacityProblem(PersonKind.STUDENT, () -> true, 5)).isEmpty();
        assertThat(MentorProfile.capacityProblem(PersonKind.STUDENT, () -> false, 12)).isEmpty();
        assertThat(MentorProfile.capacityProblem(PersonKind.TEACHER, () -> {
            throw new AssertionError("a teacher's age is not asked");
        }, 30)).isEmpty();
        assertThat(Consent.mayEnterBase(true, false)).isFalse();
        assertThat(Consent.mayEnterBase(true, true)).isTrue();
        assertThat(Consent.mayEnterBase(false, false)).isTrue();
    }

    @Test
    void theConsentRulesAndTheCardRulesNameTheirFields() {
        RecordConsent own = new RecordConsent(TODAY, ConsentGiver.SELF, null, "2026-1");
        assertThat(Consent.problems(own, true)).extracting(Violation::field).containsExactly("givenBy");
        assertThat(Consent.problems(own, false)).isEmpty();
        assertThat(Consent.problems(new RecordConsent(TODAY, ConsentGiver.REPRESENTATIVE, "", "2026-1")
                .withValidUntil(TODAY.minusDays(1)), true)).extracting(Violation::field)
                .containsExactly("representativeName", "validUntil");

        SavePerson lateBorn = SavePerson.named("Иванов", "Пётр", null).withClass(2, "А")
                .withBirthDate(LocalDate.of(1950, 4, 12));
        PersonRules.Check check = PersonRules.check(PersonKind.STUDENT, lateBorn, SchoolKind.GENERAL, TODAY,
                f -> false);
        assertThat(check.implausibleBirthDate()).isTrue();
        assertThat(check.violations()).extracting(Violation::key).containsExactly("person.birthDate.implausible");
        // at a college a course says nothing about the age; a refused class is not judged again
        assertThat(PersonRules.check(PersonKind.STUDENT, lateBorn, SchoolKind.VOCATIONAL, TODAY, f -> false)
                .violations()).isEmpty();
        assertThat(PersonRules.check(PersonKind.STUDENT, lateBorn, SchoolKind.GENERAL, TODAY, "grade"::equals)
                .implausibleBirthDate()).isFalse();
        assertThat(PersonRules.problems(PersonKind.TEACHER, SavePerson.named("Иванова", "Анна", null), f -> false))
                .extracting(Violation::key).containsExactly("person.teachingSince.required");
    }

    @Test
    void anUnchangedCardIsToldApartFromAChangedOne() {
        SavePerson a = SavePerson.named("Иванова", "Анна", " ").withClass(7, "б");
        assertThat(ImportRowCheck.same(PersonKind.STUDENT, a, SavePerson.named("Иванова", "Анна", null)
                .withClass(7, "Б"))).isTrue();
        assertThat(ImportRowCheck.same(PersonKind.STUDENT, a, a.withClass(8, "Б"))).isFalse();
        assertThat(ImportRowCheck.same(PersonKind.TEACHER, a, a.withClass(8, "Б"))).isTrue();
    }
}
