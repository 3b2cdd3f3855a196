package ru.edu.mentoring.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.people.FormCatalog;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 21, points 1 and 4, against the real database and the web layer: the rules of the bank (a curator never
 * touches another school's practice, a return needs a comment, only published practices are public, search and
 * filters of the catalogue), the public API for contests ({@code enterWinner}, {@code publishedOf}) and the
 * municipality's events on the public pages.
 */
class PracticesIntegrationTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Schools schools;
    @Autowired
    Accounts accounts;
    @Autowired
    Practices practices;
    @Autowired
    FormCatalog forms;
    @Autowired
    UserDetailsService users;

    PracticeWorld world;

    @BeforeEach
    void world() {
        world = PracticeWorld.create(schools, accounts);
    }

    private MockHttpServletResponse as(String username, AbstractMockHttpServletRequestBuilder<?> request)
            throws Exception {
        return result(username, request).getResponse();
    }

    private MvcResult result(String username, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(username)))).andReturn();
    }

    private Object flash(String username, AbstractMockHttpServletRequestBuilder<?> request, String name)
            throws Exception {
        MvcResult r = result(username, request);
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        return r.getFlashMap().get(name);
    }

    private MockHttpServletResponse anonymous(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private long formId(String name) {
        return forms.formNames().entrySet().stream().filter(e -> e.getValue().equals(name)).findFirst()
                .orElseThrow().getKey();
    }

    /** A practice of the world's school A written by its curator through the form; returns its id. */
    private long draft(String title, String description) throws Exception {
        MockHttpServletResponse r = as(world.curatorA, post("/schools/" + world.schoolA + "/practices")
                .param("title", title).param("formId", Long.toString(formId("учитель – учитель")))
                .param("roleModel", "опытный – молодой").param("periodStart", "2025-09-01")
                .param("periodEnd", "2026-05-31").param("description", description)
                .param("results", "Все остались в школе").param("publishConsent", "true"));
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(302);
        return Long.parseLong(r.getRedirectedUrl().replace("/practice-bank/", ""));
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from practice where id = ?", Long.class, id);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from practice where id = ?", String.class, id);
    }

    private void submit(long id) throws Exception {
        assertThat(as(world.curatorA, post("/practice-bank/" + id + "/submit").param("version",
                Long.toString(version(id)))).getStatus()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("SUBMITTED");
    }

    private void publish(long id) throws Exception {
        assertThat(as(world.methodologist, post("/practice-bank/" + id + "/approve").param("version",
                Long.toString(version(id)))).getStatus()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("APPROVED");
    }

    @Test
    void aCuratorNeverEditsAnotherSchoolsPractice() throws Exception {
        long id = draft("Школа молодого педагога " + world.tag, "Этапы и методы");
        long before = version(id);
        assertThat(as(world.curatorB, get("/practice-bank/" + id + "/edit")).getStatus()).isEqualTo(404);
        assertThat(as(world.curatorB, post("/practice-bank/" + id).param("title", "Чужая правка")
                .param("version", Long.toString(before))).getStatus()).isEqualTo(404);
        assertThat(as(world.curatorB, post("/practice-bank/" + id + "/submit").param("version",
                Long.toString(before))).getStatus()).isEqualTo(404);
        assertThat(as(world.curatorB, multipart("/practice-bank/" + id + "/files").file(new MockMultipartFile("file",
                "x.pdf", "application/pdf", "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII)))).getStatus())
                .isEqualTo(404);
        assertThat(as(world.curatorB, post("/schools/" + world.schoolA + "/practices").param("title", "Чужая"))
                .getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select title from practice where id = ?", String.class, id))
                .isEqualTo("Школа молодого педагога " + world.tag);
        assertThat(version(id)).isEqualTo(before);
        assertThat(status(id)).isEqualTo("DRAFT");
        // the methodologist moderates but never writes a school's passport
        assertThat(as(world.methodologist, post("/practice-bank/" + id).param("title", "Правка методиста")
                .param("version", Long.toString(before))).getStatus()).isEqualTo(403);
        // and the school's own curator does
        assertThat(as(world.curatorA, post("/practice-bank/" + id).param("title", "Школа молодого педагога 2 "
                + world.tag).param("description", "Этапы").param("publishConsent", "true")
                .param("version", Long.toString(before))).getStatus()).isEqualTo(302);
        assertThat(version(id)).isEqualTo(before + 1);
    }

    @Test
    void aReturnNeedsACommentAndTheCuratorSeesIt() throws Exception {
        long id = draft("Читаем вместе " + world.tag, "Совместное чтение");
        submit(id);
        MockHttpServletResponse refused = as(world.methodologist, post("/practice-bank/" + id + "/return")
                .param("version", Long.toString(version(id))).param("comment", "   "));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Чтобы вернуть практику на доработку, напишите комментарий.");
        assertThat(status(id)).isEqualTo("SUBMITTED");

        assertThat(as(world.methodologist, post("/practice-bank/" + id + "/return").param("version",
                Long.toString(version(id))).param("comment", "Добавьте данные мониторинга")).getStatus())
                .isEqualTo(302);
        assertThat(status(id)).isEqualTo("RETURNED");
        assertThat(as(world.curatorA, get("/practice-bank/" + id)).getContentAsString())
                .contains("Добавьте данные мониторинга");
        assertThat(jdbc.queryForObject("select count(*) from approval_transition where subject_kind = 'PRACTICE'"
                + " and subject_id = ? and to_status = 'RETURNED' and comment = 'Добавьте данные мониторинга'",
                Integer.class, id)).isEqualTo(1);
        // the curator hears of the return, the methodologist of the submission
        assertThat(jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = n.user_id"
                + " where u.username = ? and n.kind = 'PRACTICE_RETURNED'", Integer.class, world.curatorA))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = n.user_id"
                + " where u.username = ? and n.kind = 'PRACTICE_SUBMITTED'", Integer.class, world.methodologist))
                .isEqualTo(1);
    }

    @Test
    void submissionNeedsTheConsentToPublish() throws Exception {
        long id = draft("Без согласия " + world.tag, "Описание");
        assertThat(as(world.curatorA, post("/practice-bank/" + id).param("title", "Без согласия " + world.tag)
                .param("description", "Описание").param("version", Long.toString(version(id)))).getStatus())
                .isEqualTo(302);
        assertThat(flash(world.curatorA, post("/practice-bank/" + id + "/submit").param("version",
                Long.toString(version(id))), "flashError")).isEqualTo("practice.submit.noConsent");
        assertThat(status(id)).isEqualTo("DRAFT");
    }

    @Test
    void theUnpublishedAreNotPublic() throws Exception {
        long id = draft("Скрытая практика " + world.tag, "Описание скрытой практики");
        as(world.curatorA, multipart("/practice-bank/" + id + "/files").file(new MockMultipartFile("file",
                "plan.pdf", "application/pdf", "%PDF-1.4 plan".getBytes(StandardCharsets.US_ASCII))));
        long file = jdbc.queryForObject("select id from practice_file where practice_id = ?", Long.class, id);
        for (String state : new String[] {"DRAFT", "SUBMITTED", "RETURNED"}) {
            if (state.equals("SUBMITTED")) {
                submit(id);
            } else if (state.equals("RETURNED")) {
                as(world.methodologist, post("/practice-bank/" + id + "/return").param("version",
                        Long.toString(version(id))).param("comment", "Исправьте"));
                assertThat(status(id)).isEqualTo("RETURNED");
            }
            assertThat(anonymous(get("/practices/" + id)).getStatus()).as(state).isEqualTo(404);
            assertThat(anonymous(get("/practices/files/" + file)).getStatus()).as(state).isEqualTo(404);
            assertThat(anonymous(get("/practices").param("q", "Скрытая практика " + world.tag))
                    .getContentAsString()).as(state).doesNotContain("href=\"/practices/" + id + "\"")
                    .doesNotContain("data-testid=\"catalogue-item\"");
            assertThat(anonymous(get("/public/schools/" + world.schoolA)).getContentAsString()).as(state)
                    .doesNotContain("Скрытая практика");
        }
        // the working page is not for the public either
        assertThat(anonymous(get("/practice-bank/" + id)).getStatus()).isEqualTo(302);

        submit(id);
        publish(id);
        MockHttpServletResponse page = anonymous(get("/practices/" + id));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Скрытая практика " + world.tag).contains("plan.pdf")
                .doesNotContain("Исправьте");
        assertThat(anonymous(get("/practices/files/" + file)).getContentAsByteArray())
                .startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(anonymous(get("/public/schools/" + world.schoolA)).getContentAsString())
                .contains("Скрытая практика " + world.tag).contains("/practices/" + id);
    }

    @Test
    void theCatalogueSearchesAndFilters() throws Exception {
        long young = draft("Молодой педагог " + world.tag, "Взаимопосещение уроков и кейс-сессии");
        submit(young);
        publish(young);
        long reading = practices.enterWinner(world.schoolB, "Читательский марафон " + world.tag,
                "Чтение в парах старших и младших", "Лучшие практики наставничества", 2024);

        String byText = anonymous(get("/practices").param("q", "КЕЙС-СЕССИИ")).getContentAsString();
        assertThat(byText).contains("Молодой педагог " + world.tag).doesNotContain("Читательский марафон " + world.tag);
        String byTitle = anonymous(get("/practices").param("q", "марафон " + world.tag)).getContentAsString();
        assertThat(byTitle).contains("Читательский марафон " + world.tag).doesNotContain("Молодой педагог " + world.tag);
        // a percent sign is searched for, not a wildcard
        assertThat(anonymous(get("/practices").param("q", "%" + world.tag)).getContentAsString())
                .doesNotContain("Молодой педагог " + world.tag);

        String bySchool = anonymous(get("/practices").param("school", Long.toString(world.schoolB)))
                .getContentAsString();
        assertThat(bySchool).contains("Читательский марафон " + world.tag).doesNotContain("Молодой педагог " + world.tag);
        String byForm = anonymous(get("/practices").param("school", Long.toString(world.schoolA))
                .param("form", Long.toString(formId("учитель – учитель")))).getContentAsString();
        assertThat(byForm).contains("Молодой педагог " + world.tag);
        assertThat(anonymous(get("/practices").param("school", Long.toString(world.schoolA))
                .param("form", Long.toString(formId("ученик – ученик")))).getContentAsString())
                .doesNotContain("Молодой педагог " + world.tag);
        // the period 01.09.2025–31.05.2026 touches 2025 and 2026, not 2024; the winner without a period is of 2024
        assertThat(anonymous(get("/practices").param("school", Long.toString(world.schoolA)).param("year", "2026"))
                .getContentAsString()).contains("Молодой педагог " + world.tag);
        assertThat(anonymous(get("/practices").param("school", Long.toString(world.schoolA)).param("year", "2024"))
                .getContentAsString()).doesNotContain("Молодой педагог " + world.tag);
        assertThat(anonymous(get("/practices").param("school", Long.toString(world.schoolB)).param("year", "2024"))
                .getContentAsString()).contains("Читательский марафон " + world.tag);
        assertThat(anonymous(get("/practices").param("school", Long.toString(world.schoolB)).param("level",
                "MUNICIPAL")).getContentAsString()).contains("Читательский марафон " + world.tag);
        assertThat(anonymous(get("/practices").param("school", Long.toString(world.schoolA)).param("level",
                "MUNICIPAL")).getContentAsString()).doesNotContain("Молодой педагог " + world.tag);
        // a malformed filter is ignored, never a 500
        MockHttpServletResponse odd = anonymous(get("/practices").param("year", "двадцать").param("level", "X")
                .param("form", "1e9").param("page", "-3"));
        assertThat(odd.getStatus()).isEqualTo(200);
        assertThat(reading).isPositive();
    }

    @Test
    void theCataloguePages() throws Exception {
        for (int i = 0; i < PublicPracticeController.PAGE_SIZE + 2; i++) {
            practices.enterWinner(world.schoolA, "Практика " + i + " " + world.tag, null, "Конкурс", 2025);
        }
        String first = anonymous(get("/practices").param("school", Long.toString(world.schoolA)))
                .getContentAsString();
        assertThat(first.split("data-testid=\"catalogue-item\"", -1)).hasSize(PublicPracticeController.PAGE_SIZE + 1);
        String second = anonymous(get("/practices").param("school", Long.toString(world.schoolA)).param("page", "1"))
                .getContentAsString();
        assertThat(second.split("data-testid=\"catalogue-item\"", -1)).hasSize(3);
        assertThat(first).contains("school=" + world.schoolA + "&amp;page=1");
    }

    @Test
    void aContestWinnerEntersTheBankInOneStepAndIsOfferedToApplications() throws Exception {
        long id = practices.enterWinner(world.schoolA, "Наставник-проводник " + world.tag, "Кратко о практике",
                "Лучшие практики наставничества", 2026);
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(jdbc.queryForMap("select contest_title, contest_year, level, publish_consent, published_at"
                + " is not null as published from practice where id = ?", id))
                .containsEntry("contest_title", "Лучшие практики наставничества").containsEntry("contest_year", 2026)
                .containsEntry("level", "MUNICIPAL").containsEntry("publish_consent", true)
                .containsEntry("published", true);
        assertThat(jdbc.queryForObject("select count(*) from approval_transition where subject_kind = 'PRACTICE'"
                + " and subject_id = ? and to_status = 'APPROVED'", Integer.class, id)).isEqualTo(1);
        String page = anonymous(get("/practices/" + id)).getContentAsString();
        assertThat(page).contains("Наставник-проводник " + world.tag)
                .contains("Победитель конкурса «Лучшие практики наставничества» (2026)");

        long draft = draft("Ещё не опубликована " + world.tag, "Описание");
        assertThat(practices.publishedOf(world.schoolA)).extracting(PracticeChoice::id).contains(id)
                .doesNotContain(draft);
        assertThat(practices.publishedOf(world.schoolA)).filteredOn(c -> c.id() == id).singleElement()
                .satisfies(c -> {
                    assertThat(c.title()).isEqualTo("Наставник-проводник " + world.tag);
                    assertThat(c.year()).isEqualTo(2026);
                });
        assertThat(practices.publishedOf(world.schoolB)).extracting(PracticeChoice::id).doesNotContain(id);
    }

    @Test
    void eventsShowOnTheMunicipalPageAndThePracticePage() throws Exception {
        long id = practices.enterWinner(world.schoolA, "Открытые уроки " + world.tag, "Описание", "Конкурс", 2025);
        MockHttpServletResponse created = as(ru.edu.mentoring.support.OwnMunicipality.DEPARTMENT,
                post("/practice-events").param("title", "Августовский педсовет " + world.tag)
                        .param("kind", "TEACHERS_COUNCIL").param("eventDate", "2026-08-27")
                        .param("place", "ДК «Современник»").param("schoolIds", Long.toString(world.schoolA))
                        .param("schoolIds", Long.toString(world.schoolB)).param("practiceIds", Long.toString(id)));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);

        String municipal = anonymous(get("/public/municipalities/" + world.municipalityId)).getContentAsString();
        assertThat(municipal).contains("Августовский педсовет " + world.tag).contains("27.08.2026")
                .contains("ДК «Современник»").contains("/practices/" + id).contains(world.schoolAName);
        String practicePage = anonymous(get("/practices/" + id)).getContentAsString();
        assertThat(practicePage).contains("Августовский педсовет " + world.tag).contains("27.08.2026");

        // only the municipality's own schools and published practices can be named
        long draft = draft("Черновик " + world.tag, "Описание");
        MockHttpServletResponse refused = as(ru.edu.mentoring.support.OwnMunicipality.DEPARTMENT,
                post("/practice-events").param("title", "Семинар " + world.tag).param("kind", "SEMINAR")
                        .param("eventDate", "2026-11-20").param("practiceIds", Long.toString(draft)));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("Представить можно только опубликованные практики школ вашего муниципалитета.");
        assertThat(jdbc.queryForObject("select count(*) from practice_event where title = ?", Integer.class,
                "Семинар " + world.tag)).isZero();
        // a methodologist reads the events but keeps none
        assertThat(as(world.methodologist, get("/practice-events")).getContentAsString())
                .contains("Августовский педсовет " + world.tag);
        assertThat(as(world.methodologist, post("/practice-events").param("title", "Семинар " + world.tag)
                .param("kind", "SEMINAR").param("eventDate", "2026-11-20")).getStatus()).isEqualTo(403);
    }

    @Test
    void filesAreCheckedByTypeAndContent() throws Exception {
        long id = draft("Материалы " + world.tag, "Описание");
        assertThat(flash(world.curatorA, multipart("/practice-bank/" + id + "/files")
                .file(new MockMultipartFile("file", "virus.pdf", "application/pdf", "MZ not a pdf".getBytes(
                        StandardCharsets.US_ASCII))), "flashError")).isEqualTo("practice.file.content");
        assertThat(flash(world.curatorA, multipart("/practice-bank/" + id + "/files")
                .file(new MockMultipartFile("file", "run.exe", "application/octet-stream", new byte[] {1, 2})),
                "flashError")).isEqualTo("practice.file.type");
        assertThat(jdbc.queryForObject("select count(*) from practice_file where practice_id = ?", Integer.class, id))
                .isZero();
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        assertThat(flash(world.curatorA, multipart("/practice-bank/" + id + "/files")
                .file(new MockMultipartFile("file", "фото стенда.png", "image/png", png)), "flashSuccess"))
                .isEqualTo("practice.file.added");
        assertThat(jdbc.queryForObject("select file_name from practice_file where practice_id = ?", String.class, id))
                .isEqualTo("фото стенда.png");
    }
}
