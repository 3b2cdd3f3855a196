package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.SavePerson;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 16 point 5 in a real browser: entering a student whom the school already has (same name and birth date) brings
 * the form back with everything typed, a warning linking the existing record and «Это другой человек, сохранить»;
 * ticking it saves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuplicateWarningBrowserTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PeopleRegistry registry;

    @Autowired
    People people;

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

    void submit() {
        WebElement body = browser.driver().findElement(By.tagName("body"));
        WebElement button = browser.driver().findElement(By.cssSelector("main form button[type=submit]"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ru.edu.mentoring.support.Browser.stale(body));
    }

    @Test
    void theCuratorIsWarnedOfANamesakeAndSavesOnlyAfterConfirming() {
        long school = Fixtures.school1(jdbc);
        String last = "Браузерова" + (char) ('а' + ThreadLocalRandom.current().nextInt(32))
                + (char) ('а' + ThreadLocalRandom.current().nextInt(32));
        LocalDate birth = LocalDate.of(people.today().getYear() - 11, 4, 2);
        SavePerson form = Fixtures.person(last, "Дарья", null, 5).withBirthDate(birth);
        long existing = registry.create(school, PersonKind.STUDENT, form);

        browser.login("curator1", "demo");
        browser.open("/schools/" + school + "/people/new?kind=STUDENT");
        browser.driver().findElement(By.id("lastName")).sendKeys(last);
        browser.driver().findElement(By.id("firstName")).sendKeys("Дарья");
        new Select(browser.driver().findElement(By.id("grade"))).selectByValue("5");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
                browser.driver().findElement(By.id("birthDate")), birth.toString());
        submit();

        WebElement warning = browser.driver().findElement(By.cssSelector("[data-duplicates]"));
        assertThat(warning.getText()).contains("уже есть человек с такими же фамилией, именем, отчеством и датой"
                + " рождения", "Это другой человек, сохранить");
        assertThat(warning.findElement(By.cssSelector("a")).getAttribute("href")).endsWith("/people/" + existing);
        assertThat(browser.driver().findElement(By.id("lastName")).getAttribute("value")).isEqualTo(last);
        assertThat(jdbc.queryForObject("select count(*) from person where last_name = ?", Integer.class, last))
                .isEqualTo(1);

        WebElement confirm = browser.driver().findElement(By.id("duplicateConfirmed1"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", confirm);
        confirm.click();
        submit();
        assertThat(browser.driver().getCurrentUrl()).matches(".*/people/\\d+$").doesNotEndWith("/people/" + existing);
        assertThat(jdbc.queryForObject("select count(*) from person where last_name = ?", Integer.class, last))
                .isEqualTo(2);
    }
}
