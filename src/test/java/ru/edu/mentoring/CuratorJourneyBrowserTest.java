package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The curator's day in a real browser: curator1 adds a mentor and a mentee, forms a pair, activates it and finds it in
 * the list; curator2 opening that pair's address is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CuratorJourneyBrowserTest extends IntegrationTest {

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
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ru.edu.mentoring.support.Browser.stale(body));
    }

    void click(String linkText) {
        clickAndWait(By.linkText(linkText));
    }

    void save() {
        clickAndWait(By.cssSelector("form button[type=submit].btn-primary"));
    }

    @Test
    void curatorRegistersAMentorAMenteeAndAnActivePairThatAnotherCuratorCannotOpen() {
        long school = Fixtures.school1(jdbc);
        browser.login("curator1", "demo");

        // A teacher who will mentor
        browser.open("/schools/" + school + "/people/new?kind=TEACHER");
        type("lastName", "Журавлёва");
        type("firstName", "Нина");
        type("middleName", "Павловна");
        type("position", "Учитель математики");
        date("teachingSince", "2009-09-01");
        save();
        assertThat(browser.text()).contains("Запись добавлена", "Журавлёва Нина Павловна");
        // an adult is paired only with their own consent (the form proposes «сам человек» for an adult)
        clickAndWait(By.cssSelector("[data-testid=record-consent]"));
        assertThat(browser.text()).contains("Согласие записано");
        click("Включить в базу наставников");
        type("competences", "Математика, подготовка к олимпиадам");
        // training is no longer ticked on the mentor form: it comes from the training records (issue 20 point 2)
        save();
        assertThat(browser.text()).contains("Данные наставника сохранены");

        // A sixth-grader who asks for help, with a parent's consent
        browser.open("/schools/" + school + "/people/new?kind=STUDENT");
        type("lastName", "Соловьёва");
        type("firstName", "Ева");
        new Select(driver().findElement(By.id("grade"))).selectByVisibleText("6");
        type("letter", "Б");
        save();
        assertThat(browser.text()).contains("Соловьёва Ева", "Согласие родителя или законного представителя не зарегистрировано");
        // a minor enters the mentee base only with the consent in force
        type("representativeName", "Соловьёва Ирина Олеговна");
        clickAndWait(By.cssSelector("[data-testid=record-consent]"));
        assertThat(browser.text()).contains("Согласие записано");
        click("Включить в базу наставляемых");
        type("request", "Подтянуть математику");
        save();
        assertThat(browser.text()).contains("Запрос наставляемого сохранён");

        // The pair: a draft first, then activated
        browser.open("/schools/" + school + "/pairs/new");
        new Select(driver().findElement(By.id("formId"))).selectByVisibleText("учитель – ученик");
        selectContaining("mentorId", "Журавлёва Нина Павловна");
        selectContaining("menteeIds", "Соловьёва Ева");
        type("goal", "Подготовка к олимпиаде по математике");
        type("orderNumber", "171-о");
        date("orderDate", "2026-11-20");
        clickAndWait(By.cssSelector("[data-testid=save-draft]"));
        assertThat(driver().findElement(By.cssSelector("[data-testid=pair-status]")).getText()).isEqualTo("черновик");
        String pairUrl = driver().getCurrentUrl();
        clickAndWait(By.cssSelector("[data-testid=activate]"));
        assertThat(driver().findElement(By.cssSelector("[data-testid=pair-status]")).getText()).isEqualTo("действует");
        assertThat(browser.text()).contains("Пара начала работу");

        // It is in the list of the school's active pairs of that form
        browser.open("/schools/" + school + "/pairs?status=ACTIVE&grade=6");
        String table = driver().findElement(By.cssSelector("[data-testid=pairs-table]")).getText();
        assertThat(table).contains("Журавлёва Нина Павловна", "Соловьёва Ева (6Б)", "от 20.11.2026 № 171-о");

        // Another school's curator gets nothing
        browser.logout();
        browser.login("curator2", "demo");
        driver().get(pairUrl);
        assertThat(browser.text()).contains("Страница не найдена").doesNotContain("Соловьёва");
        browser.logout();
    }

    private void selectContaining(String id, String text) {
        Select select = new Select(driver().findElement(By.id(id)));
        for (WebElement option : select.getOptions()) {
            if (option.getText().contains(text)) {
                select.selectByVisibleText(option.getText());
                return;
            }
        }
        throw new AssertionError("no option with «" + text + "» in #" + id);
    }
}
