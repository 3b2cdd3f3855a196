package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 20 point 6 in a browser: the methodologist goes from the home page to the coverage dashboard and on to the
 * quality page, where the demo municipality's training and meetings columns are filled for the schools and the total,
 * and opens a school's line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityPageBrowserTest extends IntegrationTest {

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
    void methodologistOpensTheQualityPageFromTheDashboardAndSeesTrainingAndMeetings() {
        browser.login("methodologist", "demo");
        browser.driver().findElement(By.cssSelector("[data-testid=monitoring-link]")).click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/monitoring");
        // follow the link by its address: a click may land on the sticky chart in a small window
        WebElement link = browser.driver().findElement(By.cssSelector("[data-testid=indicators-link]"));
        assertThat(link.getText()).isEqualTo("Качество и результаты наставничества");
        browser.driver().get(link.getAttribute("href"));
        assertThat(browser.driver().getCurrentUrl()).matches(".*/municipalities/\\d+/quality$");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("Качество и результаты наставничества");
        List<String> headers = browser.driver().findElements(By.cssSelector("[data-testid=indicators-table] thead th"))
                .stream().map(WebElement::getText).toList();
        assertThat(headers).contains("Охват", "Обученные наставники", "Доля обученных", "Встреч на пару (среднее)",
                "Завершено итоговой встречей");

        WebElement total = browser.driver().findElement(By.cssSelector("[data-testid=indicators-total]"));
        assertThat(total.getText()).startsWith("Итого по муниципалитету");
        assertThat(Long.parseLong(cell(total, "training.trained").replace("\u00a0", ""))).isPositive();
        assertThat(cell(total, "training.trainedShare")).matches("\\d+,\\d[ \u00a0]%");
        assertThat(cell(total, "meetings.perPair")).matches("\\d+,\\d").isNotEqualTo("0,0");
        assertThat(Long.parseLong(cell(total, "meetings.pairs").replace("\u00a0", ""))).isPositive();

        // some school has trained mentors and meetings of its own
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("[data-testid=indicators-table] tbody tr"));
        WebElement busy = rows.stream().filter(r -> !cell(r, "meetings.perPair").equals("—")
                && !cell(r, "meetings.perPair").equals("0,0") && !cell(r, "training.trained").equals("0"))
                .findFirst().orElseThrow();
        String name = busy.findElement(By.tagName("a")).getText();
        String perPair = cell(busy, "meetings.perPair");
        browser.driver().get(busy.findElement(By.tagName("a")).getAttribute("href"));
        assertThat(browser.driver().getCurrentUrl()).matches(".*/schools/\\d+/quality\\?year=\\d+$");
        assertThat(browser.text()).contains(name);
        assertThat(cell(browser.driver().findElement(By.cssSelector("[data-testid=indicators-table] tbody tr")),
                "meetings.perPair")).isEqualTo(perPair);
    }

    private static String cell(WebElement row, String code) {
        return row.findElement(By.cssSelector("td[data-col='" + code + "']")).getText();
    }
}
