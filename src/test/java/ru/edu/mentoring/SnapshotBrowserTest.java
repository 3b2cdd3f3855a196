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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * A snapshot in a real browser: the department computes the 2024 year's figures of its municipality, signs the
 * snapshot off and sends it; the regional user opens it and accepts it; the history shows both steps with who took
 * them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnapshotBrowserTest extends IntegrationTest {

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
    void theDepartmentSendsASnapshotAndTheRegionAcceptsIt() {
        long municipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class,
                Fixtures.school1(jdbc));
        // a pending version of the period (another test's) would refuse a new one: this test's period starts clean
        jdbc.update("delete from approval_transition where subject_kind = 'SNAPSHOT' and subject_id in"
                + " (select id from snapshot where municipality_id = ? and period_year = 2024 and period = 'YEAR')",
                municipality);
        jdbc.update("delete from snapshot where municipality_id = ? and period_year = 2024 and period = 'YEAR'",
                municipality);

        browser.login("department", "demo");
        browser.open("/snapshots");
        WebElement year = browser.driver().findElement(By.id("year"));
        year.clear();
        year.sendKeys("2024");
        new Select(browser.driver().findElement(By.id("period"))).selectByValue("YEAR");
        click(By.cssSelector("[data-testid=create]"));
        assertThat(browser.text()).contains("Снимок вычислен и зафиксирован.");
        assertThat(status()).isEqualTo("Черновик");
        assertThat(browser.text()).contains("по состоянию на 31.12.2024");
        String path = browser.driver().getCurrentUrl().replaceAll("^https?://[^/]+", "");
        clickAndConfirm(By.cssSelector("[data-testid=submit]"));
        assertThat(status()).isEqualTo("Отправлен в регион");
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=signed]")).getText())
                .contains("Кузнецова Елена Сергеевна");
        browser.logout();

        browser.login("region", "demo");
        browser.open("/snapshots");
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=snapshots-table]")).getText())
                .contains("Отправлен в регион");
        browser.open(path);
        click(By.cssSelector("[data-testid=approve]"));
        assertThat(browser.text()).contains("Снимок принят.");
        assertThat(status()).isEqualTo("Принят регионом");
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=history]")).getText())
                .contains("Отправлен в регион → Принят регионом", "Черновик → Отправлен в регион",
                        "Белова Светлана Юрьевна", "Кузнецова Елена Сергеевна");
        browser.open("/snapshots/region");
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=region-summary]")).getText())
                .contains("Городской округ Первоуральск");
        browser.logout();
    }

    private String status() {
        return browser.driver().findElement(By.cssSelector("[data-testid=snapshot-status]")).getText();
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
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
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
