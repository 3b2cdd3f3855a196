package ru.edu.mentoring.practices;

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
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 21, point 1, done in a real browser: a curator writes a practice and submits it, the methodologist returns it
 * with a comment, the curator sees the comment, fixes the passport and submits again, the methodologist publishes it,
 * and it appears in the public catalogue (found by the search) and on the school's public page, without login.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeJourneyBrowserTest extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Schools schools;
    @Autowired
    Accounts accounts;

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

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    void clickAndWait(By target) {
        js("window.confirm = function () { return true; };");
        WebElement body = driver().findElement(By.tagName("body"));
        WebElement element = driver().findElement(target);
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
        new WebDriverWait(driver(), Duration.ofSeconds(15)).until(ru.edu.mentoring.support.Browser.stale(body));
    }

    void type(String id, String text) {
        WebElement e = driver().findElement(By.id(id));
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
        e.clear();
        e.sendKeys(text);
    }

    @Test
    void aPracticeGoesFromSubmissionThroughModerationToThePublicCatalogue() {
        PracticeWorld world = PracticeWorld.create(schools, accounts);
        String title = "Школа молодого педагога " + world.tag;

        browser.login(world.curatorA, "demo");
        browser.open("/practice-bank");
        clickAndWait(By.cssSelector("[data-testid=new-practice]"));
        type("title", title);
        new Select(driver().findElement(By.id("formId"))).selectByVisibleText("учитель – учитель");
        type("roleModel", "опытный педагог – молодой специалист");
        type("problem", "Молодые специалисты уходят из школы в первые три года.");
        type("description", "Знакомство, индивидуальные планы, взаимопосещение уроков, открытые уроки.");
        WebElement consent = driver().findElement(By.id("publishConsent1"));
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", consent);
        consent.click();
        clickAndWait(By.cssSelector("[data-testid=save]"));
        assertThat(browser.text()).contains("Практика создана").contains("Черновик");
        clickAndWait(By.cssSelector("[data-testid=submit]"));
        assertThat(browser.text()).contains("Практика отправлена на модерацию").contains("На модерации");
        String practicePath = driver().getCurrentUrl().replaceAll("^https?://[^/]+", "");
        browser.logout();

        browser.login(world.methodologist, "demo");
        browser.open(practicePath);
        type("comment", "Добавьте результаты мониторинга: вход и выход.");
        clickAndWait(By.cssSelector("[data-testid=return]"));
        assertThat(browser.text()).contains("Практика возвращена на доработку");
        browser.logout();

        browser.login(world.curatorA, "demo");
        browser.open(practicePath);
        assertThat(driver().findElement(By.cssSelector("[data-testid=return-comment]")).getText())
                .contains("Добавьте результаты мониторинга: вход и выход.");
        clickAndWait(By.cssSelector("[data-testid=edit]"));
        type("results", "Все пять молодых специалистов остались в школе; уверенность выросла с 4,2 до 7,6 из 10.");
        clickAndWait(By.cssSelector("[data-testid=save]"));
        assertThat(browser.text()).contains("Паспорт практики сохранён");
        clickAndWait(By.cssSelector("[data-testid=submit]"));
        assertThat(browser.text()).contains("На модерации");
        browser.logout();

        browser.login(world.methodologist, "demo");
        browser.open(practicePath);
        assertThat(browser.text()).contains("с 4,2 до 7,6 из 10");
        clickAndWait(By.cssSelector("[data-testid=approve]"));
        assertThat(browser.text()).contains("Практика опубликована");
        assertThat(driver().findElement(By.cssSelector("[data-testid=history]")).getText())
                .contains("Добавьте результаты мониторинга");
        browser.logout();

        // the public, without login: the catalogue's search finds it, its page and the school's page show it
        browser.open("/practices");
        type("q", "молодого педагога " + world.tag);
        clickAndWait(By.cssSelector("[data-testid=catalogue-filter] button[type=submit]"));
        assertThat(driver().findElements(By.cssSelector("[data-testid=catalogue-item]"))).hasSize(1);
        clickAndWait(By.linkText(title));
        assertThat(driver().findElement(By.cssSelector("[data-testid=practice-title]")).getText()).isEqualTo(title);
        assertThat(browser.text()).contains("с 4,2 до 7,6 из 10").doesNotContain("Добавьте результаты мониторинга");
        browser.open("/public/schools/" + world.schoolA);
        assertThat(driver().findElement(By.cssSelector("[data-testid=school-practices]")).getText()).contains(title);
        clickAndWait(By.linkText(title));
        assertThat(driver().getCurrentUrl()).endsWith(practicePath.replace("/practice-bank/", "/practices/"));
    }
}
