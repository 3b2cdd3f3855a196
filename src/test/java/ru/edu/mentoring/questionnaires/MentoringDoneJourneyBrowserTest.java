package ru.edu.mentoring.questionnaires;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
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
import ru.edu.mentoring.training.DocType;
import ru.edu.mentoring.training.Trainings;

/**
 * Issue 20, its done-test in one browser journey. A curator opens a running pair, goes from its card to the meeting
 * log, records the getting-acquainted, trial, planning, working and final meetings (the final one completes the pair),
 * follows the completed pair's offer to its exit questionnaires, issues the mentee's one-time link, and the mentee
 * answers it anonymously. Then the municipality's methodologist opens one page — «Качество и результаты
 * наставничества» — and reads the school's trained mentors, meetings per pair, pairs completed with a final meeting,
 * satisfaction (stage 1) and growth (stage 2), each computed from what was just entered.
 *
 * <p>The other four pairs of the school answered on paper (entry 5, exit 8 on every scale), so that the school has the
 * five respondents below which no questionnaire figure is shown; the browser's mentee answered 5 at entry and 9 at
 * exit. Satisfaction = (4 × 8 + 9) / 5 = 8.2; growth = (4 × 3 + 4) / 5 = 3.2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MentoringDoneJourneyBrowserTest extends IntegrationTest {

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
    @Autowired
    Trainings trainings;

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
        return browser.js(script, args);
    }

    void clickAndWait(By target) {
        browser.clickAndWait(target);
    }

    private void paper(long pairId, Wave wave, int scale, long userId) {
        Questionnaires.PairInfo pair = questionnaires.pair(pairId);
        QuestionnaireTemplate t = questionnaires.current(pair.municipalityId(), pair.formId(), Respondent.MENTEE)
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
        assertThat(questionnaires.submitPaper(pair, Respondent.MENTEE, 1, wave, raw, userId).saved()).isTrue();
    }

    @Test
    void aCuratorRunsAPairToItsFinalQuestionnaireAndTheMethodologistSeesItAllOnOnePage() throws Exception {
        LocalDate today = people.today();
        QuestionnaireWorld world = QuestionnaireWorld.create(schools, accounts, registry, pairing, jdbc);
        long curatorId = jdbc.queryForObject("select id from app_user where username = ?", Long.class,
                world.curator);
        long pair = world.pair(today);
        List<Long> others = List.of(world.pair(today), world.pair(today), world.pair(today), world.pair(today));
        paper(pair, Wave.ENTRY, 5, curatorId);
        for (long other : others) {
            paper(other, Wave.ENTRY, 5, curatorId);
            paper(other, Wave.EXIT, 8, curatorId);
        }
        // the pair's mentor took the municipality's course (one of the school's five mentors is trained)
        long mentor = jdbc.queryForObject("select mentor_id from mentoring_pair where id = ?", Long.class, pair);
        trainings.addCourse(mentor, new Trainings.NewCourse("«Наставник в образовательной организации»", "ИМЦ", 36,
                today.minusDays(60), today.minusDays(40), DocType.PK_CERTIFICATE, "ПК-7781", null, null), "test");

        // the curator: from the pair's card to its meeting log, five meetings, the last one final
        browser.login(world.curator, "demo");
        browser.open("/pairs/" + pair);
        assertThat(driver().findElement(By.cssSelector("[data-testid=pair-status]")).getText()).isEqualTo("действует");
        assertThat(driver().findElements(By.cssSelector("[data-testid=questionnaires-link]"))).hasSize(1);
        clickAndWait(By.cssSelector("[data-testid=meetings-link]"));
        assertThat(browser.text()).contains("Встреч пока не было");
        assertThat(driver().findElements(By.cssSelector("[data-testid=exit-questionnaires]"))).isEmpty();
        browser.recordMeeting(today.minusDays(28), null, null);
        assertThat(browser.text()).contains("Встреча записана").contains("Встреча-знакомство");
        browser.recordMeeting(today.minusDays(21), null, null);
        browser.recordMeeting(today.minusDays(14), null, "План на полугодие");
        browser.recordMeeting(today.minusDays(7), null, null);
        browser.recordMeeting(today.minusDays(1), "FINAL", "Цели достигнуты, проект защищён");
        assertThat(browser.text()).contains("Итоговая встреча записана, работа пары завершена");
        assertThat(driver().findElement(By.cssSelector("[data-testid=pair-status]")).getText()).isEqualTo("завершена");
        assertThat(driver().findElements(By.cssSelector("[data-testid=meeting]"))).hasSize(5);
        browser.screenshot("done-journey-meetings");

        // the completed pair offers its exit questionnaires; the exit wave is preselected
        clickAndWait(By.cssSelector("[data-testid=exit-questionnaires-link]"));
        assertThat(driver().getCurrentUrl()).endsWith("/pairs/" + pair + "/questionnaires");
        assertThat(driver().findElements(By.cssSelector("[data-testid=exit-offer]"))).hasSize(1);
        assertThat(new Select(driver().findElement(By.id("wave"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("EXIT");
        new Select(driver().findElement(By.id("respondent"))).selectByValue("MENTEE");
        clickAndWait(By.cssSelector("[data-testid=issue]"));
        assertThat(browser.text()).contains("Ссылка показывается только сейчас");
        String path = driver().findElement(By.cssSelector("[data-testid=link-url]")).getAttribute("data-path");
        assertThat(path).startsWith("/q/");
        browser.screenshot("done-journey-link");

        // the mentee, without an account: 9 on every scale
        driver().manage().deleteAllCookies();
        browser.open(path);
        assertThat(browser.text()).contains("Анкета наставляемого").doesNotContain(world.lastSurname)
                .doesNotContain(world.schoolName);
        js("const groups = {};"
                + "document.querySelectorAll('input[type=radio]').forEach(r => (groups[r.name] = groups[r.name] || [])"
                + ".push(r));"
                + "Object.values(groups).forEach(g => { const pick = g.find(r => r.value === '9')"
                + " || g.find(r => r.value === 'true') || g[0]; pick.checked = true; });");
        clickAndWait(By.cssSelector("[data-testid=send]"));
        assertThat(browser.text()).contains("Спасибо, ответ получен");

        // the methodologist: one page with training, meetings, satisfaction and growth beside coverage
        String methodologist = "dmeth" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(new Accounts.NewAccount(methodologist, "demo", "Итогова Ирина Львовна", null,
                Set.of(Role.METHODOLOGIST), world.municipalityId, Set.of()));
        browser.login(methodologist, "demo");
        browser.open("/municipalities/" + world.municipalityId + "/quality");
        assertThat(driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("Качество и результаты наставничества");
        List<String> headers = driver().findElements(By.cssSelector("[data-testid=indicators-table] thead th"))
                .stream().map(WebElement::getText).toList();
        assertThat(headers).contains("Охват", "Обученные наставники", "Встреч на пару (среднее)",
                "Завершено итоговой встречей");
        WebElement row = driver().findElement(By.cssSelector("[data-testid=indicators-table] tbody tr[data-school='"
                + world.schoolId + "']"));
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", row);
        browser.screenshot("done-journey-quality");
        assertThat(row.findElement(By.tagName("a")).getText()).isEqualTo(world.schoolName);
        assertThat(cell(row, "training.mentors")).isEqualTo("5");
        assertThat(cell(row, "training.trained")).isEqualTo("1");
        assertThat(cell(row, "meetings.pairs")).isEqualTo("5");
        assertThat(cell(row, "meetings.perPair")).isEqualTo("1,0");
        assertThat(cell(row, "meetings.completedWithFinal")).isEqualTo("1");
        assertThat(cell(row, "questionnaires.satisfaction")).startsWith("8,2");
        assertThat(cell(row, "questionnaires.growth")).contains("3,2");
    }

    private static String cell(WebElement row, String code) {
        return row.findElement(By.cssSelector("td[data-col='" + code + "']")).getText().replace("\u00a0", " ").trim();
    }
}
