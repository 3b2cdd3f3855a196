package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;
import ru.edu.mentoring.support.OwnMunicipality;

/**
 * Issue 17 in a real browser: a class list of 3,000 rows as a journal exports it (a whole name, «Д.р.», no category)
 * is uploaded with «все — обучающиеся», the matching page shows the guess and the preview, a changed select
 * recomputes it, «Загрузить» shows a progress bar that moves while the portal answers other pages, and the report
 * follows. In a school of a municipality of its own, so that the demo school's lists and counts stay.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportFlowBrowserTest extends IntegrationTest {

    static final int ROWS = 3000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    Browser browser;
    long school;
    String curator;
    String tag;

    @BeforeAll
    void setUp() throws Exception {
        browser = Browser.start(port);
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            t.append((char) ('а' + ThreadLocalRandom.current().nextInt(32)));
        }
        tag = t.toString();
        Long created = OwnMunicipality.newSchool(schools, accounts, jdbc, "МАОУ СОШ № 17-" + tag,
                "Муниципальное автономное общеобразовательное учреждение «Средняя школа № 17-" + tag + "»");
        school = created != null ? created : jdbc.queryForObject("select id from school where short_name = ?",
                Long.class, "МАОУ СОШ № 17-" + tag);
        curator = "curator.import." + ThreadLocalRandom.current().nextInt(1_000_000);
        accounts.create(new Accounts.NewAccount(curator, "demo", "Загрузкина Ольга Ивановна", null,
                Set.of(Role.CURATOR), OwnMunicipality.id(schools, accounts), Set.of(school)));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void click(WebElement button) {
        WebElement body = browser.driver().findElement(By.tagName("body"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ru.edu.mentoring.support.Browser.stale(body));
    }

    @Test
    void aClassListIsMatchedPreviewedAndWrittenWithAProgressBar() throws Exception {
        StringBuilder csv = new StringBuilder("Классный журнал 7 классов\n\n№ п/п;ФИО;Класс;Д.р.;Пол\n"
                .replace("Классный журнал 7 классов\n\n", ""));
        for (int i = 0; i < ROWS; i++) {
            csv.append(i + 1).append(";Потоков").append(tag).append(' ').append(name(i)).append(" Петрович;")
                    .append(5 + i % 5).append("А;").append(String.format("%02d.%02d.%d", 1 + i % 28, 1 + i % 12,
                            2015 - i % 5)).append(";м\n");
        }
        Path file = Files.createTempFile("journal", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        browser.login(curator, "demo");
        browser.open("/schools/" + school + "/import");
        WebElement input = browser.driver().findElement(By.id("file"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].classList.remove('visually-hidden')",
                input);
        input.sendKeys(file.toAbsolutePath().toString());
        new Select(browser.driver().findElement(By.id("category"))).selectByValue("STUDENT");
        click(browser.driver().findElement(By.cssSelector("[data-testid=import-submit]")));

        // the matching step: the guess, the preview, the counts
        assertThat(browser.driver().getCurrentUrl()).matches(".*/import/uploads/\\d+$");
        assertThat(new Select(browser.driver().findElement(By.cssSelector("[data-testid=import-column-1]")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("FULL_NAME");
        assertThat(new Select(browser.driver().findElement(By.cssSelector("[data-testid=import-column-3]")))
                .getFirstSelectedOption().getAttribute("value")).isEqualTo("BIRTH_DATE");
        String counts = browser.driver().findElement(By.cssSelector("[data-testid=import-counts]")).getText();
        assertThat(counts).contains("Новых: 3 000");
        String preview = browser.driver().findElement(By.cssSelector("[data-testid=import-preview]")).getText();
        assertThat(preview).contains("Потоков" + tag, "обучающийся", "5А");

        // a changed select recomputes the preview (the page's script posts the step form)
        WebElement classSelect = browser.driver().findElement(By.cssSelector("[data-testid=import-column-2]"));
        WebElement body = browser.driver().findElement(By.tagName("body"));
        new Select(classSelect).selectByValue("");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ru.edu.mentoring.support.Browser.stale(body));
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=import-preview]")).getText())
                .doesNotContain("5А");
        body = browser.driver().findElement(By.tagName("body"));
        new Select(browser.driver().findElement(By.cssSelector("[data-testid=import-column-2]"))).selectByValue("CLASS");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ru.edu.mentoring.support.Browser.stale(body));
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=import-preview]")).getText())
                .contains("5А");
        assertThat(jdbc.queryForObject("select count(*) from person where school_id = ?", Integer.class, school))
                .as("nothing written before «Загрузить»").isZero();

        // the write: a progress bar that moves, the portal usable meanwhile, then the report
        click(browser.driver().findElement(By.cssSelector("[data-testid=import-confirm-submit]")));
        long started = System.nanoTime();
        List<Long> seen = new ArrayList<>();
        HttpSession other = HttpSession.loggedIn(port, curator, "demo");
        boolean otherPageAnswered = false;
        while (browser.driver().getCurrentUrl().contains("/progress") && System.nanoTime() - started < 120e9) {
            try {
                Object value = ((JavascriptExecutor) browser.driver()).executeScript(
                        "var p = document.querySelector('[data-import-bar]'); return p ? Math.round(p.value) : null;");
                if (value instanceof Long v && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(v))) {
                    seen.add(v);
                }
            } catch (org.openqa.selenium.WebDriverException e) {
                // the page went on to the report while it was asked
            }
            if (!otherPageAnswered) {
                long t0 = System.nanoTime();
                assertThat(other.get("/schools/" + school + "/people").statusCode()).isEqualTo(200);
                otherPageAnswered = true;
                System.out.printf("Import browser test: another page answered in %d ms during the write%n",
                        (System.nanoTime() - t0) / 1_000_000);
            }
            Thread.sleep(100);
        }
        long took = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Import browser test: %d rows written in %d ms; progress values seen %s%n", ROWS, took, seen);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.urlContains("/import?run="));
        assertThat(browser.text()).contains("Загрузка выполнена", "Создано: 3 000");
        assertThat(jdbc.queryForObject("select count(*) from person where school_id = ?", Integer.class, school))
                .isEqualTo(ROWS);
        assertThat(seen).as("the bar was shown").isNotEmpty();
        if (took > 3000) {
            assertThat(seen.size()).as("the bar moved during a write of %d ms: %s", took, seen).isGreaterThan(1);
        }
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i)).as("the bar never goes back: %s", seen).isGreaterThanOrEqualTo(seen.get(i - 1));
        }
    }

    /** A distinct first name per row (the name and birth date identify a student of the file). */
    private static String name(int i) {
        String letters = "абвгдежзиклмнопрстуфхцчшэюя";
        return "Ив" + letters.charAt(i % letters.length()) + letters.charAt((i / letters.length()) % letters.length())
                + letters.charAt((i / (letters.length() * letters.length())) % letters.length()) + "ан";
    }
}
