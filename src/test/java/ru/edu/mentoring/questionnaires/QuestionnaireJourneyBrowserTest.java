package ru.edu.mentoring.questionnaires;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 20, points 4 and 5, in a real browser: the curator issues a one-time link for a pair's mentee (exit wave) and
 * sees the sheet with its QR code; an anonymous browser opens the link, answers, and a second attempt is refused with
 * «Ответ уже получен»; the methodologist's page of the municipality then shows the school's satisfaction, computed
 * now that five respondents answered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionnaireJourneyBrowserTest extends IntegrationTest {

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
    People people;
    @Autowired
    PairingService pairing;
    @Autowired
    Questionnaires questionnaires;

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
        WebElement body = driver().findElement(By.tagName("body"));
        WebElement element = driver().findElement(target);
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ru.edu.mentoring.support.Browser.stale(body));
    }

    private void paperExit(long pairId, Respondent respondent, int scale, long userId) {
        Questionnaires.PairInfo pair = questionnaires.pair(pairId);
        QuestionnaireTemplate t = questionnaires.current(pair.municipalityId(), pair.formId(), respondent)
                .orElseThrow();
        Map<String, String> raw = new HashMap<>();
        for (TemplateQuestion q : t.getQuestions()) {
            switch (q.getKind()) {
                case SCALE -> raw.put(String.valueOf(q.getId()), String.valueOf(scale));
                case YES_NO -> raw.put(String.valueOf(q.getId()), "true");
                case CHOICE -> raw.put(String.valueOf(q.getId()), q.getChoices().get(0));
                default -> { }
            }
        }
        assertThat(questionnaires.submitPaper(pair, respondent, 1, Wave.EXIT, raw, userId).saved()).isTrue();
    }

    @Test
    void aCuratorIssuesALinkAnAnonymousBrowserAnswersOnceAndTheMethodologistSeesTheAggregate() throws Exception {
        LocalDate today = people.today();
        QuestionnaireWorld world = QuestionnaireWorld.create(schools, accounts, registry, pairing, jdbc);
        long curatorId = jdbc.queryForObject("select id from app_user where username = ?", Long.class,
                world.curator);
        long a = world.pair(today);
        long b = world.pair(today);
        long pair = world.pair(today);
        // four exit answers typed in from paper (8 each); the browser's will be the fifth
        paperExit(a, Respondent.MENTEE, 8, curatorId);
        paperExit(a, Respondent.MENTOR, 8, curatorId);
        paperExit(b, Respondent.MENTEE, 8, curatorId);
        paperExit(b, Respondent.MENTOR, 8, curatorId);
        String methodologist = "qmeth" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(new Accounts.NewAccount(methodologist, "demo", "Методистова Ирина Львовна", null,
                Set.of(Role.METHODOLOGIST), world.municipalityId, Set.of()));

        browser.login(methodologist, "demo");
        browser.open("/municipalities/" + world.municipalityId + "/questionnaires");
        WebElement before = driver().findElement(By.xpath("//table[@data-testid='by-school']//tr[td/a[text()='"
                + world.schoolName + "']]"));
        assertThat(before.getText()).contains("недостаточно ответов");

        browser.login(world.curator, "demo");
        browser.open("/schools/" + world.schoolId + "/questionnaires");
        clickAndWait(By.cssSelector("a[href$='/pairs/" + pair + "/questionnaires']"));
        new Select(driver().findElement(By.id("respondent"))).selectByValue("MENTEE");
        new Select(driver().findElement(By.id("wave"))).selectByValue("EXIT");
        clickAndWait(By.cssSelector("[data-testid=issue]"));
        assertThat(browser.text()).contains("Ссылка показывается только сейчас");
        WebElement qr = driver().findElement(By.cssSelector("img[data-testid=qr]"));
        assertThat(qr.getAttribute("src")).startsWith("data:image/png;base64,");
        assertThat(((Number) js("return arguments[0].naturalWidth;", qr)).intValue()).isGreaterThan(100);
        String path = driver().findElement(By.cssSelector("[data-testid=link-url]")).getAttribute("data-path");
        assertThat(path).startsWith("/q/");

        // an anonymous browser: no session of the curator's
        driver().manage().deleteAllCookies();
        browser.open(path);
        assertThat(browser.text()).contains("Анкета наставляемого").doesNotContain(world.lastSurname)
                .doesNotContain(world.schoolName);
        WebElement nine = driver().findElement(By.cssSelector("fieldset label[for$='_9']"));
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", nine);
        nine.click();
        js("const groups = {};"
                + "document.querySelectorAll('input[type=radio]').forEach(r => (groups[r.name] = groups[r.name] || [])"
                + ".push(r));"
                + "Object.values(groups).forEach(g => { if (g.some(r => r.checked)) return;"
                + " const pick = g.find(r => r.value === '9') || g.find(r => r.value === 'true') || g[0];"
                + " pick.checked = true; });");
        driver().findElement(By.cssSelector("textarea")).sendKeys("Понравилось готовиться к олимпиаде вместе");
        clickAndWait(By.cssSelector("[data-testid=send]"));
        assertThat(browser.text()).contains("Спасибо, ответ получен");

        browser.open(path);
        assertThat(browser.text()).contains("Ответ уже получен").doesNotContain("Эффективность");
        assertThat(driver().findElements(By.cssSelector("form[method=post] input[type=radio]"))).isEmpty();

        browser.login(methodologist, "demo");
        browser.open("/municipalities/" + world.municipalityId + "/questionnaires");
        WebElement row = driver().findElement(By.xpath("//table[@data-testid='by-school']//tr[td/a[text()='"
                + world.schoolName + "']]"));
        // (8 + 8 + 8 + 8 + 9) / 5 = 8.2
        assertThat(row.getText()).contains("8,20");
        assertThat(browser.text()).contains("Этап 1");
    }
}
