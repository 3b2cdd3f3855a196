package ru.edu.mentoring.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 21 point 5: a mentor's consent to the publication of their name, recorded and withdrawn by the school's curator
 * on the person page; the public results of a contest name the mentor only while it is in force, and a withdrawal
 * hides the name at the next request. Only an adult of the mentor base may have one.
 */
class NamePublicationTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    NamePublications publications;

    @Autowired
    People people;

    MockHttpServletResponse as(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(username)))).andReturn()
                .getResponse();
    }

    @Autowired
    org.springframework.context.MessageSource messages;

    /** The curator of school 1 posts; the key of the refusal the page shows after the redirect. */
    Object flashError(MockHttpServletRequestBuilder request) throws Exception {
        var result = mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername("curator1"))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        return result.getFlashMap().get("flashError");
    }

    String publicPage(long contest) throws Exception {
        return mvc.perform(get("/public/contests/" + contest)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** An adult of school 1's mentor base without any consent to publication yet. */
    long adultMentorWithoutConsent() {
        return jdbc.queryForObject("select min(p.id) from person p join mentor_profile m on m.person_id = p.id"
                + " where p.school_id = ? and p.kind = 'TEACHER' and p.anonymised_on is null"
                + " and p.processing_stopped_on is null"
                + " and not exists (select 1 from name_publication n where n.person_id = p.id)", Long.class,
                Fixtures.school1(jdbc));
    }

    @Test
    void theDemoWinnerIsNamedOnlyWhileHerConsentIsInForceAndAWithdrawalHidesTheNameAtOnce() throws Exception {
        long contest = jdbc.queryForObject("select min(c.id) from contest c join municipality m on m.id ="
                + " c.municipality_id where c.title = 'Лучший педагог-наставник' and c.phase = 'RESULTS'"
                + " and m.name = 'Городской округ Первоуральск'", Long.class);
        long winner = jdbc.queryForObject("select a.mentor_person_id from contest_application a join school s on"
                + " s.id = a.school_id where a.contest_id = ? and s.short_name = 'МАОУ СОШ № 1'", Long.class, contest);
        String lastName = jdbc.queryForObject("select last_name from person where id = ?", String.class, winner);
        assertThat(publications.publishable(winner)).as("demo consent").isTrue();
        assertThat(publicPage(contest)).contains(lastName).doesNotContain("наставник (МАОУ СОШ № 1)");
        long version = publications.of(winner).orElseThrow().getVersion();

        // the person page shows the consent with its withdrawal button (a confirmation first)
        String page = as("curator1", get("/people/" + winner)).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Согласие на публикацию ФИО", "ФИО публикуется", "data-testid=\"withdraw-name-publication\"",
                "Отозвать согласие на публикацию ФИО? Имя наставника сразу исчезнет с публичных страниц.");

        try {
            MockHttpServletResponse withdrawn = as("curator1", post("/people/" + winner
                    + "/name-publication/withdraw").param("version", String.valueOf(version)));
            assertThat(withdrawn.getStatus()).isEqualTo(302);
            assertThat(jdbc.queryForObject("select withdrawn_on from name_publication where person_id = ?",
                    LocalDate.class, winner)).isEqualTo(people.today());
            assertThat(publicPage(contest)).as("hidden at the next request").doesNotContain(lastName)
                    .contains("наставник (МАОУ СОШ № 1)");
            assertThat(as("curator1", get("/people/" + winner)).getContentAsString(StandardCharsets.UTF_8))
                    .contains("ФИО не публикуется", "отозвано");
        } finally {
            // recorded anew: the demo state other tests expect
            long current = publications.of(winner).orElseThrow().getVersion();
            MockHttpServletResponse again = as("curator1", post("/people/" + winner + "/name-publication")
                    .param("publishedFrom", people.today().minusDays(1).toString())
                    .param("version", String.valueOf(current)));
            assertThat(again.getStatus()).isEqualTo(302);
        }
        assertThat(publicPage(contest)).as("named again").contains(lastName);
    }

    @Test
    void theCuratorRecordsAConsentWithItsDatesAndAnEndedOneIsNotInForce() throws Exception {
        long mentor = adultMentorWithoutConsent();
        assertThat(publications.publishable(mentor)).isFalse();
        MockHttpServletResponse recorded = as("curator1", post("/people/" + mentor + "/name-publication")
                .param("publishedFrom", people.today().minusDays(10).toString())
                .param("publishedUntil", people.today().minusDays(1).toString()));
        assertThat(recorded.getStatus()).isEqualTo(302);
        NamePublication p = publications.of(mentor).orElseThrow();
        assertThat(p.getGivenOn()).isEqualTo(people.today().minusDays(10));
        assertThat(publications.publishable(mentor)).as("ended yesterday").isFalse();
        MockHttpServletResponse renewed = as("curator1", post("/people/" + mentor + "/name-publication")
                .param("publishedFrom", people.today().toString())
                .param("version", String.valueOf(p.getVersion())));
        assertThat(renewed.getStatus()).isEqualTo(302);
        assertThat(publications.publishable(mentor)).isTrue();
        // the audit trail names the change
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity = 'NamePublication'"
                + " and entity_id = ?", Integer.class, String.valueOf(publications.of(mentor).orElseThrow().getId())))
                .isGreaterThanOrEqualTo(2);
        // withdrawn again: the rows other tests look for stay as they were
        as("curator1", post("/people/" + mentor + "/name-publication/withdraw")
                .param("version", String.valueOf(publications.of(mentor).orElseThrow().getVersion())));
        assertThat(publications.publishable(mentor)).isFalse();
    }

    @Test
    void aStaleFormIsShownAgainWithTheUsersDatesAndTheConflictNotice() throws Exception {
        long winner = jdbc.queryForObject("select min(person_id) from name_publication n join person p on p.id ="
                + " n.person_id where p.school_id = ? and n.withdrawn_on is null", Long.class,
                Fixtures.school1(jdbc));
        long version = publications.of(winner).orElseThrow().getVersion();
        LocalDate given = publications.of(winner).orElseThrow().getGivenOn();
        MockHttpServletResponse stale = as("curator1", post("/people/" + winner + "/name-publication")
                .param("publishedFrom", "2020-01-15").param("version", String.valueOf(version + 7)));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString(StandardCharsets.UTF_8)).contains("data-testid=\"conflict\"",
                "value=\"2020-01-15\"", "name=\"version\" value=\"" + version + "\"");
        assertThat(publications.of(winner).orElseThrow().getGivenOn()).isEqualTo(given);
        MockHttpServletResponse staleWithdrawal = as("curator1", post("/people/" + winner
                + "/name-publication/withdraw").param("version", String.valueOf(version + 7)));
        assertThat(staleWithdrawal.getStatus()).isEqualTo(409);
        assertThat(publications.publishable(winner)).isTrue();
    }

    @Test
    void aChildOrSomeoneOutsideTheMentorBaseCannotHaveTheConsentAndTheRefusalIsInRussian() throws Exception {
        long school = Fixtures.school1(jdbc);
        long child = jdbc.queryForObject("select min(id) from person where school_id = ? and kind = 'STUDENT'"
                + " and (birth_date is null or birth_date > current_date - 3650) and anonymised_on is null"
                + " and processing_stopped_on is null", Long.class, school);
        assertThat(flashError(post("/people/" + child + "/name-publication")
                .param("publishedFrom", people.today().toString()))).isEqualTo("namePublication.minor");
        assertThat(messages.getMessage("namePublication.minor", null, java.util.Locale.forLanguageTag("ru")))
                .isEqualTo("ФИО несовершеннолетнего не публикуется: согласие на публикацию не записывается.");
        assertThat(as("curator1", get("/people/" + child)).getContentAsString(StandardCharsets.UTF_8))
                .as("no form for a child").doesNotContain("name-publication-form");
        assertThat(publications.recorded(child)).isFalse();
        // the service refuses too, whatever the caller
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> publications.record(child, people.today(), null,
                null)).isInstanceOf(RulesViolatedException.class);
        assertThat(publications.publishable(child)).isFalse();

        Long outside = jdbc.queryForObject("select min(p.id) from person p where p.school_id = ? and p.kind ="
                + " 'TEACHER' and p.anonymised_on is null and p.processing_stopped_on is null and not exists"
                + " (select 1 from mentor_profile m where m.person_id = p.id)", Long.class, school);
        if (outside != null) {
            assertThat(flashError(post("/people/" + outside + "/name-publication")
                    .param("publishedFrom", people.today().toString()))).isEqualTo("namePublication.notMentor");
            assertThat(publications.recorded(outside)).isFalse();
        }
        long mentor = adultMentorWithoutConsent();
        MockHttpServletResponse backwards = as("curator1", post("/people/" + mentor + "/name-publication")
                .param("publishedFrom", people.today().toString())
                .param("publishedUntil", people.today().minusDays(5).toString()));
        assertThat(backwards.getStatus()).isEqualTo(200);
        assertThat(backwards.getContentAsString(StandardCharsets.UTF_8)).contains(
                "Согласие на публикацию не записано: исправьте отмеченные поля.", "is-invalid");
        assertThat(publications.recorded(mentor)).isFalse();
        MockHttpServletResponse future = as("curator1", post("/people/" + mentor + "/name-publication")
                .param("publishedFrom", people.today().plusDays(5).toString()));
        assertThat(future.getStatus()).isEqualTo(200);
        assertThat(future.getContentAsString(StandardCharsets.UTF_8)).contains(messages.getMessage(
                "consent.givenOn.future", null, java.util.Locale.forLanguageTag("ru")));
        assertThat(publications.recorded(mentor)).isFalse();
    }

    @Test
    void onlyTheSchoolsCuratorRecordsOrWithdraws() throws Exception {
        long winner = jdbc.queryForObject("select min(person_id) from name_publication n join person p on p.id ="
                + " n.person_id where p.school_id = ? and n.withdrawn_on is null", Long.class,
                Fixtures.school1(jdbc));
        long version = publications.of(winner).orElseThrow().getVersion();
        assertThat(as("curator2", post("/people/" + winner + "/name-publication/withdraw")
                .param("version", String.valueOf(version))).getStatus()).isEqualTo(404);
        assertThat(as("department", post("/people/" + winner + "/name-publication/withdraw")
                .param("version", String.valueOf(version))).getStatus()).isEqualTo(403);
        assertThat(publications.publishable(winner)).isTrue();
    }
}
