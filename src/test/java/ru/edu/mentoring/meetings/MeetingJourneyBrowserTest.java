package ru.edu.mentoring.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 20, point 3, in a real browser on a phone's screen (360 × 740): a curator runs a pair from the
 * getting-acquainted meeting to the final meeting with the short form's defaults, and the pair shows completed. The
 * form fits the width (no horizontal scrolling) and its choices are large touch targets; screenshots are kept in
 * {@code target/meetings-360-*.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingJourneyBrowserTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Schools schools;
    @Autowired
    Accounts accounts;
    @Autowired
    PeopleRegistry registry;
    @Autowired
    People people;
    @Autowired
    PairingService pairing;

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

    WebDriver driver() {
        return browser.driver();
    }

    Object js(String script, Object... args) {
        return browser.js(script, args);
    }

    void clickAndWait(By target) {
        browser.clickAndWait(target);
    }

    void screenshot(String name) throws Exception {
        browser.screenshot("meetings-360-" + name);
    }

    void record(LocalDate on, String typeValue, String outcome) {
        browser.recordMeeting(on, typeValue, outcome);
    }

    @Test
    void aCuratorRunsAPairFromTheFirstToTheFinalMeetingOnAPhone() throws Exception {
        LocalDate today = people.today();
        MeetingWorld world = MeetingWorld.create(schools, accounts, registry, pairing, jdbc);
        long pair = world.pair(today, 60);
        driver().manage().window().setSize(new Dimension(360, 740));
        browser.login(world.curator, "demo");

        browser.open("/pairs/" + pair);
        clickAndWait(By.cssSelector("[data-testid=meetings-link]"));
        assertThat(browser.text()).contains("Встреч пока не было");

        // the form on a phone: today, 40 minutes, in person, the getting-acquainted meeting, everyone ticked
        clickAndWait(By.cssSelector("[data-testid=new-meeting]"));
        assertThat(driver().findElement(By.id("date")).getAttribute("value")).isEqualTo(today.toString());
        assertThat(driver().findElement(By.id("durationMin")).getAttribute("value")).isEqualTo("40");
        assertThat(driver().findElement(By.cssSelector("input[name=type][value=ACQUAINTANCE]")).isSelected()).isTrue();
        assertThat(driver().findElement(By.cssSelector("input[name=format][value=IN_PERSON]")).isSelected()).isTrue();
        assertThat(driver().findElements(By.cssSelector("input[name=participantIds]:checked"))).hasSize(2);
        assertThat(((Number) js("return document.documentElement.scrollWidth;")).intValue())
                .as("no horizontal scrolling at 360 px").isLessThanOrEqualTo(
                        ((Number) js("return window.innerWidth;")).intValue());
        @SuppressWarnings("unchecked")
        List<Number> heights = (List<Number>) js("return Array.from(document.querySelectorAll("
                + "'input[name=type] + label, input[name=format] + label, label.list-group-item,"
                + " [data-testid=save-meeting]')).map(e => e.getBoundingClientRect().height);");
        assertThat(heights).isNotEmpty().allSatisfy(h -> assertThat(h.doubleValue())
                .as("touch target height").isGreaterThanOrEqualTo(44));
        screenshot("form");
        driver().navigate().back();

        record(today.minusDays(50), null, null);
        assertThat(browser.text()).contains("Встреча записана").contains("Встреча-знакомство");
        record(today.minusDays(40), null, null); // пробная, the next by default
        record(today.minusDays(30), null, "План на полугодие"); // планирование
        record(today.minusDays(20), null, null); // рабочая
        assertThat(browser.text()).doesNotContain("Порядок встреч");
        screenshot("log");

        record(today.minusDays(1), "FINAL", "Цели достигнуты, проект защищён");
        assertThat(browser.text()).contains("Итоговая встреча записана, работа пары завершена");
        assertThat(driver().findElement(By.cssSelector("[data-testid=pair-status]")).getText()).isEqualTo("завершена");
        assertThat(driver().findElements(By.cssSelector("[data-testid=new-meeting]"))).isEmpty();
        assertThat(driver().findElements(By.cssSelector("[data-testid=meeting]"))).hasSize(5);

        browser.open("/pairs/" + pair);
        assertThat(driver().findElement(By.cssSelector("[data-testid=pair-status]")).getText()).isEqualTo("завершена");
        assertThat(browser.text()).contains("Цели достигнуты, проект защищён");
        assertThat(jdbc.queryForObject("select status from mentoring_pair where id = ?", String.class, pair))
                .isEqualTo("COMPLETED");
        screenshot("completed");
    }
}
