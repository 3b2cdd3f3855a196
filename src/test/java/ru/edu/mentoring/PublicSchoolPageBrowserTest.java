package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * An anonymous visitor opens МАОУ СОШ № 2's public «Наставничество» page: published documents, programmes, the
 * progress of the approved roadmap and news, without the portal's navigation, without login and without any person's
 * name; from there the municipality's page with its normative acts and the list of schools.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicSchoolPageBrowserTest extends IntegrationTest {

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
    void anAnonymousVisitorSeesTheSchoolsPublishedMentoringSection() {
        long school = Fixtures.school2(jdbc);
        browser.driver().manage().deleteAllCookies();
        browser.open("/public/schools/" + school);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/public/schools/" + school);
        String text = browser.text();
        assertThat(text).contains("Наставничество", "Нормативно-правовое обеспечение",
                "Положение о наставничестве обучающихся", "Программа наставничества «Учитель – учитель»",
                "Ход выполнения дорожной карты", "Стартовала программа наставничества 2025/26");
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid=progress-summary]")).getText())
                .matches("Выполнено мероприятий: \\d+ из \\d+, просрочено в текущем учебном году: \\d+,"
                        + " не выполнено в прошлые годы: \\d+\\.");
        assertThat(browser.driver().findElements(By.cssSelector("[data-testid=progress] li"))).isNotEmpty();
        // no portal navigation, no login form, no person's name (the curator is Смирнов Дмитрий Алексеевич)
        assertThat(browser.driver().findElements(By.cssSelector("form[action$='/logout']"))).isEmpty();
        assertThat(text).doesNotContain("Смирнов", "Войти");

        String href = browser.driver().findElement(By.cssSelector("[data-testid=normative] a")).getAttribute("href");
        assertThat(href).contains("/public/documents/");

        browser.driver().findElement(By.partialLinkText("Нормативные документы и другие школы")).click();
        String municipality = browser.text();
        assertThat(municipality).contains("Р-145", "МР-42/02", "АЗ-1128/08", "1264-р", "Средняя общеобразовательная школа № 2");
        assertThat(browser.driver().findElements(By.cssSelector("[data-testid=schools] a"))).hasSizeGreaterThan(1);
    }
}
