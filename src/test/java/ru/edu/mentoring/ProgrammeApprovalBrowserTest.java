package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * A programme of mentoring in a real browser (issue 20 point 1): curator1 creates МАОУ СОШ № 1's programme of the form
 * «работодатель – ученик» for this academic year, writes it, names herself responsible and submits it; head1 approves
 * it; the school's public page then shows it, without the curator's name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeApprovalBrowserTest extends IntegrationTest {

    static final String GOAL = "Профессиональная ориентация старшеклассников через наставничество работодателей.";

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
    void curatorWritesTheProgrammeHeadApprovesItAndItAppearsOnThePublicPage() {
        long school = Fixtures.school1(jdbc);
        long form = jdbc.queryForObject("select id from mentoring_form where code = 'EMPLOYER_STUDENT'", Long.class);
        int year = ru.edu.mentoring.shared.AcademicYear.of(java.time.LocalDate.now());
        jdbc.update("delete from school_programme where school_id = ? and form_id = ? and academic_year = ?", school,
                form, year);

        browser.login("curator1", "demo");
        browser.open("/programmes");
        click(By.cssSelector("[data-testid=school-" + school + "] [data-testid=create-" + form + "]"));
        assertThat(browser.text()).contains("Программа создана");
        browser.driver().findElement(By.id("goal")).sendKeys(GOAL);
        browser.driver().findElement(By.id("tasks")).sendKeys("1. Профессиональные пробы на предприятиях.");
        new Select(browser.driver().findElement(By.id("curatorId"))).selectByVisibleText("Иванова Анна Петровна");
        click(By.cssSelector("[data-testid=save]"));
        assertThat(browser.text()).contains("Программа сохранена.");
        clickAndConfirm(By.cssSelector("[data-testid=submit]"));
        assertThat(status()).isEqualTo("На утверждении");
        String path = browser.driver().getCurrentUrl().replaceAll("^https?://[^/]+", "");
        browser.logout();

        browser.login("head1", "demo");
        browser.open("/programmes");
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=waiting]")).getText())
                .contains("работодатель");
        browser.open(path);
        click(By.cssSelector("[data-testid=approve]"));
        assertThat(status()).isEqualTo("Утверждена");
        assertThat(browser.text()).contains("Приказ об утверждении (PDF)");
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=history]")).getText())
                .contains("На утверждении → Утверждена", "Пономарёва Ольга Ивановна");
        browser.logout();

        browser.open("/public/schools/" + school);
        String shown = browser.driver().findElement(By.cssSelector("[data-testid=public-programmes]")).getText();
        assertThat(shown).contains(GOAL).doesNotContain("Иванова");
    }

    private String status() {
        return browser.driver().findElement(By.cssSelector("[data-testid=programme-status]")).getText();
    }

    private void click(By by) {
        WebElement page = browser.driver().findElement(By.tagName("html"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", visible(by));
        waitForNewPage(page);
    }

    private WebElement visible(By by) {
        WebElement element = browser.driver().findElement(by);
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        return element;
    }

    private void clickAndConfirm(By by) {
        WebElement page = browser.driver().findElement(By.tagName("html"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", visible(by));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
        waitForNewPage(page);
    }

    private void waitForNewPage(WebElement oldPage) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        wait.until(ru.edu.mentoring.support.Browser.stale(oldPage));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}
