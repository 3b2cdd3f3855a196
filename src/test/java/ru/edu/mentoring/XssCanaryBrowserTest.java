package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * A stored-XSS canary in free-text fields (school address, mentee request, pair goal, news, roadmap measure), opened in
 * a real browser where it is shown: the text appears as text and no script runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssCanaryBrowserTest extends IntegrationTest {

    static final String CANARY = "<script>window.xssFired=1</script><img src=x onerror=\"window.xssFired=1\">"
            + "\"'><svg onload=window.xssFired=1>";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = Browser.start(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aStoredCanaryIsShownAsTextAndNeverRuns() {
        long school = Fixtures.schoolId(jdbc, "МАОУ СОШ № 2");
        // the demo texts are restored afterwards, so other tests see the school as it was
        List<java.util.Map<String, Object>> news = jdbc.queryForList("select id, body from school_news where school_id = ?",
                school);
        String address = jdbc.queryForObject("select address from school where id = ?", String.class, school);
        List<java.util.Map<String, Object>> requests = jdbc.queryForList(
                "select person_id, request from mentee_profile where school_id = ?", school);
        List<java.util.Map<String, Object>> goals = jdbc.queryForList(
                "select id, goal from mentoring_pair where school_id = ?", school);
        List<java.util.Map<String, Object>> measures = jdbc.queryForList("select m.id, m.title from roadmap_measure m"
                + " join roadmap r on r.id = m.roadmap_id where r.school_id = ?", school);
        try {
            plantAndCheck(school);
        } finally {
            jdbc.update("update school set address = ? where id = ?", address, school);
            requests.forEach(r -> jdbc.update("update mentee_profile set request = ? where person_id = ?",
                    r.get("request"), r.get("person_id")));
            goals.forEach(g -> jdbc.update("update mentoring_pair set goal = ? where id = ?", g.get("goal"), g.get("id")));
            measures.forEach(m -> jdbc.update("update roadmap_measure set title = ? where id = ?", m.get("title"),
                    m.get("id")));
            news.forEach(n -> jdbc.update("update school_news set body = ? where id = ?", n.get("body"), n.get("id")));
        }
    }

    private void plantAndCheck(long school) {
        jdbc.update("update school set address = ? where id = ?", "Адрес " + CANARY, school);
        // a mentee the base lists: in the base, processing not stopped (other tests withdraw consents at this school)
        long mentee = jdbc.queryForObject("select min(m.person_id) from mentee_profile m join person p on p.id ="
                + " m.person_id where m.school_id = ? and m.in_base and p.processing_stopped_on is null", Long.class,
                school);
        jdbc.update("update mentee_profile set request = ? where person_id = ?", "Запрос " + CANARY, mentee);
        long pair = jdbc.queryForObject("select min(id) from mentoring_pair where school_id = ?", Long.class, school);
        jdbc.update("update mentoring_pair set goal = ? where id = ?", "Цель " + CANARY, pair);
        jdbc.update("update school_news set body = ? where school_id = ?", "Новость " + CANARY, school);
        jdbc.update("update roadmap_measure set title = ? where id = (select min(m.id) from roadmap_measure m"
                + " join roadmap r on r.id = m.roadmap_id where r.school_id = ?)", "Мероприятие " + CANARY, school);

        // the mentee base is paged: search for the mentee by surname so that their row is on the page
        String surname = jdbc.queryForObject("select last_name from person where id = ?", String.class, mentee);
        List<String> pages = List.of("/schools/" + school, "/schools/" + school + "/mentees?q="
                        + java.net.URLEncoder.encode(surname, java.nio.charset.StandardCharsets.UTF_8),
                "/people/" + mentee,
                "/pairs/" + pair, "/public/schools/" + school);
        browser.login("methodologist", "demo");
        for (String page : pages) {
            assertCanaryInert(page);
        }
        browser.driver().manage().deleteAllCookies();
        assertCanaryInert("/public/schools/" + school);
    }

    private void assertCanaryInert(String page) {
        browser.open(page);
        Object fired = ((JavascriptExecutor) browser.driver()).executeScript("return window.xssFired === 1;");
        assertThat(fired).as("script ran on " + page).isEqualTo(false);
        assertThat(browser.text()).as("canary shown as text on " + page).contains("<script>window.xssFired=1</script>");
    }
}
