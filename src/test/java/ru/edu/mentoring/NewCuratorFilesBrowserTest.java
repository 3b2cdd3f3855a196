package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.people.Mr42Samples;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 17's done-test: a new curator takes the files the school already has — the МР-42/02 «База наставников» and
 * «База наставляемых» as they are (a title above the header, no «Категория», consents in the rows) and a class list
 * exported from an electronic journal (Windows-1251, tab-separated, a title line and a blank line, «№ п/п», «ФИО»,
 * «Пол») — and has the bases, consents and students in the portal, in the browser, through the upload, the column
 * matching and the write. In a municipality of its own, whose school has the samples' school name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewCuratorFilesBrowserTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    Browser browser;
    long school;
    String curator;

    @BeforeAll
    void setUp() throws Exception {
        browser = Browser.start(port);
        String stamp = System.nanoTime() + "" + ThreadLocalRandom.current().nextInt(1000);
        long municipality = schools.createMunicipality("Файловый городской округ " + stamp, "Свердловская область");
        school = schools.createSchool(municipality, new SchoolForm(
                "Муниципальное автономное общеобразовательное учреждение «Средняя общеобразовательная школа № 5»",
                Mr42Samples.SCHOOL, SchoolKind.GENERAL, null, null, null));
        curator = "curator.files." + stamp;
        accounts.create(new Accounts.NewAccount(curator, "demo", "Файлова Ольга Ивановна", null,
                Set.of(Role.CURATOR), municipality, Set.of(school)));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void click(WebElement button) {
        WebElement body = browser.driver().findElement(By.tagName("body"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
        button.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(ru.edu.mentoring.support.Browser.stale(body));
    }

    /** Uploads a file as it is, checks the matching page's counts, confirms and returns the report's text. */
    private String load(Path file, String category, String expectedCounts) {
        browser.open("/schools/" + school + "/import");
        WebElement input = browser.driver().findElement(By.id("file"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].classList.remove('visually-hidden')",
                input);
        input.sendKeys(file.toAbsolutePath().toString());
        new Select(browser.driver().findElement(By.id("category"))).selectByValue(category);
        click(browser.driver().findElement(By.cssSelector("[data-testid=import-submit]")));
        assertThat(browser.driver().getCurrentUrl()).as(browser.text()).matches(".*/import/uploads/\\d+$");
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=import-counts]")).getText())
                .contains(expectedCounts);
        click(browser.driver().findElement(By.cssSelector("[data-testid=import-confirm-submit]")));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(180))
                .until(ExpectedConditions.urlContains("/import?run="));
        return browser.text();
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class, school);
    }

    @Test
    void theMr4202TablesAndAJournalsClassListLoadAsTheyAre() throws Exception {
        browser.login(curator, "demo");

        Path mentors = Files.createTempFile("База наставников", ".xlsx");
        Files.write(mentors, Mr42Samples.read("mr42-mentors.xlsx"));
        assertThat(load(mentors, "", "Новых: 30")).contains("Загрузка выполнена", "Создано: 30");
        assertThat(count("select count(*) from mentor_profile where school_id = ? and in_base")).isEqualTo(30);

        Path mentees = Files.createTempFile("База наставляемых", ".xlsx");
        Files.write(mentees, Mr42Samples.read("mr42-mentees.xlsx"));
        assertThat(load(mentees, "", "Новых: 30")).contains("Загрузка выполнена", "Создано: 30");
        assertThat(count("select count(*) from mentee_profile where school_id = ? and in_base")).isEqualTo(30);
        assertThat(count("select count(*) from consent c join person p on p.id = c.person_id where p.school_id = ?"))
                .as("the consents of both tables").isGreaterThanOrEqualTo(30);

        // a class list as the electronic journal exports it: no category (chosen on the form), a title, «Пол»
        int year = LocalDate.now().getYear() - 12;
        String journal = "Список обучающихся 6 «В» класса\n\n№ п/п\tФИО\tКласс\tДата рождения\tПол\n"
                + "1\tЖурналова Вера Андреевна\t6 «В»\t03.02." + year + "\tж\n"
                + "2\tЖурналов Пётр\t6-в\t14.05." + year + "\tм\n"
                + "3\tТабельная Анна Сергеевна\t6В\t21.11." + year + "\tж\n";
        Path list = Files.createTempFile("класс", ".csv");
        Files.write(list, journal.getBytes(Charset.forName("windows-1251")));
        assertThat(load(list, "STUDENT", "Новых: 3")).contains("Загрузка выполнена", "Создано: 3");
        assertThat(jdbc.queryForList("select p.last_name, p.middle_name, c.grade, c.letter from person p join"
                + " student_class c on c.person_id = p.id where p.school_id = ? and p.last_name in ('Журналова',"
                + " 'Журналов', 'Табельная') order by p.last_name", school))
                .extracting(r -> r.get("last_name") + " " + r.get("middle_name") + " " + r.get("grade")
                        + r.get("letter"))
                .containsExactly("Журналов null 6В", "Журналова Андреевна 6В", "Табельная Сергеевна 6В");

        // and the people list shows them
        browser.open("/schools/" + school + "/people?q=Журналов");
        assertThat(browser.text()).contains("Журналова Вера Андреевна", "Журналов Пётр");
    }
}
