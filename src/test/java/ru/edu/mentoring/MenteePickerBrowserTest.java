package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Choosing mentees for a pair or group: the plain list gets a search box and class/request filters, a click chooses
 * without Ctrl, and the chosen ones are listed (the filters hide options, never unchoose them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MenteePickerBrowserTest extends IntegrationTest {

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
    void searchFiltersTheMenteesAndTheChosenOnesAreListed() {
        browser.login("curator1", "demo");
        browser.open("/schools/" + Fixtures.school1(jdbc) + "/pairs/new");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        WebElement select = browser.driver().findElement(By.cssSelector("[data-testid=mentee-select]"));
        List<WebElement> options = select.findElements(By.tagName("option"));
        assertThat(options).as("the demo school has several mentees").hasSizeGreaterThan(1);
        WebElement first = options.get(0);
        String firstText = first.getText();
        String lastName = firstText.split(" ")[0];

        WebElement search = browser.driver().findElement(By.cssSelector("[data-picker-search]"));
        assertThat(search.isDisplayed()).isTrue();
        search.sendKeys(lastName);
        long visible = (Long) js.executeScript("return Array.prototype.filter.call(arguments[0].options,"
                + " function (o) { return !o.hidden; }).length", select);
        assertThat(visible).isPositive().isLessThan(options.size());

        js.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", first);
        first.click();
        WebElement chosen = browser.driver().findElement(By.cssSelector("[data-testid=mentee-chosen]"));
        assertThat(chosen.findElements(By.cssSelector("[data-picker-list] li"))).extracting(WebElement::getText)
                .containsExactly(firstText);

        // clearing the search shows everyone again; the choice stays
        search.clear();
        js.executeScript("arguments[0].dispatchEvent(new Event('input'))", search);
        long all = (Long) js.executeScript("return Array.prototype.filter.call(arguments[0].options,"
                + " function (o) { return !o.hidden; }).length", select);
        assertThat(all).isEqualTo(options.size());
        assertThat(first.isSelected()).isTrue();
    }
}
