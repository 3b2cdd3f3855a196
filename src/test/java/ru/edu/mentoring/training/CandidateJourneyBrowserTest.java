package ru.edu.mentoring.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
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
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 20 point 2 in a real browser: the curator takes a candidate from заявка through собеседование and обучение to
 * в базе (recording the course on the way), and the school's training matrix then shows the new mentor trained.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidateJourneyBrowserTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PeopleRegistry registry;

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

    void date(String id, String isoDate) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1];",
                driver().findElement(By.id(id)), isoDate);
    }

    /** Clicks and waits until the next page has replaced this one. */
    void clickAndWait(By target) {
        WebElement body = driver().findElement(By.tagName("body"));
        WebElement element = driver().findElement(target);
        ((JavascriptExecutor) driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ru.edu.mentoring.support.Browser.stale(body));
    }

    String status() {
        return driver().findElement(By.cssSelector("[data-testid=candidate-status]")).getText();
    }

    @Test
    void aCuratorTakesACandidateIntoTheMentorBaseAndTheMatrixShowsThemTrained() {
        long school = Fixtures.school1(jdbc);
        long person = registry.create(school, PersonKind.TEACHER,
                Fixtures.person("Браузерова", "Алла", "Игоревна", null));
        Fixtures.ownConsent(registry, person);
        browser.login("curator1", "demo");

        // заявка: the questionnaire
        browser.open("/schools/" + school + "/candidates");
        clickAndWait(By.cssSelector("[data-testid=new-candidate]"));
        new Select(driver().findElement(By.id("applicant"))).selectByValue(String.valueOf(person));
        type("motivation", "Хочу делиться опытом классного руководства");
        type("availability", "Понедельник после 14:00");
        clickAndWait(By.cssSelector("form button[type=submit].btn-primary"));
        assertThat(browser.text()).contains("Заявка кандидата сохранена", "Браузерова Алла Игоревна",
                "Хочу делиться опытом классного руководства");
        assertThat(status()).isEqualTo("заявка");

        // собеседование
        clickAndWait(By.cssSelector("[data-testid=interview]"));
        date("interviewDate", LocalDate.now().toString());
        type("interviewer", "Иванова А. П., куратор");
        new Select(driver().findElement(By.id("interviewResult"))).selectByValue("RECOMMENDED");
        clickAndWait(By.cssSelector("form button[type=submit].btn-primary"));
        assertThat(status()).isEqualTo("собеседование");
        assertThat(browser.text()).contains("рекомендован к обучению");

        // обучение: sent to training, the course recorded on the mentor's training page
        clickAndWait(By.cssSelector("[data-testid=to-training]"));
        assertThat(status()).isEqualTo("обучение");
        String candidatePage = driver().getCurrentUrl();
        clickAndWait(By.linkText("Обучение и квалификация"));
        type("title", "«Наставник в образовательной организации»");
        type("provider", "ИМЦ г. Первоуральска");
        type("hours", "36");
        date("endDate", LocalDate.now().toString());
        clickAndWait(By.cssSelector("[data-testid=add-course]"));
        assertThat(browser.text()).contains("Обучение добавлено", "«Наставник в образовательной организации»");
        assertThat(driver().findElement(By.cssSelector("[data-testid=trained-state]")).getText()).startsWith("Обучен");

        // в базе
        driver().navigate().to(candidatePage);
        clickAndWait(By.cssSelector("[data-testid=to-base]"));
        assertThat(browser.text()).contains("Кандидат включён в базу наставников");
        assertThat(status()).isEqualTo("в базе");

        // the school's training matrix shows the new mentor trained, with the hours
        browser.open("/schools/" + school + "/training");
        WebElement row = driver().findElement(By.cssSelector("tr[data-person='" + person + "']"));
        assertThat(row.getText()).contains("Браузерова Алла Игоревна");
        assertThat(row.findElement(By.cssSelector("[data-col=trained]")).getText()).isEqualTo("да");
        assertThat(row.findElement(By.cssSelector("[data-col=hours]")).getText()).isEqualTo("36");
        assertThat(jdbc.queryForObject("select in_base from mentor_profile where person_id = ?", Boolean.class,
                person)).isTrue();
    }
}
