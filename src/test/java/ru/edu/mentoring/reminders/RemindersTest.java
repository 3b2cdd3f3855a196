package ru.edu.mentoring.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.campaigns.Campaigns;
import ru.edu.mentoring.campaigns.Stage;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/** Issue 18 point 2: deadline, pair and consent reminders in the bell, each sent once. */
class RemindersTest extends IntegrationTest {

    @Autowired Reminders reminders;
    @Autowired Schools schools;
    @Autowired Accounts accounts;
    @Autowired Campaigns campaigns;
    @Autowired PeopleRegistry people;
    @Autowired JdbcTemplate jdbc;

    private List<String> kinds(long userId) {
        return jdbc.queryForList("select kind from notification where user_id = ? order by id", String.class, userId);
    }

    private List<String> details(long userId, String kind) {
        return jdbc.queryForList("select actor_name from notification where user_id = ? and kind = ? order by id",
                String.class, userId, kind);
    }

    @Test
    void stageDeadlinesRemindSevenDaysAndOneDayBeforeThenOverdueOnceEach() {
        long municipality = schools.createMunicipality("Напоминательный городской округ " + System.nanoTime(),
                "Свердловская область");
        long school = schools.createSchool(municipality, new SchoolForm("Школа напоминаний", "СОШ напоминаний",
                SchoolKind.GENERAL, null, null, null));
        String stamp = Long.toString(System.nanoTime());
        long curator = schools.appointCuratorByEmail(school, "reminded" + stamp + "@example.org",
                "Напоминаемая Анна Ивановна", "1-к", LocalDate.now(), null).userId();
        long department = accounts.create(new Accounts.NewAccount("dept" + stamp, "Ель-Сосна-Пихта-2026",
                "Специалист Ирина Павловна", null, Set.of(Role.DEPARTMENT), municipality, Set.of()));
        int year = AcademicYear.of(LocalDate.now());
        long campaign = campaigns.create(municipality, "Кампания " + year, year);
        LocalDate roadmap = Stage.ROADMAP.defaultDeadline(year);
        Set<Long> only = Set.of(school);

        Reminders.Sent week = reminders.run(roadmap.minusDays(5), only);
        assertThat(week.dueIn7()).as("the roadmap stage, 5 days ahead").isEqualTo(1);
        assertThat(details(curator, "STAGE_DUE_7")).singleElement().asString()
                .contains("через 5 дней").contains(roadmap.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertThat(reminders.run(roadmap.minusDays(4), only).dueIn7()).as("sent once").isZero();

        assertThat(reminders.run(roadmap.minusDays(1), only).dueIn1()).isEqualTo(1);
        assertThat(reminders.run(roadmap, only).dueIn1()).as("sent once").isZero();

        Reminders.Sent overdue = reminders.run(roadmap.plusDays(1), only);
        assertThat(overdue.overdue()).as("the day after the deadline").isEqualTo(1);
        assertThat(overdue.summaries()).isEqualTo(1);
        assertThat(kinds(department)).containsExactly("STAGE_OVERDUE_SUMMARY");
        assertThat(jdbc.queryForObject("select link from notification where user_id = ?", String.class, department))
                .isEqualTo("/campaigns/" + campaign + "?overdue=true");
        Reminders.Sent again = reminders.run(roadmap.plusDays(1), only);
        assertThat(again.overdue()).isZero();
        assertThat(again.summaries()).as("one summary a day").isZero();
        assertThat(reminders.run(roadmap.plusDays(2), only).summaries()).as("the next day's summary").isEqualTo(1);
        assertThat(kinds(curator)).containsSubsequence("STAGE_DUE_7", "STAGE_DUE_1", "STAGE_OVERDUE");
        assertThat(kinds(curator)).doesNotContain("STAGE_OVERDUE_SUMMARY");
    }

    @Test
    void aConsentEndingWithinThirtyDaysRemindsTheCuratorOnce() {
        long municipality = schools.createMunicipality("Согласный городской округ " + System.nanoTime(),
                "Свердловская область");
        long school = schools.createSchool(municipality, new SchoolForm("Школа согласий", "СОШ согласий",
                SchoolKind.GENERAL, null, null, null));
        long curator = schools.appointCuratorByEmail(school, "consents" + System.nanoTime() + "@example.org",
                "Согласная Вера Ивановна", "2-к", LocalDate.now(), null).userId();
        long student = people.create(school, PersonKind.STUDENT, Fixtures.person("Истекающий", "Пётр", null, 7));
        long consent = people.recordConsent(student, new RecordConsent(LocalDate.now().minusYears(1),
                ConsentGiver.REPRESENTATIVE, "Истекающая Мария", "2025-1"));
        LocalDate until = LocalDate.now().plusDays(45);
        jdbc.update("update consent set valid_until = ? where id = ?", until, consent);

        assertThat(reminders.run(until.minusDays(31), Set.of(school)).consents()).as("31 days ahead").isZero();
        assertThat(reminders.run(until.minusDays(30), Set.of(school)).consents()).isEqualTo(1);
        assertThat(reminders.run(until.minusDays(10), Set.of(school)).consents()).as("sent once").isZero();
        assertThat(jdbc.queryForObject("select link from notification where user_id = ? and kind = 'CONSENT_ENDING'",
                String.class, curator)).isEqualTo("/people/" + student);
        assertThat(details(curator, "CONSENT_ENDING")).singleElement().asString().doesNotContain("Истекающ");
    }

    @Test
    void aPairPastItsPlannedEndRemindsTheCuratorOnce() {
        long school = Fixtures.school2(jdbc);
        LocalDate latest = jdbc.queryForObject("select max(planned_end) from mentoring_pair where school_id = ?"
                + " and status = 'ACTIVE'", LocalDate.class, school);
        assertThat(latest).as("the demo school has a running pair").isNotNull();
        // running pairs not reminded of yet (the daily job may have reminded of those already past their end today)
        long active = jdbc.queryForObject("select count(*) from mentoring_pair p where p.school_id = ?"
                + " and p.status = 'ACTIVE' and not exists (select 1 from reminder_sent r"
                + " where r.kind = 'PAIR_END_PASSED' and r.subject_key = p.id || ':' || p.planned_end)",
                Long.class, school);
        assertThat(active).isPositive();
        long curator = Fixtures.userId(jdbc, "curator2");
        long before = jdbc.queryForObject("select count(*) from notification where user_id = ?"
                + " and kind = 'PAIR_END_PASSED'", Long.class, curator);
        Reminders.Sent first = reminders.run(latest.plusDays(1), Set.of(school));
        assertThat(first.pairs()).isEqualTo((int) active);
        assertThat(reminders.run(latest.plusDays(2), Set.of(school)).pairs()).as("sent once").isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ?"
                + " and kind = 'PAIR_END_PASSED'", Long.class, curator)).isEqualTo(before + active);
    }
}
