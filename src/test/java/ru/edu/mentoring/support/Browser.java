package ru.edu.mentoring.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver; nothing is downloaded. {@code .ci/run} installs both;
 * on a machine without them the browser journeys cannot run and say so.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    public static Browser start(int port) throws Exception {
        String chrome = env("CHROME_BIN", "/usr/bin/chromium");
        String chromedriver = env("CHROMEDRIVER", "/usr/bin/chromedriver");
        Assumptions.assumeTrue(new File(chrome).canExecute() && new File(chromedriver).canExecute(),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        System.setProperty("webdriver.chrome.driver", chromedriver);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome);
        Path profile = Files.createTempDirectory("chromium-profile");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=ru-RU", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
        // IPv4 loopback by number: Chromium may resolve «localhost» to [::1], the address ForwardedHeadersTest throttles
        return new Browser(driver, "http://127.0.0.1:" + port);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public void login(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    public void logout() {
        org.openqa.selenium.WebElement button = driver.findElement(By.cssSelector("form[action$='/logout'] button"));
        if (!button.isDisplayed()) {
            // «Выйти» is in the menu under the user's name (in the collapsed bar of a narrow window, open that first)
            org.openqa.selenium.WebElement toggler = driver.findElement(By.cssSelector(".navbar-toggler"));
            if (toggler.isDisplayed()) {
                toggler.click();
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(
                        By.id("accountMenu")));
            }
            driver.findElement(By.id("accountMenu")).click();
        }
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
    }

    /**
     * The element has left the document (the next page replaced it). Like Selenium's {@code stalenessOf}, but Chromium
     * may answer a check made while the old document is being torn down with «Node with given id does not belong to
     * the document» instead of a stale-element error: that too means the page was replaced.
     */
    public static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> stale(
            org.openqa.selenium.WebElement element) {
        return d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /** Runs a script in the page. */
    public Object js(String script, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Clicks the element (scrolled to the middle of the window) and waits for the next page. */
    public void clickAndWait(By target) {
        org.openqa.selenium.WebElement body = driver.findElement(By.tagName("body"));
        org.openqa.selenium.WebElement element = driver.findElement(target);
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(stale(body));
    }

    /** Keeps a screenshot of the window as {@code target/<name>.png}. */
    public void screenshot(String name) throws java.io.IOException {
        Path out = Path.of("target", name + ".png");
        Files.createDirectories(out.getParent());
        Files.write(out, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(
                org.openqa.selenium.OutputType.BYTES));
    }

    /**
     * Records a meeting on a pair's meeting log with the short form's defaults: the next type of the sequence unless
     * {@code typeValue} names another, the given date, and the outcome if any.
     */
    public void recordMeeting(java.time.LocalDate on, String typeValue, String outcome) {
        clickAndWait(By.cssSelector("[data-testid=new-meeting]"));
        if (typeValue != null) {
            org.openqa.selenium.WebElement label = driver.findElement(
                    By.cssSelector("input[name=type][value=" + typeValue + "] + label"));
            js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", label);
            label.click();
        }
        js("arguments[0].value = arguments[1];", driver.findElement(By.id("date")), on.toString());
        if (outcome != null) {
            driver.findElement(By.id("outcome")).sendKeys(outcome);
        }
        clickAndWait(By.cssSelector("[data-testid=save-meeting]"));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
