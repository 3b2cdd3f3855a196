package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The methodologist's journey: from the home page to the coverage dashboard, a school below its target, its
 * drill-down, and the XLSX export whose figures match the page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringJourneyBrowserTest extends IntegrationTest {

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
    void methodologistFindsASchoolBelowTargetDrillsDownAndExportsTheTable() throws Exception {
        browser.login("methodologist", "demo");
        browser.driver().findElement(By.cssSelector("[data-testid=monitoring-link]")).click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/monitoring");
        assertThat(browser.text()).contains("Мониторинг охвата наставничеством", "Охват по годам", "Цель на");
        Object chart = ((JavascriptExecutor) browser.driver()).executeScript(
                "return typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('coverage-chart')) != null");
        assertThat(chart).as("the trend chart is drawn by Chart.js").isEqualTo(true);

        // The demo has schools on both sides of the target and one without this year's student count
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("[data-testid=schools-table] tbody tr"));
        assertThat(rows).extracting(r -> r.getAttribute("data-state")).contains("met", "below", "noData");

        // follow links by their address: a click may land on the sticky chart or footer in a small window
        browser.driver().get(browser.driver().findElement(By.cssSelector("[data-testid=filter-below]"))
                .getAttribute("href"));
        rows = browser.driver().findElements(By.cssSelector("[data-testid=schools-table] tbody tr"));
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getAttribute("data-state")).isEqualTo("below"));
        WebElement row = rows.get(0);
        String name = row.findElement(By.cssSelector("[data-testid=school-link]")).getText();
        String involved = row.findElement(By.cssSelector("[data-col=involved]")).getText();
        String coverage = row.findElement(By.cssSelector("[data-col=coverage]")).getText();
        long gap = Long.parseLong(row.findElement(By.cssSelector("[data-col=gap]")).getText());
        assertThat(gap).isPositive();
        String xlsxHref = browser.driver().findElement(By.cssSelector("[data-testid=export-xlsx]"))
                .getAttribute("href");

        browser.driver().get(row.findElement(By.cssSelector("[data-testid=school-link]")).getAttribute("href"));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains(name);
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=school-coverage]")).getText())
                .isEqualTo(coverage);
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=school-gap]")).getText())
                .contains(String.valueOf(gap));
        assertThat(browser.text()).contains("По формам наставничества", "По классам", "Дорожная карта");

        // The XLSX, fetched with the browser's session cookie
        Cookie session = browser.driver().manage().getCookieNamed("NSESSION");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(xlsxHref))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = book.getSheetAt(0);
            // the title row names the municipality and the as-of date; the header, with its filter, comes under it
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Охват наставничеством: ")
                    .matches(".*, по состоянию на \\d{2}\\.\\d{2}\\.\\d{4}$");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Вовлечено");
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef())
                    .as("the filter covers the schools, not the total under them")
                    .endsWith(String.valueOf(sheet.getLastRowNum()));
            Row found = null;
            for (Row r : sheet) {
                if (r.getRowNum() > 1 && name.equals(r.getCell(0).getStringCellValue())) {
                    found = r;
                }
            }
            assertThat(found).as("a row for %s", name).isNotNull();
            assertThat((long) found.getCell(2).getNumericCellValue())
                    .isEqualTo(Long.parseLong(involved.replaceAll("\\s", "")));
            double fraction = found.getCell(3).getNumericCellValue();
            String shown = coverage.replace("%", "").replace(",", ".").replaceAll("\\s", "");
            assertThat(fraction * 100).isCloseTo(Double.parseDouble(shown), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(found.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat((long) found.getCell(5).getNumericCellValue()).isEqualTo(gap);
        }
        browser.logout();
    }
}
