package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairCommand;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.ConsentExpiry;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.SaveMenteeEntry;
import ru.edu.mentoring.people.SaveMentorEntry;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.SavePerson;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Processing stops when its legal basis ends: an expired consent stops it like a withdrawal; a minor enters a base or
 * a draft pair only with a consent in force, an adult is paired only with their own; a wrong birth date does not make
 * a child an adult; a person whose processing stopped is read-only but for the subject export.
 */
class ConsentBasisTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PeopleRegistry registry;

    @Autowired
    People people;

    @Autowired
    PairingService pairing;

    @Autowired
    Schools schools;

    @Autowired
    ConsentExpiry expiry;

    @Autowired
    ru.edu.mentoring.people.Retention retention;

    UserDetails curator() {
        return users.loadUserByUsername("curator1");
    }

    @Test
    void anExpiredConsentStopsProcessingLikeAWithdrawalOnceTheNightlyJobRuns() throws Exception {
        long school = Fixtures.foreignMunicipalitySchool(schools, jdbc);
        LocalDate today = people.today();
        long teacher = registry.create(school, PersonKind.TEACHER, Fixtures.person("Срокова", "Нина", null, null));
        Fixtures.ownConsent(registry, teacher);
        registry.putInMentorBase(teacher, new SaveMentorEntry("Литература", 6, LocalDate.of(2025, 10, 1), "Курс"));
        long alone = student(school, "Истекающий", today.plusYears(1));
        long leaving = student(school, "Уходящий", today.plusYears(1));
        long staying = student(school, "Продолжающий", null);
        long renewed = student(school, "Продливший", today.plusYears(1));
        registry.recordConsent(renewed, new RecordConsent(today.minusDays(40), ConsentGiver.REPRESENTATIVE,
                "Продлившая Анна", "2026-2"));
        long formId = pairing.formId(FormCodes.TEACHER_STUDENT).orElseThrow();
        long pair = pairing.register(school, SchoolKind.GENERAL, new PairCommand(formId, null, teacher, Set.of(alone),
                null, today.minusDays(30), today.plusDays(200), "Чтение"), true);
        long group = pairing.register(school, SchoolKind.GENERAL, new PairCommand(formId, null, teacher,
                Set.of(leaving, staying), null, today.minusDays(30), today.plusDays(200), "Сочинения"), true);
        // the terms end: yesterday was their last day
        jdbc.update("update consent set valid_until = ? where person_id in (?, ?) or id = (select min(id) from consent"
                + " where person_id = ?)", today.minusDays(1), alone, leaving, renewed);
        assertThat(expiry.due(List.of(school))).contains(alone, leaving).doesNotContain(staying, renewed, teacher);

        assertThat(expiry.run(List.of(school))).isGreaterThanOrEqualTo(2);

        for (long person : List.of(alone, leaving)) {
            assertThat(jdbc.queryForMap("select processing_stopped_on, processing_stop_reason from person where id = ?",
                    person)).containsEntry("processing_stopped_on", java.sql.Date.valueOf(today))
                    .containsEntry("processing_stop_reason", "CONSENT_EXPIRED");
            assertThat(jdbc.queryForObject("select in_base from mentee_profile where person_id = ?", Boolean.class,
                    person)).isFalse();
        }
        assertThat(jdbc.queryForMap("select status, end_date, termination_reason from mentoring_pair where id = ?", pair))
                .containsEntry("status", "TERMINATED").containsEntry("end_date", java.sql.Date.valueOf(today))
                .containsEntry("termination_reason", "Истёк срок согласия на обработку персональных данных");
        // the group goes on without the one whose consent expired, from the next day
        assertThat(jdbc.queryForObject("select status from mentoring_pair where id = ?", String.class, group))
                .isEqualTo("TERMINATED");
        List<Map<String, Object>> rest = jdbc.queryForList("select p.id, p.status, p.start_date from mentoring_pair p"
                + " join pair_mentee pm on pm.pair_id = p.id where pm.person_id = ? and p.id <> ?", staying, group);
        assertThat(rest).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("status", "ACTIVE")
                    .containsEntry("start_date", java.sql.Date.valueOf(today.plusDays(1)));
            assertThat(jdbc.queryForList("select person_id from pair_mentee where pair_id = ?", Long.class,
                    r.get("id"))).containsExactly(staying);
        });
        // a person with another consent in force goes on; the others are out of the lists and nothing is due again
        assertThat(jdbc.queryForObject("select processing_stopped_on from person where id = ?", LocalDate.class,
                renewed)).isNull();
        assertThat(expiry.due(List.of(school))).doesNotContain(alone, leaving, staying, renewed);
        // after the grace period the data go, and the destruction record names the expired term
        jdbc.update("update person set processing_stopped_on = current_date - 31 where id = ?", alone);
        assertThat(retention.due(List.of(school))).anySatisfy(d -> {
            assertThat(d.personId()).isEqualTo(alone);
            assertThat(d.reason().name()).isEqualTo("CONSENT_EXPIRED");
        });
    }

    @Test
    void theCardSaysTheTermEndedAndTheDataAreReadOnly() throws Exception {
        long school = Fixtures.school1(jdbc);
        long person = registry.create(school, PersonKind.STUDENT, Fixtures.person("Просроченная", "Ия", null, 6));
        registry.recordConsent(person, new RecordConsent(people.today().minusDays(100), ConsentGiver.REPRESENTATIVE,
                "Просроченная Ольга", "2026-1"));
        jdbc.update("update consent set valid_until = ? where person_id = ?", people.today().minusDays(1), person);
        assertThat(registry.stopForExpiredConsent(person)).isTrue();
        String card = mvc.perform(get("/people/" + person).with(user(curator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(card).contains("data-testid=\"processing-stopped\"", "срок согласия истёк",
                "только для чтения", "/people/" + person + "/export.xlsx")
                .doesNotContain("/people/" + person + "/edit", "/people/" + person + "/mentee\"",
                        "/people/" + person + "/mentor\"", "consents/");
    }

    @Test
    void aMinorWithoutConsentEntersNeitherABaseNorADraftPair() throws Exception {
        long school = Fixtures.school1(jdbc);
        long person = registry.create(school, PersonKind.STUDENT, Fixtures.person("Несогласова", "Вера", null, 10));
        String mentee = mvc.perform(post("/people/" + person + "/mentee").with(csrf()).with(user(curator()))
                        .param("request", "Математика").param("inBase", "true").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mentee).contains("Нет согласия родителя или законного представителя для Несогласовой В.");
        String mentor = mvc.perform(post("/people/" + person + "/mentor").with(csrf()).with(user(curator()))
                        .param("competences", "Физика").param("capacity", "2").param("inBase", "true")
                        .param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mentor).contains("Нет согласия родителя или законного представителя");
        assertThat(jdbc.queryForObject("select count(*) from mentee_profile where person_id = ?", Integer.class,
                person)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mentor_profile where person_id = ?", Integer.class,
                person)).isZero();

        // in the base with a consent whose term ended yesterday (the nightly job has not run yet): no draft either
        registry.recordConsent(person, new RecordConsent(people.today().minusDays(100), ConsentGiver.REPRESENTATIVE,
                "Несогласова Анна", "2026-1"));
        registry.putInMenteeBase(person, new SaveMenteeEntry("Математика", null));
        jdbc.update("update consent set valid_until = ? where person_id = ?", people.today().minusDays(1), person);
        long mentorId = jdbc.queryForObject("select min(m.person_id) from mentor_profile m join person p on"
                + " p.id = m.person_id where m.school_id = ? and p.kind = 'TEACHER' and m.in_base", Long.class, school);
        long formId = pairing.formId(FormCodes.TEACHER_STUDENT).orElseThrow();
        String token = UUID.randomUUID().toString();
        String draft = mvc.perform(post("/schools/" + school + "/pairs").with(csrf()).with(user(curator()))
                        .param("token", token).param("formId", String.valueOf(formId))
                        .param("mentorId", String.valueOf(mentorId)).param("menteeIds", String.valueOf(person))
                        .param("startDate", people.today().plusDays(5).toString())
                        .param("plannedEnd", people.today().plusDays(150).toString()).param("goal", "Цель")
                        .param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(draft).contains("Нет согласия родителя или законного представителя для Несогласовой В.");
        assertThat(jdbc.queryForObject("select count(*) from mentoring_pair where create_token = ?::uuid",
                Integer.class, token)).isZero();
        // the nightly job then takes the student out of the base
        assertThat(registry.stopForExpiredConsent(person)).isTrue();
    }

    @Test
    void anAdultIsPairedOnlyWithTheirOwnConsentEvenInADraft() {
        long school = Fixtures.foreignMunicipalitySchool(schools, jdbc);
        long teacher = registry.create(school, PersonKind.TEACHER, Fixtures.person("Безсогласная", "Ада", null, null));
        registry.putInMentorBase(teacher, new SaveMentorEntry("История", 4, LocalDate.of(2025, 10, 1), "Курс"));
        long student = student(school, "Подопечный", null);
        long formId = pairing.formId(FormCodes.TEACHER_STUDENT).orElseThrow();
        PairCommand draft = new PairCommand(formId, null, teacher, Set.of(student), null, people.today().plusDays(3),
                people.today().plusDays(120), "История края");
        assertThatThrownBy(() -> pairing.register(school, SchoolKind.GENERAL, draft, false))
                .hasMessageContaining("pair.rule.ownConsent");
        // a consent someone else gave for an adult is not theirs
        registry.recordConsent(teacher, new RecordConsent(people.today().minusDays(1), ConsentGiver.REPRESENTATIVE,
                "Кто-то Другой", "2026-1"));
        assertThatThrownBy(() -> pairing.register(school, SchoolKind.GENERAL, draft, false))
                .hasMessageContaining("pair.rule.ownConsent");
        Fixtures.ownConsent(registry, teacher);
        assertThat(pairing.register(school, SchoolKind.GENERAL, draft, false)).isPositive();
    }

    @Test
    void aStudentBornIn1950InClass2IsTreatedAsAMinor() throws Exception {
        long school = Fixtures.school1(jdbc);
        SavePerson form = Fixtures.person("Староватый", "Лев", null, 2).withBirthDate(LocalDate.of(1950, 4, 12));
        long person = registry.create(school, PersonKind.STUDENT, form);
        // a minor's consent is given by a parent: their own is refused
        mvc.perform(post("/people/" + person + "/consents").with(csrf()).with(user(curator()))
                        .param("givenOn", people.today().toString()).param("givenBy", "SELF")
                        .param("textVersion", "2026-2").param("purpose", "Наставничество")
                        .param("dataCategories", "ФИО, класс"))
                .andExpect(flash().attribute("flashError", "consent.invalid"));
        assertThat(jdbc.queryForObject("select count(*) from consent where person_id = ?", Integer.class, person))
                .isZero();
        assertThat(people.participant(person, people.today()).orElseThrow().minor()).isTrue();
        // and without a consent the student does not enter a base
        String refused = mvc.perform(post("/people/" + person + "/mentee").with(csrf()).with(user(curator()))
                        .param("request", "Чтение").param("inBase", "true").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Нет согласия родителя или законного представителя");
        assertThat(jdbc.queryForObject("select count(*) from mentee_profile where person_id = ?", Integer.class,
                person)).isZero();
    }

    @Test
    void aWithdrawnPersonIsReadOnlyButTheExportStillWorksAndANewConsentResumes() throws Exception {
        long school = Fixtures.school1(jdbc);
        long person = registry.create(school, PersonKind.STUDENT, Fixtures.person("Неизменная", "Зоя", null, 7));
        long consent = registry.recordConsent(person, new RecordConsent(people.today().minusDays(10),
                ConsentGiver.REPRESENTATIVE, "Неизменная Ольга", "2026-1"));
        registry.revokeConsent(person, consent, "Заявление");
        Map<String, Object> before = jdbc.queryForMap("select p::text as row, p.version from person p where id = ?",
                person);

        String refused = mvc.perform(post("/people/" + person).with(csrf()).with(user(curator()))
                        .param("lastName", "Изменённая").param("firstName", "Зоя").param("grade", "8")
                        .param("version", before.get("version").toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("данные доступны только для чтения");
        mvc.perform(get("/people/" + person + "/edit").with(user(curator())))
                .andExpect(status().isFound()).andExpect(flash().attribute("flashError", "person.readOnly"));
        mvc.perform(get("/people/" + person + "/mentor").with(user(curator())))
                .andExpect(status().isFound()).andExpect(flash().attribute("flashError", "person.readOnly"));
        mvc.perform(post("/consents/" + consent + "/revoke").with(csrf()).with(user(curator())))
                .andExpect(status().isFound()).andExpect(flash().attribute("flashError", "person.readOnly"));
        long other = Fixtures.school2(jdbc);
        mvc.perform(post("/people/" + person + "/transfer").with(csrf())
                        .with(user(users.loadUserByUsername("department"))).param("toSchoolId", String.valueOf(other))
                        .param("version", before.get("version").toString()))
                .andExpect(status().isFound()).andExpect(flash().attribute("flashError", "person.readOnly"));
        assertThatThrownBy(() -> registry.setClass(person, 2026, 9, "А"))
                .isInstanceOf(ru.edu.mentoring.people.ProcessingStoppedException.class);
        assertThat(jdbc.queryForMap("select p::text as row, p.version from person p where id = ?", person))
                .isEqualTo(before);
        assertThat(jdbc.queryForObject("select grade from student_class where person_id = ?", Integer.class, person))
                .isEqualTo(7);

        // the subject's export still works
        mvc.perform(get("/people/" + person + "/export.xlsx").with(user(curator()))).andExpect(status().isOk());

        // a new consent in force lets the person be processed again
        mvc.perform(post("/people/" + person + "/consents").with(csrf()).with(user(curator()))
                        .param("givenOn", people.today().toString()).param("givenBy", "REPRESENTATIVE")
                        .param("representativeName", "Неизменная Ольга").param("textVersion", "2026-2")
                        .param("purpose", "Наставничество").param("dataCategories", "ФИО, класс"))
                .andExpect(flash().attribute("flashSuccess", "consent.recorded"));
        long version = jdbc.queryForObject("select version from person where id = ?", Long.class, person);
        mvc.perform(post("/people/" + person).with(csrf()).with(user(curator())).param("lastName", "Изменённая")
                        .param("firstName", "Зоя").param("grade", "8").param("version", String.valueOf(version)))
                .andExpect(status().isFound());
        assertThat(jdbc.queryForObject("select last_name from person where id = ?", String.class, person))
                .isEqualTo("Изменённая");
    }

    /** A student of the school with a parent's consent (given 60 days ago, to the date or open) in the mentee base. */
    private long student(long school, String lastName, LocalDate validUntil) {
        long id = registry.create(school, PersonKind.STUDENT, Fixtures.person(lastName, "Иван", null, 6));
        RecordConsent consent = new RecordConsent(people.today().minusDays(60), ConsentGiver.REPRESENTATIVE,
                lastName + "а Анна", "2026-1").withValidUntil(validUntil);
        registry.recordConsent(id, consent);
        registry.putInMenteeBase(id, new SaveMenteeEntry("Чтение", null));
        return id;
    }
}
