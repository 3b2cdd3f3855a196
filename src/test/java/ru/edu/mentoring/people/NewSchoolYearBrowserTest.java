package ru.edu.mentoring.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 17 point 7 in a real browser: the curator opens «Переводы и учебный год», the school's «Перевод в следующий
 * учебный год», reads what will happen per grade, confirms the browser's question and sees the classes of the next
 * year written; the page then says there is nobody left to move.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewSchoolYearBrowserTest extends IntegrationTest {

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

    @Autowired
    NewSchoolYear newYear;

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

    void click(WebElement element, boolean confirm) {
        WebElement body = browser.driver().findElement(By.tagName("body"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        if (confirm) {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent())
                    .accept();
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ru.edu.mentoring.support.Browser.stale(body));
    }

    @Test
    void theCuratorMovesEveryClassUpInOneConfirmedStep() {
        YearsWorld w = YearsWorld.create(schools, accounts, jdbc);
        List<Integer> years = newYear.allowedYears();
        int y = years.get(years.size() - 1);
        long[] ids = new long[3];
        int[] grades = {4, 4, 11};
        for (int i = 0; i < 3; i++) {
            ids[i] = registry.create(w.schoolA(), PersonKind.STUDENT, SavePerson.named("Сентябрёв" + i, "Ученик", null)
                    .withBirthDate(LocalDate.of(y - grades[i] - 6, 2, 1)));
            registry.setClass(ids[i], y, grades[i], "Б");
        }

        browser.login(w.curatorA(), YearsWorld.PASSWORD);
        browser.open("/transfers");
        click(browser.driver().findElement(By.cssSelector("[data-testid=new-year-schools] a")), false);
        assertThat(browser.driver().getCurrentUrl()).contains("/schools/" + w.schoolA() + "/new-year");
        WebElement plan = browser.driver().findElement(By.cssSelector("[data-testid=new-year-plan]"));
        assertThat(plan.findElement(By.cssSelector("tr[data-grade='4']")).getText()).contains("5", "2");
        assertThat(plan.findElement(By.cssSelector("tr[data-grade='11']")).getText()).contains("выпускники");

        click(browser.driver().findElement(By.cssSelector("[data-testid=new-year-run]")), true);
        assertThat(browser.text()).contains("Классы переведены в следующий учебный год");
        assertThat(browser.driver().findElements(By.cssSelector("[data-testid=new-year-nothing]"))).hasSize(1);
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=new-year-history]")).getText())
                .contains("переведено 2, выпущено 1");
        assertThat(jdbc.queryForObject("select count(*) from student_class where person_id in (?, ?) and academic_year"
                + " = ? and grade = 5 and letter = 'Б'", Integer.class, ids[0], ids[1], y + 1)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select graduated_in from person where id = ?", Integer.class, ids[2]))
                .isEqualTo(y);
    }
}
