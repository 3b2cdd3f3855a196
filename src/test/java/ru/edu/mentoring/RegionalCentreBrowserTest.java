package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The regional centre's journey (issue 22 point 1): the demo region's user opens the regional centre from the
 * navigation, sees the region's municipalities only, and drills down to a municipality's own dashboard.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionalCentreBrowserTest extends IntegrationTest {

    @LocalServerPort
    int port;

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
    void theRegionUserSeesTheRegionalDashboardAndDrillsDownToAMunicipality() {
        browser.login("region", "demo");
        click(browser.driver().findElement(By.cssSelector("a[href$='/regions']")));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=region-dashboard]")));
        assertThat(browser.driver().getCurrentUrl()).matches(".*/regions/\\d+");
        assertThat(browser.text()).contains("Региональный наставнический центр (РНЦ)",
                "Сводная панель региона — Свердловская область", "Динамика по годам", "Итого по региону");
        List<WebElement> rows = browser.driver().findElements(
                By.cssSelector("[data-testid=region-municipalities] tbody tr[data-municipality]"));
        assertThat(rows).extracting(WebElement::getText).anyMatch(t -> t.contains("Городской округ Первоуральск"))
                .anyMatch(t -> t.contains("Городской округ Ревда"))
                .noneMatch(t -> t.contains("Тестовый муниципальный район"));

        WebElement drill = browser.driver().findElement(By.xpath(
                "//table[@data-testid='region-municipalities']//a[normalize-space()='Городской округ Первоуральск']"));
        WebElement body = browser.driver().findElement(By.tagName("body"));
        click(drill);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ru.edu.mentoring.support.Browser.stale(body));
        assertThat(browser.driver().getCurrentUrl()).matches(".*/monitoring/municipalities/\\d+.*");
        assertThat(browser.text()).contains("Городской округ Первоуральск", "МАОУ СОШ № 1");
        assertThat(browser.driver().getTitle()).doesNotContain("Ошибка").doesNotContain("не найдена");
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }
}
