package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;
import ru.edu.mentoring.support.OwnMunicipality;

/**
 * A curator filters the people list, chooses «все, кто подходит под фильтр», adds them to the mentee base with a
 * common request, checks (the count shows before anything is written), runs it, and the mentee base lists them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleBulkBrowserTest extends IntegrationTest {

    static final String SCHOOL = "МБОУ СОШ № 83 (массовые в браузере)";
    static final String CURATOR = "curator.bulkbrowser";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    @Autowired
    PeopleRegistry registry;

    Browser browser;
    long school;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = Browser.start(port);
        Long id = OwnMunicipality.newSchool(schools, accounts, jdbc, SCHOOL, "Муниципальное бюджетное"
                + " общеобразовательное учреждение «Средняя общеобразовательная школа № 83»");
        school = jdbc.queryForObject("select id from school where short_name = ?", Long.class, SCHOOL);
        if (id != null) {
            accounts.create(new Accounts.NewAccount(CURATOR, "demo", "Браузерова Анна Петровна", null,
                    Set.of(Role.CURATOR), OwnMunicipality.id(schools, accounts), Set.of(school)));
            for (String last : new String[] {"Шестаков", "Шестакова", "Шестопалов"}) {
                long p = registry.create(school, PersonKind.STUDENT, Fixtures.person(last, "Иван", null, 6));
                registry.recordConsent(p, new RecordConsent(LocalDate.now().minusDays(5),
                        ConsentGiver.REPRESENTATIVE, last + " Мария", "2025-1"));
            }
            long other = registry.create(school, PersonKind.STUDENT, Fixtures.person("Другов", "Пётр", null, 6));
            registry.recordConsent(other, new RecordConsent(LocalDate.now().minusDays(5),
                    ConsentGiver.REPRESENTATIVE, "Другова Мария", "2025-1"));
        }
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    void clickAndWait(By target) {
        WebElement element = browser.driver().findElement(target);
        WebElement body = browser.driver().findElement(By.tagName("body"));
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ru.edu.mentoring.support.Browser.stale(body));
    }

    @Test
    void allMatchingTheFilterEnterTheMenteeBase() {
        browser.login(CURATOR, "demo");
        browser.open("/schools/" + school + "/people");
        browser.driver().findElement(By.id("q")).sendKeys("Шест");
        clickAndWait(By.cssSelector("form[role=search] button[type=submit]"));
        assertThat(browser.text()).contains("все, кто подходит под фильтр (3)");

        WebElement all = browser.driver().findElement(By.id("scope-filter"));
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", all);
        all.click();
        new Select(browser.driver().findElement(By.id("bulk-action"))).selectByValue("MENTEE");
        clickAndWait(By.cssSelector("[data-testid=bulk-next]"));
        assertThat(browser.text()).contains("Включение в базу наставляемых", "Выбрано: 3 человека");

        browser.driver().findElement(By.id("request")).sendKeys("Подготовка к ВПР по математике");
        clickAndWait(By.cssSelector("[data-testid=bulk-check]"));
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=bulk-summary]")).getText())
                .startsWith("Будет изменено: 3. Отказ по правилам: 0");
        assertThat(jdbc.queryForObject("select count(*) from mentee_profile where school_id = ?", Long.class,
                school)).isZero();

        clickAndWait(By.cssSelector("[data-testid=bulk-apply]"));
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=bulk-done]")).getText())
                .isEqualTo("Изменено: 3.");
        clickAndWait(By.linkText("Открыть базу наставляемых"));
        String base = browser.text();
        assertThat(base).contains("Шестаков Иван", "Шестакова Иван", "Шестопалов Иван",
                "Подготовка к ВПР по математике").doesNotContain("Другов Пётр");
    }
}
