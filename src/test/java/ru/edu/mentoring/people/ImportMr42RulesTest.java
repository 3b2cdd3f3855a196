package ru.edu.mentoring.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules that read the МР-42/02 tables (issue 17 points 3–4) without a database: which column is which, a class in
 * «Должность/класс», the year of birth, the consent's giver and term, the form by its name and the categories it
 * implies, and whether a place of work is the importing school.
 */
class ImportMr42RulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);

    static ImportBases bases(String schoolName) {
        Map<Long, String> forms = new LinkedHashMap<>();
        forms.put(1L, "ученик – ученик");
        forms.put(2L, "учитель – учитель");
        forms.put(3L, "учитель – ученик");
        forms.put(4L, "студент – ученик");
        forms.put(5L, "студент – студент");
        forms.put(6L, "работодатель – ученик");
        return new ImportBases(Map.of(), Map.of(), forms, schoolName);
    }

    @Test
    void theHeadersOfBothTablesAreKnownColumnsAndTheBlanksHaveNoUnknownOneButTheOutcomeColumns() {
        assertThat(ImportColumn.ofHeader("Место работы/учёбы")).contains(ImportColumn.PLACE);
        assertThat(ImportColumn.ofHeader("Должность/класс")).contains(ImportColumn.POSITION_OR_CLASS);
        assertThat(ImportColumn.ofHeader("Ключевые компетенции")).contains(ImportColumn.COMPETENCES);
        assertThat(ImportColumn.ofHeader("ФИО наставляемых")).contains(ImportColumn.MENTEE_NAMES);
        assertThat(ImportColumn.ofHeader("Основной запрос наставляемого")).contains(ImportColumn.REQUEST);
        assertThat(ImportColumn.ofHeader("Желаемая форма наставничества")).contains(ImportColumn.FORM);
        assertThat(ImportColumn.ofHeader("ФИО родителя (законного представителя)"))
                .contains(ImportColumn.CONSENT_REPRESENTATIVE);
        List<ImportProblem> notes = new ArrayList<>();
        List<String> mentors = new ArrayList<>(ImportBlankController.MENTORS);
        mentors.addAll(ImportBlankController.CONSENT);
        ImportMapping mapping = ImportMapping.guess(mentors, "МАОУ СОШ № 5", notes);
        assertThat(notes).isEmpty();
        assertThat(mapping.columns()).hasSize(mentors.size());
        // the portal's own template stays as it was: the new columns are not in it
        assertThat(ImportColumn.TEMPLATE).doesNotContainAnyElementsOf(ImportColumn.BASES_AND_CONSENT);
    }

    @Test
    void aClassInThePositionColumnIsReadAndAPositionIsNot() {
        assertThat(ImportCells.asClass("9А")).isEqualTo(new ImportCells.SchoolClass(9, "А"));
        assertThat(ImportCells.asClass("10 «б»")).isEqualTo(new ImportCells.SchoolClass(10, "Б"));
        assertThat(ImportCells.asClass("11 класс")).isEqualTo(new ImportCells.SchoolClass(11, null));
        assertThat(ImportCells.asClass("7-A")).isEqualTo(new ImportCells.SchoolClass(7, "А"));
        assertThat(ImportCells.asClass("учитель математики")).isNull();
        assertThat(ImportCells.asClass("студент 3 курса")).isNull();
        assertThat(ImportCells.asClass("12")).isNull();
    }

    @Test
    void theYearOfBirthAloneOrAWholeDateIsReadAndAnythingElseIsTheRowsError() {
        ImportMapping mapping = new ImportMapping(Map.of(ImportColumn.BIRTH_YEAR, 0));
        List<ImportRun.Line> errors = new ArrayList<>();
        assertThat(ImportStepsTest.cells(mapping, errors, "2009").birthYear(TODAY))
                .isEqualTo(new ImportCells.BirthYear(2009, null));
        assertThat(ImportStepsTest.cells(mapping, errors, "2009 г.").birthYear(TODAY).year()).isEqualTo(2009);
        assertThat(ImportStepsTest.cells(mapping, errors, "14.03.2009").birthYear(TODAY))
                .isEqualTo(new ImportCells.BirthYear(2009, LocalDate.of(2009, 3, 14)));
        assertThat(errors).isEmpty();
        assertThat(ImportStepsTest.cells(mapping, errors, "2031").birthYear(TODAY)).isNull();
        assertThat(ImportStepsTest.cells(mapping, errors, "давно").birthYear(TODAY)).isNull();
        assertThat(errors).extracting(ImportRun.Line::message).containsExactly("import.birthYear.invalid",
                "import.birthYear.invalid");
    }

    @Test
    void theConsentsGiverAndTermAreReadAsTheFormRecordsThem() {
        ImportMapping mapping = new ImportMapping(Map.of(ImportColumn.CONSENT_GIVER, 0, ImportColumn.CONSENT_TERM, 1));
        List<ImportRun.Line> errors = new ArrayList<>();
        LocalDate given = LocalDate.of(2025, 9, 1);
        ImportCells parent = ImportStepsTest.cells(mapping, errors, "Родитель", "3 года");
        assertThat(parent.consentGiver()).isEqualTo(ConsentGiver.REPRESENTATIVE);
        assertThat(parent.consentTerm(given)).isEqualTo(LocalDate.of(2028, 8, 31));
        ImportCells self = ImportStepsTest.cells(mapping, errors, "сам", "до 31.08.2027");
        assertThat(self.consentGiver()).isEqualTo(ConsentGiver.SELF);
        assertThat(self.consentTerm(given)).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(ImportStepsTest.cells(mapping, errors, "законный представитель", "бессрочно")
                .consentTerm(given)).isNull();
        assertThat(errors).isEmpty();
        ImportCells wrong = ImportStepsTest.cells(mapping, errors, "бабушка", "когда-нибудь");
        assertThat(wrong.consentGiver()).isNull();
        assertThat(wrong.consentTerm(given)).isNull();
        assertThat(errors).extracting(ImportRun.Line::message).containsExactly("import.consentGiver.invalid",
                "import.consentTerm.invalid");
    }

    @Test
    void theFormIsFoundByItsNameWrittenAnyWayAndTellsTheCategoriesOfMentorAndMentee() {
        ImportBases bases = bases("МАОУ СОШ № 5");
        ImportMapping mapping = new ImportMapping(Map.of(ImportColumn.FORM, 0));
        List<ImportRun.Line> errors = new ArrayList<>();
        assertThat(ImportStepsTest.cells(mapping, errors, "Ученик-ученик").form(bases.formsByKey())).isEqualTo(1L);
        assertThat(ImportStepsTest.cells(mapping, errors, "учитель — учитель").form(bases.formsByKey())).isEqualTo(2L);
        assertThat(ImportStepsTest.cells(mapping, errors, "наставник – друг").form(bases.formsByKey())).isNull();
        assertThat(errors).extracting(ImportRun.Line::message).containsExactly("import.form.invalid");
        assertThat(bases.mentorKind(2L)).isEqualTo(PersonKind.TEACHER);
        assertThat(bases.menteeKind(2L)).isEqualTo(PersonKind.TEACHER);
        assertThat(bases.menteeKind(3L)).isEqualTo(PersonKind.STUDENT);
        assertThat(bases.mentorKind(1L)).isEqualTo(PersonKind.STUDENT);
        assertThat(bases.mentorKind(4L)).isEqualTo(PersonKind.EXTERNAL);
        assertThat(bases.externalKind(4L)).isEqualTo(ExternalKind.UNIVERSITY_STUDENT);
        assertThat(bases.mentorKind(5L)).as("a college's peer mentor").isEqualTo(PersonKind.STUDENT);
        assertThat(bases.mentorKind(6L)).isEqualTo(PersonKind.EXTERNAL);
        assertThat(bases.mentorKind(null)).isNull();
    }

    @Test
    void aPlaceOfWorkIsTheSchoolByItsNameOrItsNumberWithASchoolWord() {
        ImportBases bases = bases("МАОУ СОШ № 5");
        assertThat(bases.isThisSchool("МАОУ СОШ № 5")).isTrue();
        assertThat(bases.isThisSchool("маоу  сош №5")).isTrue();
        assertThat(bases.isThisSchool("Школа № 5")).isTrue();
        assertThat(bases.isThisSchool("МАОУ «Средняя общеобразовательная школа № 5»")).isTrue();
        assertThat(bases.isThisSchool("МАОУ СОШ № 15")).isFalse();
        assertThat(bases.isThisSchool("ООО «Уралтрубпром»")).isFalse();
        assertThat(bases.isThisSchool("ПАО «Сбербанк», офис № 5")).isFalse();
        assertThat(bases.isThisSchool("")).isFalse();
    }
}
