package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.IntegrationTest;

/** A real browser logs in as each demo user and lands on that role's home page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleHomesBrowserTest extends IntegrationTest {

    @LocalServerPort
    int port;

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

    private void assertHome(String username, String marker, String heading) {
        browser.login(username, "demo");
        assertThat(browser.driver().findElements(By.cssSelector(marker))).as(username).hasSize(1);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo(heading);
        assertThat(browser.driver().getTitle()).isNotBlank();
        browser.logout();
        assertThat(browser.text()).contains("Вы вышли из портала");
    }

    @Test
    void loginPageIsRussian() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        assertThat(browser.text()).contains("Вход в портал", "Логин", "Пароль");
    }

    @Test
    void administratorLandsOnUsers() {
        browser.login("admin", "demo");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/users");
        assertThat(browser.text()).contains("Пользователи", "Новый пользователь", "Поиск по ФИО или логину");
        browser.logout();
    }

    @Test
    void departmentLandsOnItsMunicipality() {
        assertHome("department", "[data-testid=home-department]", "Управление образования");
    }

    @Test
    void methodologistLandsOnTheMethodologistsDesk() {
        assertHome("methodologist", "[data-testid=home-methodologist]", "Методический кабинет");
    }

    @Test
    void curatorLandsOnTheirSchool() {
        browser.login("curator1", "demo");
        assertThat(browser.text()).contains("Кабинет куратора", "МАОУ СОШ № 1").doesNotContain("МАОУ СОШ № 2");
        browser.logout();
        assertHome("curator2", "[data-testid=home-curator]", "Кабинет куратора");
    }

    /**
     * The navigation bar groups a role's many sections into menus: at 1280 px a curator's bar is one row, the
     * «Наставники и пары» menu opens on a click and leads to the training page, and the password change is under the
     * user's name.
     */
    @Test
    void theCuratorsBarIsOneRowWithItsSectionsInMenus() throws Exception {
        browser.login("curator1", "demo");
        org.openqa.selenium.WebDriver d = browser.driver();
        int barHeight = d.findElement(By.cssSelector(".app-navbar")).getSize().getHeight();
        browser.screenshot("nav-curator");
        assertThat(barHeight).as("the bar is one row high").isLessThan(80);
        org.openqa.selenium.WebElement training = d.findElement(By.cssSelector("[data-testid=nav-work] + .dropdown-menu"
                + " a[href$='/training']"));
        assertThat(training.isDisplayed()).isFalse();
        d.findElement(By.cssSelector("[data-testid=nav-work]")).click();
        assertThat(training.isDisplayed()).isTrue();
        assertThat(training.getText()).isEqualTo("Обучение наставников");
        training.click();
        assertThat(d.getCurrentUrl()).endsWith("/training");
        assertThat(d.findElement(By.tagName("h1")).getText()).contains("Обучение");
        d.findElement(By.cssSelector("[data-testid=current-user]")).click();
        org.openqa.selenium.WebElement password = d.findElement(By.cssSelector("#accountMenu + .dropdown-menu a"));
        assertThat(password.getText()).isEqualTo("Сменить пароль");
        browser.logout();
    }

    @Test
    void schoolHeadLandsOnTheirSchool() {
        assertHome("head1", "[data-testid=home-head]", "Кабинет руководителя ОО");
    }

    @Test
    void regionalObserverLandsOnTheRegionalOverview() {
        assertHome("region", "[data-testid=home-region]", "Региональный обзор");
    }

    @Test
    void curatorOpeningAnAdministratorPageIsRefused() {
        browser.login("curator1", "demo");
        browser.open("/admin/users");
        assertThat(browser.text()).contains("Доступ запрещён");
        browser.open("/");
        browser.logout();
    }
}
