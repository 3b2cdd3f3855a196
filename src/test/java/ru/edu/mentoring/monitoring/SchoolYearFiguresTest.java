package ru.edu.mentoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairCommand;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.NewSchoolYear;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.people.PersonMoves;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.SaveMenteeEntry;
import ru.edu.mentoring.people.SaveMentorEntry;
import ru.edu.mentoring.people.SavePerson;
import ru.edu.mentoring.people.YearsWorld;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 17 points 6 and 7 in the monitoring figures: a student who moved school keeps one identity, so the
 * municipality counts them once although both schools count them (domain: «a student counted in two schools of one
 * municipality counts once»); a graduate is no longer a registered student of the school from the next year.
 */
class SchoolYearFiguresTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    @Autowired
    PeopleRegistry registry;

    @Autowired
    PersonMoves moves;

    @Autowired
    PairingService pairing;

    @Autowired
    People people;

    @Autowired
    NewSchoolYear newYear;

    @Autowired
    Monitoring monitoring;

    long mentor(long school, String last) {
        long teacher = registry.create(school, PersonKind.TEACHER, Fixtures.person(last, "Елена", "Петровна", null));
        Fixtures.ownConsent(registry, teacher);
        registry.putInMentorBase(teacher, new SaveMentorEntry("Математика", 3, LocalDate.of(2020, 10, 1), "Курс"));
        return teacher;
    }

    long involved(Monitoring.Dashboard d, long school) {
        return d.schools().stream().filter(s -> s.id() == school).findFirst().orElseThrow().figure().involved();
    }

    @Test
    void aStudentWhoMovedSchoolIsCountedOnceByTheMunicipality() {
        YearsWorld w = YearsWorld.create(schools, accounts, jdbc);
        LocalDate today = people.today();
        long form = pairing.formId(FormCodes.TEACHER_STUDENT).orElseThrow();
        // the municipality's figure counts the schools with a student count
        schools.setStudentCount(w.schoolA(), today.getYear(), 100, null);
        schools.setStudentCount(w.schoolB(), today.getYear(), 100, null);
        long student = registry.create(w.schoolA(), PersonKind.STUDENT, Fixtures.person("Двушкольная", "Зоя", null, 5)
                .withBirthDate(LocalDate.of(today.getYear() - 11, 3, 3)));
        registry.recordConsent(student, new RecordConsent(LocalDate.of(today.getYear(), 1, 1),
                ConsentGiver.REPRESENTATIVE, "Двушкольная Анна", "2025-1"));
        registry.putInMenteeBase(student, new SaveMenteeEntry("Математика", null));
        long pairA = pairing.register(w.schoolA(), SchoolKind.GENERAL, new PairCommand(form, null,
                mentor(w.schoolA(), "Первая"), Set.of(student), null, LocalDate.of(today.getYear(), 1, 2),
                today.plusMonths(3), "Успеваемость"), true);
        pairing.complete(pairA, pairing.currentVersion(pairA), today, "Цели достигнуты");

        Monitoring.Dashboard before = monitoring.dashboard(w.municipality(), null, today);
        assertThat(before.total().involved()).isEqualTo(1);
        assertThat(involved(before, w.schoolA())).isEqualTo(1);

        moves.move(student, w.schoolB(), today, -1, null);
        registry.putInMenteeBase(student, new SaveMenteeEntry("Математика", null, true,
                jdbc.queryForObject("select version from mentee_profile where person_id = ?", Long.class, student)));
        pairing.register(w.schoolB(), SchoolKind.GENERAL, new PairCommand(form, null, mentor(w.schoolB(), "Вторая"),
                Set.of(student), null, today, today.plusMonths(3), "Успеваемость"), true);

        Monitoring.Dashboard after = monitoring.dashboard(w.municipality(), null, today);
        assertThat(involved(after, w.schoolA())).as("the former school counts the pair the student had there")
                .isEqualTo(1);
        assertThat(involved(after, w.schoolB())).as("the new school counts the new pair").isEqualTo(1);
        assertThat(after.total().involved()).as("one identity: counted once by the municipality").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from person where last_name = 'Двушкольная'"
                + " and school_id in (?, ?)", Integer.class, w.schoolA(), w.schoolB())).isEqualTo(1);
    }

    @Test
    void aGraduateIsNoLongerARegisteredStudentOfTheSchoolFromTheNextYear() {
        YearsWorld w = YearsWorld.create(schools, accounts, jdbc);
        LocalDate today = people.today();
        int y = AcademicYear.of(today) - 1; // always offered; Y+1 is the current academic year
        long[] ids = new long[2];
        int[] grades = {9, 11};
        for (int i = 0; i < 2; i++) {
            ids[i] = registry.create(w.schoolA(), PersonKind.STUDENT, SavePerson.named("Выпускной" + i, "Ученик", null)
                    .withBirthDate(LocalDate.of(y - grades[i] - 6, 2, 1)));
            registry.setClass(ids[i], y, grades[i], "А");
        }
        Monitoring.Dashboard before = monitoring.dashboard(w.municipality(), w.schoolA(), today);
        assertThat(before.registeredByGrade()).as("no class in the current year yet").containsEntry("0", 2L);

        newYear.run(w.schoolA(), y, null);

        Monitoring.Dashboard after = monitoring.dashboard(w.municipality(), w.schoolA(), today);
        assertThat(after.registeredByGrade()).containsEntry("10", 1L).doesNotContainKey("0").doesNotContainKey("12");
        assertThat(after.registeredByGrade().values().stream().mapToLong(Long::longValue).sum())
                .as("the graduate is not counted").isEqualTo(1);
    }
}
