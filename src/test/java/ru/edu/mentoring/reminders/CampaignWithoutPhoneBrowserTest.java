package ru.edu.mentoring.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.campaigns.Campaigns;
import ru.edu.mentoring.campaigns.Stage;
import ru.edu.mentoring.mail.MailDelivery;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.IntegrationTest;
import ru.edu.mentoring.support.TestMail;

/**
 * Issue 18, «done when»: a campaign run without a phone call, in a real browser and a real SMTP server. The
 * department appoints a new curator by e-mail; the curator sets a password from the letter and signs in with the
 * login name the letter gives; they submit the school's roadmap; the department returns it with a comment, which
 * reaches the curator by e-mail; a deadline reminder reaches them by e-mail too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignWithoutPhoneBrowserTest extends IntegrationTest {

    static final String COMMENT = "Добавьте мероприятия по обучению наставников.";
    static final String PASSWORD = "Тихая-Заводь-Наставник-7";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired Schools schools;
    @Autowired Accounts accounts;
    @Autowired Campaigns campaigns;
    @Autowired Reminders reminders;
    @Autowired MailDelivery delivery;

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
    void aCuratorAppointedByEmailRunsTheRoadmapAndHearsOfTheReturnAndTheDeadlineByEmail() throws Exception {
        String stamp = Long.toString(System.nanoTime());
        long municipality = schools.createMunicipality("Беззвонковский городской округ " + stamp,
                "Свердловская область");
        long school = schools.createSchool(municipality, new SchoolForm("Муниципальное автономное общеобразовательное"
                + " учреждение «Средняя школа без звонков»", "МАОУ СШ без звонков", SchoolKind.GENERAL, null, null,
                null));
        accounts.create(new Accounts.NewAccount("dept" + stamp, "Ель-Сосна-Пихта-2026", "Звонарёва Ирина Павловна",
                null, Set.of(Role.DEPARTMENT), municipality, Set.of()));
        int year = AcademicYear.of(LocalDate.now());
        campaigns.create(municipality, "Внедрение ЦМН " + year, year);
        String email = "curator" + stamp + "@school.example.org";

        // the department appoints the curator by e-mail, in the appointment itself
        browser.login("dept" + stamp, "Ель-Сосна-Пихта-2026");
        browser.open("/schools/" + school + "/curator");
        set("newFullName", "Незвонова Анна Сергеевна");
        set("email", email);
        set("orderNumber", "45-к");
        set("orderDate", LocalDate.now().toString());
        submit(By.cssSelector("main form button[type=submit]"));
        browser.logout();

        // the letter: the login name and the one-use link
        delivery.deliverDue();
        String letter = textOf(only(email, "Установите пароль"));
        Matcher login = Pattern.compile("Имя для входа в портал: (\\S+)").matcher(letter);
        assertThat(login.find()).as("the letter gives the login name: " + letter).isTrue();
        Matcher link = Pattern.compile("https?://[^/\\s]+(/password/set\\?token=[A-Za-z0-9_-]+)").matcher(letter);
        assertThat(link.find()).as("the letter holds the link: " + letter).isTrue();

        browser.open(link.group(1));
        set("newPassword", PASSWORD);
        set("repeatPassword", PASSWORD);
        submit(By.cssSelector("main form button[type=submit]"));
        browser.login(login.group(1), PASSWORD);
        assertThat(path()).as("signed in with the name and password from the letter").doesNotContain("/login");

        // the curator makes the roadmap and submits it
        browser.open("/roadmaps/school/" + school);
        submit(By.xpath("//main//form[.//input[@name='mode' and @value='empty']]//button"));
        String roadmapPath = path();
        browser.open(roadmapPath.replaceFirst("\\?.*", "") + "/measures/new");
        set("number", "1");
        set("title", "Назначение куратора внедрения целевой модели наставничества");
        set("responsible", "Директор");
        submit(By.cssSelector("main form button[type=submit]"));
        submitAndConfirm(By.cssSelector("[data-testid=submit]"));
        browser.logout();

        // the department returns it with a comment
        browser.login("dept" + stamp, "Ель-Сосна-Пихта-2026");
        browser.open(roadmapPath.replaceFirst("\\?.*", ""));
        browser.driver().findElement(By.id("comment")).sendKeys(COMMENT);
        submit(By.cssSelector("[data-testid=return]"));
        browser.logout();

        delivery.deliverDue();
        assertThat(textOf(only(email, "возвращена"))).contains("МАОУ СШ без звонков", COMMENT);

        // and a deadline a week ahead reminds the curator by e-mail
        LocalDate deadline = Stage.ROADMAP.defaultDeadline(year);
        reminders.run(deadline.minusDays(5), Set.of(school));
        delivery.deliverDue();
        List<String> reminded = new java.util.ArrayList<>();
        for (MimeMessage m : TestMail.to(email)) {
            reminded.add(textOf(m));
        }
        assertThat(reminded).as("a letter of the stage's deadline").anySatisfy(t -> assertThat(t)
                .contains("МАОУ СШ без звонков", "срок этапа"));
    }

    /** The one letter to the address whose subject contains the words (case-insensitive). */
    private MimeMessage only(String address, String subjectPart) throws Exception {
        List<MimeMessage> found = new java.util.ArrayList<>();
        for (MimeMessage m : TestMail.to(address)) {
            if (m.getSubject().toLowerCase().contains(subjectPart.toLowerCase())) {
                found.add(m);
            }
        }
        assertThat(found).as("letters to " + address + " about «" + subjectPart + "»").hasSize(1);
        return found.get(0);
    }

    private static String textOf(MimeMessage m) throws Exception {
        return m.getSubject() + "\n" + text(m.getContent());
    }

    private static String text(Object content) throws Exception {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof jakarta.mail.Multipart mp) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) {
                b.append(text(mp.getBodyPart(i).getContent())).append('\n');
            }
            return b.toString();
        }
        return "";
    }

    private String path() {
        return browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    }

    private void set(String id, String value) {
        WebElement e = browser.driver().findElement(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", e, value);
    }

    private void submit(By by) {
        WebElement page = browser.driver().findElement(By.tagName("html"));
        WebElement button = browser.driver().findElement(by);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        waitForNewPage(page);
    }

    private void submitAndConfirm(By by) {
        WebElement page = browser.driver().findElement(By.tagName("html"));
        WebElement button = browser.driver().findElement(by);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
        waitForNewPage(page);
    }

    private void waitForNewPage(WebElement oldPage) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        wait.until(ru.edu.mentoring.support.Browser.stale(oldPage));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}
