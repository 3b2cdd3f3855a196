package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The department journey in a real browser: curator1 submits МАОУ СОШ № 1's roadmap, the department returns it with
 * a comment, curator1 sees the comment and the notification, corrects and resubmits, the department approves, and the
 * campaign matrix shows «дорожная карта согласована» done for the school.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoadmapApprovalBrowserTest extends IntegrationTest {

    static final String COMMENT = "Укажите ответственного исполнителя в п. 7.";

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
    void curatorSubmitsDepartmentReturnsCuratorCorrectsAndDepartmentApproves() {
        long school = Fixtures.school1(jdbc);
        long roadmap = jdbc.queryForObject("select id from roadmap where school_id = ?", Long.class, school);
        assertThat(jdbc.queryForObject("select status from roadmap where id = ?", String.class, roadmap))
                .as("the demo gives МАОУ СОШ № 1 a roadmap the curator can submit").isIn("DRAFT", "RETURNED");

        browser.login("curator1", "demo");
        browser.open("/roadmaps/" + roadmap);
        clickAndConfirm(By.cssSelector("[data-testid=submit]"));
        assertThat(status()).isEqualTo("На согласовании");
        browser.logout();

        browser.login("department", "demo");
        browser.open("/roadmaps?waiting=true");
        assertThat(browser.text()).contains("МАОУ СОШ № 1", "на согласовании с сегодняшнего дня");
        browser.open("/roadmaps/" + roadmap);
        browser.driver().findElement(By.id("comment")).sendKeys(COMMENT);
        click(By.cssSelector("[data-testid=return]"));
        assertThat(status()).isEqualTo("Возвращена на доработку");
        assertThat(browser.text()).contains(COMMENT, "Кузнецова Елена Сергеевна");
        browser.logout();

        browser.login("curator1", "demo");
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=unread-badge]")).getText())
                .isNotBlank();
        click(By.cssSelector("[data-testid=notifications-link]"));
        WebElement first = browser.driver().findElement(By.cssSelector("[data-testid=notifications] li"));
        assertThat(first.getText()).contains("МАОУ СОШ № 1", "возвращена на доработку", COMMENT);
        first.findElement(By.cssSelector("form button")).click();
        waitForUrl("/roadmaps/" + roadmap);
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=return-comment]")).getText())
                .contains(COMMENT);
        long measure = jdbc.queryForObject("select id from roadmap_measure where roadmap_id = ? and number = '7'",
                Long.class, roadmap);
        browser.open(browser.driver().findElement(By.cssSelector("[data-testid=edit-" + measure + "]"))
                .getAttribute("href").replaceFirst("^https?://[^/]+", ""));
        WebElement responsible = browser.driver().findElement(By.id("responsible"));
        responsible.clear();
        responsible.sendKeys("Куратор, заместитель директора по ВР");
        click(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.text()).contains("Изменения сохранены", "Куратор, заместитель директора по ВР");
        clickAndConfirm(By.cssSelector("[data-testid=submit]"));
        assertThat(status()).isEqualTo("На согласовании");
        browser.logout();

        browser.login("department", "demo");
        browser.open("/roadmaps/" + roadmap);
        click(By.cssSelector("[data-testid=approve]"));
        assertThat(status()).isEqualTo("Согласована");
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=history]")).getText())
                .contains("На согласовании → Согласована", "Возвращена на доработку → На согласовании", COMMENT);
        browser.open("/campaigns");
        click(By.linkText("Внедрение ЦМН 2025/26"));
        WebElement cell = browser.driver().findElement(
                By.cssSelector("tr[data-school='МАОУ СОШ № 1'] td[data-stage=ROADMAP]"));
        // a campaign counts only what happened in its academic year (1 September 2025 – 31 August 2026): an approval
        // given after that year is not the 2025/26 stage done
        boolean inCampaignYear = !java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow"))
                .isAfter(java.time.LocalDate.of(2026, 8, 31));
        assertThat(cell.getAttribute("data-state")).isEqualTo(inCampaignYear ? "DONE" : "OVERDUE");
        if (inCampaignYear) {
            assertThat(cell.getText()).contains("выполнено");
        }
        browser.logout();
    }

    private String status() {
        return browser.driver().findElement(By.cssSelector("[data-testid=roadmap-status]")).getText();
    }

    private void click(By by) {
        WebElement page = browser.driver().findElement(By.tagName("html"));
        visible(by).click();
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
        visible(by).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
        waitForNewPage(page);
    }

    /** Waits until the old page is gone and the new one has loaded (also after a redirect to the same address). */
    private void waitForNewPage(WebElement oldPage) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        wait.until(ru.edu.mentoring.support.Browser.stale(oldPage));
        wait.until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void waitForUrl(String path) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(path));
    }
}
