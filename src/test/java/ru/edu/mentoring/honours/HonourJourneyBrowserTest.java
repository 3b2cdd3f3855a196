package ru.edu.mentoring.honours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.IntegrationTest;
import ru.edu.mentoring.support.OwnMunicipality;

/**
 * Issue 21 point 3 in a real browser: a curator nominates a mentor of the school's base for a грамота, the department
 * approves it on the nomination's page, the certificate opens as a PDF, and the mentor's record shows the honour.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HonourJourneyBrowserTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    @Autowired
    PeopleRegistry people;

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
        return driver().findElement(By.cssSelector("[data-testid=nomination-status]")).getText();
    }

    @Test
    void aCuratorNominatesTheDepartmentApprovesThePdfOpensAndTheRecordShowsTheHonour() {
        HonoursWorld world = HonoursWorld.create(schools, accounts, people);
        long mentor = world.mentor(world.schoolA, "Браузерная");
        String name = jdbc.queryForObject("select last_name || ' ' || first_name || ' ' || middle_name from person"
                + " where id = ?", String.class, mentor);

        // the curator nominates from the list
        browser.login(world.curatorA, "demo");
        browser.open("/nominations");
        clickAndWait(By.cssSelector("[data-testid=new-nomination]"));
        new Select(driver().findElement(By.id("mentor"))).selectByValue(String.valueOf(mentor));
        new Select(driver().findElement(By.id("kind"))).selectByValue("GRAMOTA");
        type("wording", "за высокий профессионализм и успехи в наставничестве");
        type("justification", "Третий год ведёт молодых педагогов; оба наставляемых аттестованы.");
        clickAndWait(By.cssSelector("[data-testid=submit-nomination]"));
        assertThat(browser.text()).contains("Представление отправлено в управление образования.", name);
        assertThat(status()).isEqualTo("На рассмотрении");
        String page = driver().getCurrentUrl();
        assertThat(driver().findElements(By.cssSelector("[data-testid=honour-pdf]"))).as("no PDF yet").isEmpty();
        browser.logout();

        // the department approves it
        browser.login(OwnMunicipality.DEPARTMENT, "demo");
        driver().navigate().to(page);
        assertThat(driver().findElements(By.cssSelector("[data-testid=refuse]"))).hasSize(1);
        clickAndWait(By.cssSelector("[data-testid=approve]"));
        assertThat(browser.text()).contains("Представление согласовано; грамота доступна для печати.");
        assertThat(status()).isEqualTo("Согласовано");
        browser.logout();

        // the curator opens the certificate and the mentor's record
        browser.login(world.curatorA, "demo");
        driver().navigate().to(page);
        WebElement pdf = driver().findElement(By.cssSelector("[data-testid=honour-pdf]"));
        String href = pdf.getAttribute("href");
        @SuppressWarnings("unchecked")
        List<Object> fetched = (List<Object>) ((JavascriptExecutor) driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done([r.status,"
                        + " r.headers.get('content-type'), String.fromCharCode(...new Uint8Array(b.slice(0, 5)))])))"
                        + ".catch(e => done([0, String(e), '']));", href);
        assertThat(((Number) fetched.get(0)).intValue()).isEqualTo(200);
        assertThat((String) fetched.get(1)).startsWith("application/pdf");
        assertThat((String) fetched.get(2)).isEqualTo("%PDF-");
        String windowBefore = driver().getWindowHandle();
        pdf.click();
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(d -> d.getWindowHandles().size() > 1);
        for (String handle : driver().getWindowHandles()) {
            if (!handle.equals(windowBefore)) {
                driver().switchTo().window(handle);
                new WebDriverWait(driver(), Duration.ofSeconds(10))
                        .until(d -> d.getCurrentUrl().contains("/document.pdf"));
                driver().close();
            }
        }
        driver().switchTo().window(windowBefore);

        clickAndWait(By.cssSelector("[data-testid=mentor-record]"));
        WebElement honour = driver().findElement(By.cssSelector("[data-testid=achievement]"));
        assertThat(honour.getText()).contains("Почётная грамота управления образования",
                "за высокий профессионализм и успехи в наставничестве");
    }
}
