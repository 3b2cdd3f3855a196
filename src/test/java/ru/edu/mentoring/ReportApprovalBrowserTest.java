package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.reports.Reports;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The annual report in a real browser: curator1 writes and submits МАОУ СОШ № 1's report for 2025/26, the department
 * returns it with a comment, the curator sees the comment and resubmits, the department approves; the history shows
 * every step and the figures are marked as frozen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApprovalBrowserTest extends IntegrationTest {

    static final String COMMENT = "Опишите лучшие практики подробнее.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Reports reports;

    @Autowired
    Schools schools;

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
    void curatorSubmitsDepartmentReturnsCuratorResubmitsAndDepartmentApproves() {
        long school = Fixtures.school1(jdbc);
        jdbc.update("delete from school_report where school_id = ? and academic_year = 2025"
                + " and status not in ('DRAFT', 'RETURNED')", school);
        long report = reports.createFor(schools.summariesOf(List.of(school)).get(0), 2025);

        browser.login("curator1", "demo");
        browser.open("/reports/" + report);
        WebElement results = browser.driver().findElement(By.id("results"));
        results.clear();
        results.sendKeys("Итоги года: работали семь пар.");
        click(By.cssSelector("[data-testid=save]"));
        assertThat(browser.text()).contains("Отчёт сохранён.");
        clickAndConfirm(By.cssSelector("[data-testid=submit]"));
        assertThat(status()).isEqualTo("На рассмотрении");
        assertThat(browser.text()).contains("Показатели зафиксированы при отправке");
        browser.logout();

        browser.login("department", "demo");
        browser.open("/reports/" + report);
        browser.driver().findElement(By.id("comment")).sendKeys(COMMENT);
        click(By.cssSelector("[data-testid=return]"));
        assertThat(status()).isEqualTo("Возвращён на доработку");
        browser.logout();

        browser.login("curator1", "demo");
        browser.open("/reports/" + report);
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=return-comment]")).getText())
                .contains(COMMENT);
        clickAndConfirm(By.cssSelector("[data-testid=submit]"));
        assertThat(status()).isEqualTo("На рассмотрении");
        browser.logout();

        browser.login("department", "demo");
        browser.open("/reports/" + report);
        click(By.cssSelector("[data-testid=approve]"));
        assertThat(status()).isEqualTo("Принят");
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=history]")).getText())
                .contains("На рассмотрении → Принят", "Возвращён на доработку → На рассмотрении",
                        "Черновик → На рассмотрении", COMMENT, "Кузнецова Елена Сергеевна");
        browser.logout();
    }

    private String status() {
        return browser.driver().findElement(By.cssSelector("[data-testid=report-status]")).getText();
    }

    private void click(By by) {
        WebElement page = browser.driver().findElement(By.tagName("html"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].click()", visible(by));
        waitForNewPage(page);
    }

    private WebElement visible(By by) {
        WebElement element = browser.driver().findElement(by);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    private void clickAndConfirm(By by) {
        WebElement page = browser.driver().findElement(By.tagName("html"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].click()", visible(by));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
        waitForNewPage(page);
    }

    private void waitForNewPage(WebElement oldPage) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        wait.until(ru.edu.mentoring.support.Browser.stale(oldPage));
        wait.until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}
