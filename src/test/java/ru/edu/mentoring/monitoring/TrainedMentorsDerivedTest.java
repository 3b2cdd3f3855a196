package ru.edu.mentoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.campaigns.Campaigns;
import ru.edu.mentoring.campaigns.Matrix.Cell;
import ru.edu.mentoring.campaigns.Stage;
import ru.edu.mentoring.campaigns.StageState;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.people.SaveMentorEntry;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;
import ru.edu.mentoring.training.CredentialKind;
import ru.edu.mentoring.training.DocType;
import ru.edu.mentoring.training.Trainings;

/**
 * Issue 20 point 2: the campaign stage «Наставники обучены» and the dashboard's «Обученные наставники» are derived from
 * the training records — a course finished by the day or a valid category «педагог-наставник» — not ticked by hand:
 * adding a record moves both, removing it moves them back. A municipality of its own, so the demo stays as it is.
 */
class TrainedMentorsDerivedTest extends IntegrationTest {

    @Autowired Schools schools;
    @Autowired PeopleRegistry registry;
    @Autowired People people;
    @Autowired Trainings trainings;
    @Autowired Campaigns campaigns;
    @Autowired Monitoring monitoring;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aTrainingRecordCompletesTheStageAndCountsOnTheDashboardAndItsRemovalUndoesBoth() {
        LocalDate today = people.today();
        long municipality = schools.createMunicipality("Район обучения наставников " + System.nanoTime(),
                "Свердловская область");
        long school = schools.createSchool(municipality, new SchoolForm(
                "Муниципальное автономное общеобразовательное учреждение «Средняя школа № 40»", "МАОУ СОШ № 40",
                SchoolKind.GENERAL, null, null, null));
        long first = mentor(school, "Обучаемова");
        long second = mentor(school, "Необучаемова");
        // a hand-entered training date on the entry (the old source) no longer counts
        registry.putInMentorBase(second, new SaveMentorEntry("Математика", 3, today.minusYears(1), "Курс",
                true, jdbc.queryForObject("select version from mentor_profile where person_id = ?", Long.class,
                        second)));
        int year = AcademicYear.of(today);
        campaigns.create(municipality, "Внедрение ЦМН (обучение)", year);
        SchoolSummary summary = schools.summariesOf(List.of(school)).get(0);

        assertThat(trainedStage(summary, year).state()).as("nobody trained: 50 % needed")
                .isNotEqualTo(StageState.DONE);
        assertThat(dashboardTrained(municipality, school)).isZero();
        assertThat(people.baseCounts(school).trainedMentors()).isZero();

        long course = trainings.addCourse(first, new Trainings.NewCourse("«Наставник в образовательной организации»",
                "ИМЦ", 36, today.minusDays(10), today, DocType.PK_CERTIFICATE, "123", null, null), "test");
        assertThat(trainedStage(summary, year).state()).as("1 of 2 trained: 50 %").isEqualTo(StageState.DONE);
        assertThat(trainedStage(summary, year).doneOn()).isEqualTo(today);
        assertThat(dashboardTrained(municipality, school)).isEqualTo(1);
        assertThat(people.baseCounts(school).trainedMentors()).isEqualTo(1);

        trainings.deleteCourse(course, version("mentor_course", course));
        assertThat(trainedStage(summary, year).state()).isNotEqualTo(StageState.DONE);
        assertThat(dashboardTrained(municipality, school)).isZero();

        // a valid category counts, an expired one does not; a course that ends tomorrow does not count yet
        long expired = trainings.addCredential(first, CredentialKind.MENTOR_CATEGORY, null, today.minusYears(6), null);
        trainings.addCourse(first, new Trainings.NewCourse("Курс", null, 16, null, today.plusDays(1),
                DocType.CERTIFICATE, null, null, null), "test");
        assertThat(dashboardTrained(municipality, school)).isZero();
        assertThat(trainedStage(summary, year).state()).isNotEqualTo(StageState.DONE);
        long valid = trainings.addCredential(first, CredentialKind.MENTOR_CATEGORY, null, today.minusYears(2), null);
        assertThat(dashboardTrained(municipality, school)).isEqualTo(1);
        assertThat(trainedStage(summary, year).state()).isEqualTo(StageState.DONE);
        trainings.deleteCredential(valid, version("mentor_credential", valid));
        trainings.deleteCredential(expired, version("mentor_credential", expired));
        assertThat(dashboardTrained(municipality, school)).isZero();
    }

    private long mentor(long school, String surname) {
        long id = registry.create(school, PersonKind.TEACHER, Fixtures.person(surname, "Анна", "Петровна", null));
        Fixtures.ownConsent(registry, id);
        registry.putInMentorBase(id, new SaveMentorEntry("Математика", 3, null, null));
        return id;
    }

    private long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    private Cell trainedStage(SchoolSummary school, int year) {
        return campaigns.stagesOf(school, year).orElseThrow().row().cells().stream()
                .filter(c -> c.stage() == Stage.TRAINED).findFirst().orElseThrow();
    }

    private long dashboardTrained(long municipality, long school) {
        return monitoring.dashboard(municipality, null, people.today()).schools().stream()
                .filter(l -> l.id() == school).findFirst().orElseThrow().trainedMentors();
    }
}
