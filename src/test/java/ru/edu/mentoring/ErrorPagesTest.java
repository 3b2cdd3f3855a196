package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/** Error pages through the real server: Russian, with the layout, and no technical detail. */
class ErrorPagesTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    static void assertNoTechnicalDetail(String html) {
        assertThat(html).doesNotContain("Exception", "at ru.edu", "at org.", "Whitelabel", "trace");
    }

    @Test
    void curatorAskingForAnAdministratorPageGetsARussian403() {
        HttpResponse<String> page = HttpSession.loggedIn(port, "curator1", "demo").get("/admin/users");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Доступ запрещён", "Наставничество");
        assertNoTechnicalDetail(page.body());
    }

    @Test
    void curatorAskingForAnotherSchoolGetsARussian404ThatRevealsNothing() {
        HttpResponse<String> page = HttpSession.loggedIn(port, "curator1", "demo")
                .get("/schools/" + Fixtures.school2(jdbc));
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Страница не найдена").doesNotContain("МАОУ СОШ № 2");
        assertNoTechnicalDetail(page.body());
    }

    @Test
    void unknownAddressAndMalformedIdAnswerRussian404() {
        HttpSession session = HttpSession.loggedIn(port, "department", "demo");
        for (String path : new String[] {"/no-such-page", "/schools/abc", "/schools/99999999999999999999"}) {
            HttpResponse<String> page = session.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Страница не найдена");
            assertNoTechnicalDetail(page.body());
        }
    }

    @Test
    void everyHtmlResponseErrorPagesIncludedCarriesTheSecurityHeaders() {
        HttpSession anonymous = new HttpSession(port);
        HttpSession curator = HttpSession.loggedIn(port, "curator1", "demo");
        for (HttpResponse<String> page : java.util.List.of(anonymous.get("/login"), curator.get("/"),
                curator.get("/no-such-page"), curator.get("/admin/users"),
                curator.get("/schools/" + Fixtures.school2(jdbc)))) {
            var h = page.headers();
            String what = page.uri() + " " + page.statusCode();
            assertThat(h.firstValue("Content-Security-Policy").orElse("")).as(what)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "script-src 'self'")
                    .doesNotContain("unsafe-inline", "http:", "https:");
            assertThat(h.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(h.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
            assertThat(h.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
            assertThat(h.firstValue("Cache-Control").orElse("")).as(what).contains("no-store");
        }
    }

    @Test
    void aStaleSaveShowsTheConflictAndKeepsTheInput() {
        HttpSession session = HttpSession.loggedIn(port, "department", "demo");
        long school = Fixtures.schoolId(jdbc, "МАОУ СОШ № 7");
        String form = session.get("/schools/" + school + "/edit").body();
        long version = jdbc.queryForObject("select version from school where id = ?", Long.class, school);
        jdbc.update("update school set version = version + 1 where id = ?", school);
        HttpResponse<String> result = session.post("/schools/" + school,
                "_csrf=" + HttpSession.enc(HttpSession.csrf(form)) + "&version=" + version
                        + "&fullName=" + HttpSession.enc("Моё новое полное наименование") + "&shortName="
                        + HttpSession.enc("МАОУ СОШ № 7") + "&kind=GENERAL");
        assertThat(result.statusCode()).isEqualTo(409);
        assertThat(result.body()).contains("Запись изменилась", "Моё новое полное наименование");
        assertThat(StaleVersionFormsTest.versions(result.body())).as("the current version").containsOnly(version + 1);
        assertThat(jdbc.queryForObject("select full_name from school where id = ?", String.class, school))
                .doesNotContain("Моё новое");
    }

    @Test
    void aBadSiteAddressIsRefusedWithARussianMessageAndNothingSaved() {
        HttpSession session = HttpSession.loggedIn(port, "department", "demo");
        long school = Fixtures.schoolId(jdbc, "МАОУ СОШ № 10");
        String form = session.get("/schools/" + school + "/edit").body();
        long version = jdbc.queryForObject("select version from school where id = ?", Long.class, school);
        HttpResponse<String> result = session.post("/schools/" + school,
                "_csrf=" + HttpSession.enc(HttpSession.csrf(form)) + "&version=" + version
                        + "&fullName=" + HttpSession.enc("Муниципальное автономное общеобразовательное учреждение"
                        + " «Средняя общеобразовательная школа № 10»") + "&shortName="
                        + HttpSession.enc("МАОУ СОШ № 10") + "&kind=GENERAL&site=" + HttpSession.enc("javascript:x"));
        assertThat(result.statusCode()).as("a bad site is refused with a message").isEqualTo(200);
        assertThat(result.body()).contains("http:// или https://");
    }
}
