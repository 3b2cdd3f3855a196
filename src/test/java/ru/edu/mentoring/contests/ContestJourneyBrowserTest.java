package ru.edu.mentoring.contests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 21's «done» in a real browser: the department announces «Лучший педагог-наставник» with its regulation,
 * nomination and score sheet, two schools nominate a mentor of their base with the application form, the department
 * names a jury of two, each juror scores every application criterion by criterion, the department publishes the
 * results, and the public page shows the places with the mentors named only by their school; after the curator
 * records the winner's consent to publish her name the page names her, and after the withdrawal it no longer does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContestJourneyBrowserTest extends IntegrationTest {

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

    WebDriver driver() {
        return browser.driver();
    }

    void type(String id, String text) {
        WebElement field = driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks (answering «OK» to a confirmation) and waits until the next page has replaced this one. */
    void clickAndWait(By target) {
        ((JavascriptExecutor) driver()).executeScript("window.confirm = function () { return true; };");
        WebElement body = driver().findElement(By.tagName("body"));
        WebElement element = driver().findElement(target);
        ((JavascriptExecutor) driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
        new WebDriverWait(driver(), Duration.ofSeconds(15)).until(ru.edu.mentoring.support.Browser.stale(body));
    }

    String phase() {
        return driver().findElement(By.cssSelector("[data-testid=contest-phase]")).getText();
    }

    void as(String username) {
        browser.logout();
        browser.login(username, "demo");
    }

    @Test
    void theDepartmentRunsTheContestFromAnnouncementToPublishedResults() throws Exception {
        String title = "Лучший педагог-наставник " + System.nanoTime();
        Path regulation = Files.createTempFile("polozhenie", ".pdf");
        Files.writeString(regulation, "%PDF-1.4\n% Polozhenie\n%%EOF\n");
        Path form = Files.createTempFile("zayavka", ".pdf");
        Files.writeString(form, "%PDF-1.4\n% Zayavka\n%%EOF\n");

        // the department prepares and announces the contest
        browser.login("department", "demo");
        browser.open("/contests");
        clickAndWait(By.cssSelector("[data-testid=new-contest]"));
        type("title", title);
        clickAndWait(By.cssSelector("[data-testid=save-contest]"));
        assertThat(browser.text()).contains("Конкурс создан", title);
        long contest = Long.parseLong(driver().getCurrentUrl().replaceAll(".*/contests/(\\d+).*", "$1"));
        driver().findElement(By.id("regulationFile")).sendKeys(regulation.toString());
        clickAndWait(By.cssSelector("[data-testid=upload-regulation]"));
        assertThat(browser.text()).contains("Положение загружено");
        type("nominationTitle", "Наставник молодого педагога");
        clickAndWait(By.cssSelector("[data-testid=add-nomination]"));
        new Select(driver().findElement(By.id("template"))).selectByValue("MARI_EL_PRACTICES");
        clickAndWait(By.cssSelector("[data-testid=copy-template]"));
        assertThat(driver().findElement(By.cssSelector("[data-testid=criteria]")).getText())
                .contains("Результативность практики", "Возможность масштабирования");
        clickAndWait(By.cssSelector("[data-testid=advance]"));
        assertThat(phase()).isEqualTo("Приём заявок");

        // two schools nominate a mentor of their base with the application form
        long nomination = jdbc.queryForObject("select id from contest_nomination where contest_id = ?", Long.class,
                contest);
        for (String curator : List.of("curator1", "curator2")) {
            as(curator);
            browser.open("/contests/" + contest);
            clickAndWait(By.cssSelector("[data-testid=apply]"));
            new Select(driver().findElement(By.id("nominationId"))).selectByValue(String.valueOf(nomination));
            // a mentor without a consent to publish the name (the demo gives some mentors one)
            Select mentors = new Select(driver().findElement(By.id("mentorPersonId")));
            List<Long> consenting = jdbc.queryForList("select person_id from name_publication", Long.class);
            mentors.getOptions().stream().map(o -> o.getAttribute("value"))
                    .filter(v -> v != null && !v.isBlank() && !consenting.contains(Long.valueOf(v))).findFirst()
                    .ifPresentOrElse(mentors::selectByValue, () -> mentors.selectByIndex(1));
            driver().findElement(By.id("applicationFile")).sendKeys(form.toString());
            clickAndWait(By.cssSelector("[data-testid=send-application]"));
            assertThat(browser.text()).contains("Заявка подана");
        }

        // the department names the jury and passes the applications to it
        as("department");
        browser.open("/contests/" + contest);
        for (String juror : List.of("methodologist", "curator3")) {
            new Select(driver().findElement(By.id("juror")))
                    .selectByValue(String.valueOf(Fixtures.userId(jdbc, juror)));
            clickAndWait(By.cssSelector("[data-testid=add-juror]"));
            assertThat(browser.text()).contains("Член жюри назначен");
        }
        clickAndWait(By.cssSelector("[data-testid=advance]"));
        assertThat(phase()).isEqualTo("Заочный (экспертный) этап");

        // each juror scores every application, criterion by criterion, with a comment
        List<Long> applications = jdbc.queryForList("select id from contest_application where contest_id = ?"
                + " order by id", Long.class, contest);
        List<Long> criteria = jdbc.queryForList("select id from contest_criterion where contest_id = ?"
                + " order by position", Long.class, contest);
        int[][] points = {{9, 8}, {7, 8}}; // juror × application: sums 45/40 and 35/40 → means 40 and 40
        String[] jurors = {"methodologist", "curator3"};
        for (int j = 0; j < jurors.length; j++) {
            as(jurors[j]);
            for (int a = 0; a < applications.size(); a++) {
                browser.open("/contests/" + contest);
                clickAndWait(By.cssSelector("[data-testid=open-" + applications.get(a) + "]"));
                for (Long c : criteria) {
                    type("points" + c, String.valueOf(points[j][a]));
                }
                type("comment", "Оценка по материалам заявки");
                clickAndWait(By.cssSelector("[data-testid=save-score]"));
                assertThat(browser.text()).contains("Оценка сохранена");
            }
        }

        // the department publishes the results: equal means share the first place
        as("department");
        browser.open("/contests/" + contest);
        assertThat(driver().findElement(By.cssSelector("[data-testid=jury]")).getText()).contains("2 из 2");
        clickAndWait(By.cssSelector("[data-testid=advance]"));
        assertThat(phase()).isEqualTo("Итоги подведены");
        String results = driver().findElement(By.cssSelector("[data-testid=results]")).getText();
        assertThat(results).contains("МАОУ СОШ № 1", "МАОУ СОШ № 2", "40,00");
        assertThat(jdbc.queryForList("select place from contest_application where contest_id = ?", Integer.class,
                contest)).containsExactly(1, 1);

        // the public page: places, schools, and no mentor named without consent to publication
        browser.logout();
        browser.open("/public/contests/" + contest);
        String page = driver().findElement(By.cssSelector("[data-testid=public-results]")).getText();
        assertThat(page).contains("наставник (МАОУ СОШ № 1)", "наставник (МАОУ СОШ № 2)");
        List<String> names = jdbc.queryForList("select p.last_name from contest_application a join person p on p.id ="
                + " a.mentor_person_id where a.contest_id = ?", String.class, contest);
        assertThat(names).hasSize(2).allSatisfy(n -> assertThat(page).doesNotContain(n));

        // issue 21 point 5: the curator records the winner's consent to publish her name: the public page names her
        long winner = jdbc.queryForObject("select a.mentor_person_id from contest_application a join school s on"
                + " s.id = a.school_id where a.contest_id = ? and s.short_name = 'МАОУ СОШ № 1'", Long.class, contest);
        String winnerName = jdbc.queryForObject("select last_name || ' ' || first_name from person where id = ?",
                String.class, winner);
        browser.login("curator1", "demo");
        browser.open("/people/" + winner);
        assertThat(driver().findElement(By.cssSelector("[data-testid=name-publication-state]")).getText())
                .contains("Согласие на публикацию ФИО не записано");
        clickAndWait(By.cssSelector("[data-testid=record-name-publication]"));
        assertThat(browser.text()).contains("Согласие на публикацию ФИО записано");
        assertThat(driver().findElement(By.cssSelector("[data-testid=name-publication-state]")).getText())
                .contains("ФИО публикуется");
        browser.open("/");
        browser.logout();
        browser.open("/public/contests/" + contest);
        String named = driver().findElement(By.cssSelector("[data-testid=public-results]")).getText();
        assertThat(named).contains(winnerName, "наставник (МАОУ СОШ № 2)").doesNotContain("наставник (МАОУ СОШ № 1)");

        // the curator withdraws it (after the confirmation): the name leaves the public page at once
        browser.login("curator1", "demo");
        browser.open("/people/" + winner);
        clickAndWait(By.cssSelector("[data-testid=withdraw-name-publication]"));
        assertThat(browser.text()).contains("Согласие на публикацию ФИО отозвано");
        assertThat(driver().findElement(By.cssSelector("[data-testid=name-publication-state]")).getText())
                .contains("отозвано", "ФИО не публикуется");
        browser.open("/");
        browser.logout();
        browser.open("/public/contests/" + contest);
        String hidden = driver().findElement(By.cssSelector("[data-testid=public-results]")).getText();
        assertThat(hidden).doesNotContain(winnerName).contains("наставник (МАОУ СОШ № 1)");
    }
}
