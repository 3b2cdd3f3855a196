package ru.edu.mentoring.roadmaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import ru.edu.mentoring.accounts.AccountPrincipal;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The approval workflow through the real server, on a roadmap of МАОУ «Лицей № 21» that belongs to this test alone
 * (its own curator): stale approval, return without and with a comment, notifications, the approved revision kept
 * after a new draft, its PDF.
 */
class RoadmapWorkflowTest extends IntegrationTest {

    static final String SCHOOL = "МАОУ «Лицей № 21»";
    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Roadmaps roadmaps;

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService users;

    long school;
    long roadmap;
    CurrentUser curator;

    @BeforeEach
    void aSubmittedRoadmapOfTheLyceum() {
        school = Fixtures.schoolId(jdbc, SCHOOL);
        synchronized (RoadmapWorkflowTest.class) {
            if (!accounts.usernameTaken("curator.lyceum")) {
                long id = accounts.create(new Accounts.NewAccount("curator.lyceum", "demo", "Соловьёва Ирина Олеговна",
                        null, Set.of(Role.CURATOR), null, Set.of()));
                schools.appointCurator(school, id, "12-о", LocalDate.of(2025, 9, 10));
            }
        }
        curator = ((AccountPrincipal) users.loadUserByUsername("curator.lyceum")).getUser();
        roadmap = roadmaps.roadmapOfSchool(school).orElseGet(() -> roadmaps.createWithMeasures(
                schools.summariesOf(List.of(school)).get(0), List.of(
                        new MeasureData("1", "Издание приказа о внедрении целевой модели наставничества",
                                "до 01.10.2025", LocalDate.of(2025, 10, 1), "Директор", "Приказ"))));
        String status = status();
        if (status.equals("APPROVED")) {
            roadmaps.startNewDraft(curator, roadmap, roadmaps.currentVersion(roadmap));
            status = status();
        }
        if (!status.equals("SUBMITTED")) {
            roadmaps.submit(curator, roadmap, roadmaps.currentVersion(roadmap));
        }
    }

    private String status() {
        return jdbc.queryForObject("select status from roadmap where id = ?", String.class, roadmap);
    }

    private static long version(String html) {
        Matcher m = VERSION.matcher(html);
        assertThat(m.find()).as("a version field on the page").isTrue();
        return Long.parseLong(m.group(1));
    }

    private HttpResponse<String> decide(HttpSession session, String action, long version, String comment) {
        String page = session.get("/roadmaps/" + roadmap).body();
        return session.post("/roadmaps/" + roadmap + "/" + action, "_csrf=" + HttpSession.enc(HttpSession.csrf(page))
                + "&version=" + version + "&comment=" + HttpSession.enc(comment));
    }

    @Test
    void approvingAVersionThatChangedSinceItWasOpenedIsRefusedWithARussianMessage() {
        HttpSession department = HttpSession.loggedIn(port, "department", "demo");
        long opened = version(department.get("/roadmaps/" + roadmap).body());
        jdbc.update("update roadmap set version = version + 1 where id = ?", roadmap);
        HttpResponse<String> result = decide(department, "approve", opened, "Согласовано без замечаний");
        assertThat(result.statusCode()).isEqualTo(409);
        assertThat(result.body()).contains("изменилась с тех пор, как вы её открыли", "Согласовано без замечаний");
        assertThat(status()).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("select count(*) from roadmap_revision where roadmap_id = ?", Long.class,
                roadmap)).isZero();
    }

    @Test
    void returningWithoutACommentIsRefusedAndWithOneTheCuratorIsNotified() {
        HttpSession department = HttpSession.loggedIn(port, "department", "demo");
        long version = version(department.get("/roadmaps/" + roadmap).body());
        HttpResponse<String> refused = decide(department, "return", version, "   ");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Укажите в комментарии, что нужно исправить");
        assertThat(status()).isEqualTo("SUBMITTED");

        HttpResponse<String> returned = decide(department, "return", version, "Добавьте мероприятия по обучению");
        assertThat(returned.statusCode()).isEqualTo(302);
        assertThat(status()).isEqualTo("RETURNED");
        assertThat(jdbc.queryForList("select comment from notification where user_id = ? and kind = 'ROADMAP_RETURNED'",
                String.class, curator.id())).contains("Добавьте мероприятия по обучению");
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and school_id = ?"
                + " and kind = 'ROADMAP_SUBMITTED'", Long.class, Fixtures.userId(jdbc, "department"), school))
                .as("the department heard of the submission").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and school_id = ?",
                Long.class, Fixtures.userId(jdbc, "methodologist"), school)).as("methodologists are not told")
                .isZero();
        String history = HttpSession.loggedIn(port, "curator.lyceum", "demo").get("/roadmaps/" + roadmap).body();
        assertThat(history).contains("Добавьте мероприятия по обучению", "На согласовании → Возвращена на доработку");
    }

    @Test
    void theApprovedRevisionStaysReadableAfterANewDraftAndPrintsAsPdf() throws Exception {
        HttpSession department = HttpSession.loggedIn(port, "department", "demo");
        long version = version(department.get("/roadmaps/" + roadmap).body());
        assertThat(decide(department, "approve", version, "").statusCode()).isEqualTo(302);
        assertThat(status()).isEqualTo("APPROVED");
        int revision = jdbc.queryForObject("select max(number) from roadmap_revision where roadmap_id = ?",
                Integer.class, roadmap);

        HttpSession curatorSession = HttpSession.loggedIn(port, "curator.lyceum", "demo");
        String page = curatorSession.get("/roadmaps/" + roadmap).body();
        assertThat(curatorSession.post("/roadmaps/" + roadmap + "/reopen", "_csrf="
                + HttpSession.enc(HttpSession.csrf(page)) + "&version=" + version(page)).statusCode()).isEqualTo(302);
        assertThat(status()).isEqualTo("DRAFT");
        page = curatorSession.get("/roadmaps/" + roadmap + "/measures/new").body();
        assertThat(curatorSession.post("/roadmaps/" + roadmap + "/measures", "_csrf="
                + HttpSession.enc(HttpSession.csrf(page)) + "&version=" + version(page) + "&number=99&title="
                + HttpSession.enc("Новое мероприятие черновика")).statusCode()).isEqualTo(302);

        String approved = department.get("/roadmaps/" + roadmap + "/approved").body();
        assertThat(approved).contains("Издание приказа о внедрении целевой модели наставничества",
                "Редакция № " + revision).doesNotContain("Новое мероприятие черновика");
        HttpResponse<String> draft = department.get("/roadmaps/" + roadmap);
        assertThat(draft.body()).contains("Новое мероприятие черновика", "Черновик");

        HttpResponse<byte[]> download = department.getBytes("/roadmaps/" + roadmap + "/approved.pdf");
        assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
        byte[] pdf = download.body();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Издание приказа", SCHOOL.substring(5))
                    .doesNotContain("Новое мероприятие черновика");
        }
    }

    @Test
    void aCuratorCannotDecideAndADepartmentCannotSubmit() {
        HttpSession curatorSession = HttpSession.loggedIn(port, "curator.lyceum", "demo");
        long version = roadmaps.currentVersion(roadmap);
        assertThat(decide(curatorSession, "approve", version, "").statusCode()).isEqualTo(403);
        HttpSession department = HttpSession.loggedIn(port, "department", "demo");
        String page = department.get("/roadmaps/" + roadmap).body();
        assertThat(department.post("/roadmaps/" + roadmap + "/submit", "_csrf="
                + HttpSession.enc(HttpSession.csrf(page)) + "&version=" + version(page)).statusCode()).isEqualTo(403);
        assertThat(status()).isEqualTo("SUBMITTED");
    }
}
