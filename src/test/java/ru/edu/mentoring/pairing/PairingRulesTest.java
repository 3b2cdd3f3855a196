package ru.edu.mentoring.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.edu.mentoring.people.Category;
import ru.edu.mentoring.people.ExternalKind;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.schools.SchoolKind;

/** Every pairing rule, each with a case that breaks it and the message key it answers with. */
class PairingRulesTest {

    static final long SCHOOL = 10;
    static final FormSpec STUDENT_STUDENT = new FormSpec(1, "ученик – ученик", Set.of(Category.STUDENT),
            Set.of(Category.STUDENT), EnumSet.of(SchoolKind.GENERAL), false);
    static final FormSpec TEACHER_TEACHER = new FormSpec(2, "учитель – учитель", Set.of(Category.TEACHER),
            Set.of(Category.TEACHER), EnumSet.allOf(SchoolKind.class), true);
    static final FormSpec EMPLOYER_STUDENT = new FormSpec(3, "работодатель – ученик", Set.of(Category.EMPLOYER),
            Set.of(Category.STUDENT), EnumSet.of(SchoolKind.GENERAL), false);
    static final LocalDate START = LocalDate.of(2026, 9, 1);
    static final LocalDate END = LocalDate.of(2027, 5, 31);

    static Participant student(long id, int grade) {
        return new Participant(id, SCHOOL, PersonKind.STUDENT, null, "Ученик" + id + " Имя Отчество", grade,
                grade + "А", false, false, true, true, false, true, 3, true, true, "запрос");
    }

    static Participant teacher(long id, boolean young, boolean newStaff) {
        return new Participant(id, SCHOOL, PersonKind.TEACHER, null, "Учитель" + id + " Имя Отчество", null, null,
                young, newStaff, false, true, true, true, 5, true, true, "запрос");
    }

    static Participant employer(long id) {
        return new Participant(id, SCHOOL, PersonKind.EXTERNAL, ExternalKind.EMPLOYER, "Работодатель Имя", null,
                null, false, false, false, true, true, true, 5, true, false, null);
    }

    static PairingRules.Proposal proposal(FormSpec form, Participant mentor, List<Participant> mentees,
            boolean activating) {
        return new PairingRules.Proposal(form, true, form.teacherFormat() ? TeacherFormat.TRADITIONAL : null, mentor,
                mentees, START, END, SCHOOL, SchoolKind.GENERAL, activating, 0, Set.of());
    }

    static List<String> codes(PairingRules.Proposal p) {
        return PairingRules.check(p).stream().map(PairingRules.Violation::code).toList();
    }

    @Test
    void aValidPeerPairPasses() {
        assertThat(codes(proposal(STUDENT_STUDENT, student(1, 9), List.of(student(2, 6)), true))).isEmpty();
    }

    @Test
    void peerMentorMustBeInAHigherGrade() {
        assertThat(codes(proposal(STUDENT_STUDENT, student(1, 6), List.of(student(2, 6)), false)))
                .containsExactly("pair.rule.mentorGrade");
        assertThat(codes(proposal(STUDENT_STUDENT, student(1, 5), List.of(student(2, 7)), false)))
                .containsExactly("pair.rule.mentorGrade");
    }

    @Test
    void peerPairNeedsKnownGrades() {
        Participant noClass = new Participant(2, SCHOOL, PersonKind.STUDENT, null, "Без Класса", null, null, false,
                false, true, true, false, false, null, false, true, "запрос");
        assertThat(codes(proposal(STUDENT_STUDENT, student(1, 9), List.of(noClass), false)))
                .containsExactly("pair.rule.gradeUnknown");
    }

    /** Issue 17 point 7: the refusal names the academic year whose class is missing, the pair's, not «текущий». */
    @Test
    void aMissingGradeIsNamedWithThePairsAcademicYear() {
        Participant noClass = new Participant(2, SCHOOL, PersonKind.STUDENT, null, "Без Класса", null, null, false,
                false, true, true, false, false, null, false, true, "запрос");
        PairingRules.Proposal in2022 = new PairingRules.Proposal(STUDENT_STUDENT, true, null, student(1, 9),
                List.of(noClass), LocalDate.of(2022, 10, 3), LocalDate.of(2023, 5, 25), SCHOOL, SchoolKind.GENERAL,
                false, 0, Set.of(), true);
        assertThat(PairingRules.check(in2022)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("pair.rule.gradeUnknown");
            assertThat(v.args()).containsExactly("Без К.", "2022/23");
        });
    }

    /** A pair of past years is history: today's bases are not asked of it; its own rules are. */
    @Test
    void aPastPairNeedsNoBaseButDatesWithinItsYearAndAnEndState() {
        Participant mentor = new Participant(1, SCHOOL, PersonKind.STUDENT, null, "Старшая Ирина", 9, "9А", false,
                false, true, true, false, false, null, false, false, null);
        Participant mentee = new Participant(2, SCHOOL, PersonKind.STUDENT, null, "Младший Илья", 6, "6Б", false,
                false, true, true, false, false, null, false, false, null);
        PairingRules.Proposal today = new PairingRules.Proposal(STUDENT_STUDENT, true, null, mentor, List.of(mentee),
                LocalDate.of(2022, 10, 3), LocalDate.of(2023, 5, 25), SCHOOL, SchoolKind.GENERAL, false, 0, Set.of());
        assertThat(codes(today)).containsExactly("pair.rule.mentorNotInBase", "pair.rule.menteeNotInBase");
        PairingRules.Proposal past = new PairingRules.Proposal(STUDENT_STUDENT, true, null, mentor, List.of(mentee),
                LocalDate.of(2022, 10, 3), LocalDate.of(2023, 5, 25), SCHOOL, SchoolKind.GENERAL, false, 0, Set.of(),
                true);
        assertThat(codes(past)).isEmpty();

        assertThat(PairingRules.checkPast(2022, 2026, LocalDate.of(2022, 10, 3), LocalDate.of(2023, 5, 25),
                PairStatus.COMPLETED, null)).isEmpty();
        assertThat(PairingRules.checkPast(2022, 2026, LocalDate.of(2022, 8, 31), LocalDate.of(2023, 9, 1),
                PairStatus.COMPLETED, null)).extracting(PairingRules.Violation::code)
                .containsExactly("pair.past.dateOutsideYear", "pair.past.dateOutsideYear");
        assertThat(PairingRules.checkPast(2022, 2026, LocalDate.of(2022, 10, 3), LocalDate.of(2022, 10, 3),
                PairStatus.TERMINATED, " ")).extracting(PairingRules.Violation::code)
                .containsExactly("pair.past.datesOrder", "pair.error.reasonRequired");
        assertThat(PairingRules.checkPast(2026, 2026, null, null, PairStatus.COMPLETED, null))
                .extracting(PairingRules.Violation::code).containsExactly("pair.past.yearInvalid");
        assertThat(PairingRules.checkPast(2017, 2026, null, null, PairStatus.COMPLETED, null))
                .extracting(PairingRules.Violation::code).containsExactly("pair.past.yearInvalid");
        assertThat(PairingRules.checkPast(2022, 2026, null, null, PairStatus.ACTIVE, null))
                .extracting(PairingRules.Violation::code).containsExactly("pair.past.outcomeRequired");
    }

    @Test
    void participantsMustFitTheFormsCategories() {
        assertThat(codes(proposal(STUDENT_STUDENT, teacher(1, false, false), List.of(student(2, 6)), false)))
                .containsExactly("pair.rule.mentorCategory");
        assertThat(codes(proposal(EMPLOYER_STUDENT, employer(1), List.of(teacher(2, true, false)), false)))
                .containsExactly("pair.rule.menteeCategory");
    }

    @Test
    void teacherMenteeMustBeAYoungSpecialistOrNewStaff() {
        assertThat(codes(proposal(TEACHER_TEACHER, teacher(1, false, false), List.of(teacher(2, false, false)),
                false))).containsExactly("pair.rule.notYoungSpecialist");
        assertThat(codes(proposal(TEACHER_TEACHER, teacher(1, false, false), List.of(teacher(2, true, false)),
                false))).isEmpty();
        assertThat(codes(proposal(TEACHER_TEACHER, teacher(1, false, false), List.of(teacher(2, false, true)),
                false))).isEmpty();
    }

    @Test
    void teacherPairsNeedAFormat() {
        PairingRules.Proposal p = new PairingRules.Proposal(TEACHER_TEACHER, true, null, teacher(1, false, false),
                List.of(teacher(2, true, false)), START, END, SCHOOL, SchoolKind.GENERAL, false, 0, Set.of());
        assertThat(codes(p)).containsExactly("pair.rule.formatRequired");
    }

    @Test
    void nobodyMentorsThemselves() {
        Participant t = teacher(1, true, false);
        assertThat(codes(proposal(TEACHER_TEACHER, t, List.of(t), false))).containsExactly("pair.rule.selfMentoring");
    }

    @Test
    void datesMustBeInOrder() {
        PairingRules.Proposal p = new PairingRules.Proposal(STUDENT_STUDENT, true, null, student(1, 9),
                List.of(student(2, 5)), END, START, SCHOOL, SchoolKind.GENERAL, false, 0, Set.of());
        assertThat(codes(p)).containsExactly("pair.rule.datesOrder");
        PairingRules.Proposal sameDay = new PairingRules.Proposal(STUDENT_STUDENT, true, null, student(1, 9),
                List.of(student(2, 5)), START, START, SCHOOL, SchoolKind.GENERAL, false, 0, Set.of());
        assertThat(codes(sameDay)).containsExactly("pair.rule.datesOrder");
    }

    @Test
    void mentorsCapacityCountsOtherActivePairsWhenActivating() {
        Participant mentor = student(1, 10); // capacity 3
        List<Participant> two = List.of(student(2, 5), student(3, 6));
        PairingRules.Proposal within = new PairingRules.Proposal(STUDENT_STUDENT, true, null, mentor, two, START, END,
                SCHOOL, SchoolKind.GENERAL, true, 1, Set.of());
        assertThat(codes(within)).isEmpty();
        PairingRules.Proposal over = new PairingRules.Proposal(STUDENT_STUDENT, true, null, mentor, two, START, END,
                SCHOOL, SchoolKind.GENERAL, true, 2, Set.of());
        assertThat(codes(over)).containsExactly("pair.rule.capacity");
        PairingRules.Proposal draft = new PairingRules.Proposal(STUDENT_STUDENT, true, null, mentor, two, START, END,
                SCHOOL, SchoolKind.GENERAL, false, 2, Set.of());
        assertThat(codes(draft)).as("a draft does not use capacity yet").isEmpty();
    }

    @Test
    void menteeIsNotInTwoActivePairsOfOneForm() {
        PairingRules.Proposal p = new PairingRules.Proposal(STUDENT_STUDENT, true, null, student(1, 9),
                List.of(student(2, 5)), START, END, SCHOOL, SchoolKind.GENERAL, true, 0, Set.of(2L));
        assertThat(codes(p)).containsExactly("pair.rule.menteeBusy");
    }

    @Test
    void aMinorWithoutConsentCannotEnterADraftNorAnActivePair() {
        Participant noConsent = new Participant(2, SCHOOL, PersonKind.STUDENT, null, "Без Согласия", 5, "5А", false,
                false, true, false, false, false, null, false, true, "запрос");
        assertThat(codes(proposal(STUDENT_STUDENT, student(1, 9), List.of(noConsent), false)))
                .as("a draft needs the consent too").containsExactly("pair.rule.consent");
        assertThat(codes(proposal(STUDENT_STUDENT, student(1, 9), List.of(noConsent), true)))
                .containsExactly("pair.rule.consent");
        Participant mentorWithout = new Participant(1, SCHOOL, PersonKind.STUDENT, null, "Наставник Без", 9, "9А",
                false, false, true, false, false, true, 2, true, false, null);
        assertThat(PairingRules.check(proposal(STUDENT_STUDENT, mentorWithout, List.of(student(2, 5)), false)))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("mentorId");
                    assertThat(v.code()).isEqualTo("pair.rule.consent");
                });
    }

    @Test
    void anAdultNeedsTheirOwnConsentInADraftAndAnActivePair() {
        Participant withoutConsent = new Participant(1, SCHOOL, PersonKind.TEACHER, null, "Учитель Без Согласия",
                null, null, false, false, false, false, false, true, 5, true, false, null);
        assertThat(codes(proposal(TEACHER_TEACHER, withoutConsent, List.of(teacher(2, true, false)), false)))
                .containsExactly("pair.rule.ownConsent");
        assertThat(codes(proposal(TEACHER_TEACHER, withoutConsent, List.of(teacher(2, true, false)), true)))
                .containsExactly("pair.rule.ownConsent");
        // a consent in force that someone else gave (a representative) is not the adult's own
        Participant representativeOnly = new Participant(2, SCHOOL, PersonKind.TEACHER, null, "Молодой Без Своего",
                null, null, true, false, false, true, false, false, null, false, true, "запрос");
        assertThat(codes(proposal(TEACHER_TEACHER, teacher(1, false, false), List.of(representativeOnly), false)))
                .containsExactly("pair.rule.ownConsent");
        Participant employerWithout = new Participant(3, SCHOOL, PersonKind.EXTERNAL, ExternalKind.EMPLOYER,
                "Работодатель Без", null, null, false, false, false, false, false, true, 5, true, false, null);
        assertThat(codes(proposal(EMPLOYER_STUDENT, employerWithout, List.of(student(2, 8)), false)))
                .containsExactly("pair.rule.ownConsent");
    }

    @Test
    void participantsComeFromTheSchoolsBases() {
        Participant notMentor = new Participant(1, SCHOOL, PersonKind.STUDENT, null, "Не Наставник", 9, "9А", false,
                false, true, true, false, false, null, false, false, null);
        assertThat(codes(proposal(STUDENT_STUDENT, notMentor, List.of(student(2, 5)), false)))
                .containsExactly("pair.rule.mentorNotInBase");
        Participant notMentee = new Participant(2, SCHOOL, PersonKind.STUDENT, null, "Не Наставляемый", 5, "5А",
                false, false, true, true, false, false, null, false, false, null);
        assertThat(codes(proposal(STUDENT_STUDENT, student(1, 9), List.of(notMentee), false)))
                .containsExactly("pair.rule.menteeNotInBase");
    }

    @Test
    void participantsBelongToThePairsSchool() {
        Participant elsewhere = new Participant(2, SCHOOL + 1, PersonKind.STUDENT, null, "Другая Школа", 5, "5А",
                false, false, true, true, false, false, null, false, true, "запрос");
        assertThat(codes(proposal(STUDENT_STUDENT, student(1, 9), List.of(elsewhere), false)))
                .containsExactly("pair.rule.otherSchool");
    }

    @Test
    void formMustApplyToTheSchoolsKindAndVariationToTheForm() {
        PairingRules.Proposal college = new PairingRules.Proposal(STUDENT_STUDENT, false, null, student(1, 9),
                List.of(student(2, 5)), START, END, SCHOOL, SchoolKind.VOCATIONAL, false, 0, Set.of());
        assertThat(codes(college)).containsExactly("pair.rule.formNotForSchool", "pair.rule.variation");
    }

    @Test
    void aPairNeedsAMentorAndAtLeastOneMentee() {
        assertThat(codes(proposal(STUDENT_STUDENT, student(1, 9), List.of(), false)))
                .containsExactly("pair.rule.noMentees");
        assertThat(codes(proposal(STUDENT_STUDENT, null, List.of(student(2, 5)), false)))
                .containsExactly("pair.rule.mentorRequired");
    }
}
