package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.ExternalKind;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.people.ProcessingStoppedException;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.RulesViolatedException;
import ru.edu.mentoring.people.SaveMenteeEntry;
import ru.edu.mentoring.people.SaveMentorEntry;
import ru.edu.mentoring.people.Violation;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 19 point 5: the rules of consents and bases live in the people module's service and aggregates, one
 * implementation for every way in — the person page's forms, the service any module or job calls, and the import. Before,
 * the controller alone checked them, so the service saved a minor's own consent or a student mentor of six.
 */
class PeopleRulesInOnePlaceTest extends IntegrationTest {

    static final String CAPACITY = "Обучающийся-наставник может вести не более 5 наставляемых.";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PeopleRegistry registry;

    long school;
    String tag;

    @BeforeEach
    void setUp() {
        school = Fixtures.school1(jdbc);
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            t.append((char) ('а' + ThreadLocalRandom.current().nextInt(32)));
        }
        tag = t.toString();
    }

    UserDetails curator() {
        return users.loadUserByUsername("curator1");
    }

    long minor(String lastName) {
        return registry.create(school, PersonKind.STUDENT, Fixtures.person(lastName + tag, "Ия", null, 10)
                .withClass(10, "А").withExternalKey("П5-" + lastName + tag));
    }

    int consents(long person) {
        return jdbc.queryForObject("select count(*) from consent where person_id = ?", Integer.class, person);
    }

    static List<String> keys(RulesViolatedException e) {
        return e.violations().stream().map(Violation::key).toList();
    }

    @Test
    void theServiceRefusesAMinorsOwnConsentANamelessRepresentativeAndATermEndingBeforeItWasGiven() {
        long child = minor("Самосогласова");
        LocalDate given = LocalDate.of(2026, 9, 1);
        assertThatThrownBy(() -> registry.recordConsent(child, new RecordConsent(given, ConsentGiver.SELF, null,
                "2026-1"))).isInstanceOfSatisfying(RulesViolatedException.class,
                        e -> assertThat(keys(e)).containsExactly("consent.minorNeedsRepresentative"));
        assertThatThrownBy(() -> registry.recordConsent(child, new RecordConsent(given,
                ConsentGiver.REPRESENTATIVE, " ", "2026-1").withValidUntil(given.minusDays(1))))
                .isInstanceOfSatisfying(RulesViolatedException.class, e -> assertThat(keys(e))
                        .containsExactly("consent.representative.required", "consent.validUntil.beforeGiven"));
        assertThat(consents(child)).isZero();
        // the rule's other side: a parent's consent is recorded
        registry.recordConsent(child, new RecordConsent(given, ConsentGiver.REPRESENTATIVE, "Самосогласова Ольга",
                "2026-1"));
        assertThat(consents(child)).isOne();
    }

    @Test
    void theConsentFormShowsTheSameRulesAsFieldErrorsAndKeepsNothing() throws Exception {
        long child = minor("Формосогласова");
        MvcResult result = mvc.perform(post("/people/" + child + "/consents").with(csrf()).with(user(curator()))
                        .param("givenOn", "2026-09-01").param("givenBy", "SELF").param("textVersion", "2026-1")
                        .param("purpose", "Наставничество").param("dataCategories", "ФИО, класс")
                        .param("validUntil", "2026-08-01"))
                .andReturn();
        assertThat(result.getFlashMap().get("flashError")).isEqualTo("consent.invalid");
        BindingResult errors = (BindingResult) result.getFlashMap()
                .get("org.springframework.validation.BindingResult.consentForm");
        assertThat(errors.getFieldError("givenBy").getCode()).isEqualTo("consent.minorNeedsRepresentative");
        assertThat(errors.getFieldError("validUntil").getCode()).isEqualTo("consent.validUntil.beforeGiven");
        assertThat(consents(child)).isZero();
    }

    @Test
    void aMinorStudentMentorsAtMostFivePeopleInTheFormTheServiceAndTheImport() throws Exception {
        long child = minor("Наставникова");
        registry.recordConsent(child, new RecordConsent(LocalDate.of(2026, 9, 1), ConsentGiver.REPRESENTATIVE,
                "Наставникова Ольга", "2026-1"));

        // the service, whoever calls it
        assertThatThrownBy(() -> registry.putInMentorBase(child, new SaveMentorEntry("Алгебра", 6, null, null)))
                .isInstanceOfSatisfying(RulesViolatedException.class,
                        e -> assertThat(keys(e)).containsExactly("mentor.capacity.student"));

        // the mentor form: the field error in Russian, nothing saved
        MockHttpServletResponse form = mvc.perform(post("/people/" + child + "/mentor").with(csrf())
                        .with(user(curator())).param("competences", "Алгебра").param("capacity", "6")
                        .param("inBase", "true").param("version", "0"))
                .andReturn().getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString(StandardCharsets.UTF_8)).contains(CAPACITY);

        // the import: the same rule, under its column
        String csv = "Категория;Фамилия;Имя;Идентификатор;Класс;Наставник;Нагрузка\n"
                + "обучающийся;Наставникова" + tag + ";Ия;П5-Наставникова" + tag + ";10А;да;6\n";
        long run = ru.edu.mentoring.support.ImportSteps.run(mvc, school, user(curator()), "mentors.csv",
                csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(jdbc.queryForObject("select status from import_run where id = ?", String.class, run))
                .isEqualTo("REJECTED");
        String report = mvc.perform(get("/schools/" + school + "/import/report.csv").param("run", String.valueOf(run))
                        .with(user(curator()))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("2;Нагрузка;" + CAPACITY);
        assertThat(jdbc.queryForObject("select count(*) from mentor_profile where person_id = ?", Integer.class,
                child)).isZero();

        // five is allowed, by the service as by the form
        registry.putInMentorBase(child, new SaveMentorEntry("Алгебра", 5, null, null));
        assertThat(jdbc.queryForObject("select capacity from mentor_profile where person_id = ?", Integer.class,
                child)).isEqualTo(5);
    }

    @Test
    void theServiceKeepsAnExternalPersonOutOfTheMenteeBase() {
        long external = registry.create(school, PersonKind.EXTERNAL, Fixtures.person("Внешнева" + tag, "Ия", null,
                null).withExternal(ExternalKind.GRADUATE, null));
        Fixtures.ownConsent(registry, external);
        assertThatThrownBy(() -> registry.putInMenteeBase(external, new SaveMenteeEntry("Профориентация", null)))
                .isInstanceOfSatisfying(RulesViolatedException.class,
                        e -> assertThat(keys(e)).containsExactly("mentee.external"));
        assertThatThrownBy(() -> registry.putInMenteeBase(minorWithConsent("Формочкина"),
                new SaveMenteeEntry("Чтение", -1L))).isInstanceOfSatisfying(RulesViolatedException.class,
                        e -> assertThat(keys(e)).containsExactly("mentee.wantedForm.invalid"));
        assertThat(jdbc.queryForObject("select count(*) from mentee_profile where person_id = ?", Integer.class,
                external)).isZero();
    }

    long minorWithConsent(String lastName) {
        long child = minor(lastName);
        registry.recordConsent(child, new RecordConsent(LocalDate.of(2026, 9, 1), ConsentGiver.REPRESENTATIVE,
                lastName + " Ольга", "2026-1"));
        return child;
    }

    @Test
    void aWithdrawalIsRefusedByTheServiceForAReasonTooLongAndOnceProcessingStopped() throws Exception {
        long child = minor("Отзывчикова");
        LocalDate given = LocalDate.of(2026, 9, 1);
        long first = registry.recordConsent(child, new RecordConsent(given, ConsentGiver.REPRESENTATIVE,
                "Отзывчикова Ольга", "2026-1"));
        long second = registry.recordConsent(child, new RecordConsent(given, ConsentGiver.REPRESENTATIVE,
                "Отзывчиков Олег", "2026-1"));
        assertThatThrownBy(() -> registry.revokeConsent(child, first, "Заявление ".repeat(101)))
                .isInstanceOfSatisfying(RulesViolatedException.class,
                        e -> assertThat(keys(e)).containsExactly("consent.revokedReason.tooLong"));
        assertThat(jdbc.queryForObject("select revoked_on from consent where id = ?", LocalDate.class, first))
                .isNull();
        // the page says so in Russian
        MvcResult page = mvc.perform(post("/consents/" + first + "/revoke").with(csrf()).with(user(curator()))
                .param("reason", "Заявление ".repeat(101))).andReturn();
        assertThat(page.getFlashMap().get("flashError")).isEqualTo("consent.revokedReason.tooLong");

        assertThat(registry.revokeConsent(child, first, "Заявление")).isFalse();
        assertThat(registry.revokeConsent(child, second, "Заявление")).isTrue();
        // processing stopped: nothing in force is left to withdraw, whoever asks (before, the service answered
        // «nothing stopped» and the page alone refused)
        assertThatThrownBy(() -> registry.revokeConsent(child, second, "Заявление"))
                .isInstanceOf(ProcessingStoppedException.class);
        MvcResult refused = mvc.perform(post("/consents/" + second + "/revoke").with(csrf()).with(user(curator()))
                .param("reason", "Заявление")).andReturn();
        assertThat(refused.getFlashMap().get("flashError")).isEqualTo("person.readOnly");
    }
}
