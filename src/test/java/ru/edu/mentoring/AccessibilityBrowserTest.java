package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * axe-core checks every kind of page each role reaches by following links from its home page (one page per address
 * pattern, ids folded): no serious or critical violation of WCAG 2.1 A/AA. axe-core comes from the npm registry:
 * {@code .ci/run} unpacks it and names the file in {@code AXE_JS} (else {@code target/axe-core/package/axe.min.js}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest extends IntegrationTest {

    private static final int MAX_PAGES_PER_ROLE = 45;

    @LocalServerPort
    int port;

    Browser browser;
    String axe;

    @BeforeAll
    void start() throws Exception {
        String configured = System.getenv("AXE_JS");
        Path file = Path.of(configured == null || configured.isBlank() ? "target/axe-core/package/axe.min.js" : configured);
        Assumptions.assumeTrue(Files.isReadable(file),
                "axe-core is not unpacked (bash .ci/run fetches it with npm and sets AXE_JS)");
        axe = Files.readString(file, StandardCharsets.UTF_8);
        browser = Browser.start(port);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void noPageOfAnyRoleHasASeriousOrCriticalViolation() {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (String user : List.of("curator1", "head1", "department", "methodologist", "region", "admin")) {
            browser.login(user, "demo");
            pages += crawl(user, problems);
            browser.driver().manage().deleteAllCookies();
        }
        pages += crawl("anonymous", problems, "/public/privacy", "/login");
        System.out.println("axe-core: " + pages + " pages checked, " + problems.size() + " problems");
        assertThat(pages).isGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    private int crawl(String user, List<String> problems, String... starts) {
        Deque<String> queue = new ArrayDeque<>(starts.length == 0 ? List.of("/") : List.of(starts));
        Set<String> patterns = new LinkedHashSet<>();
        int checked = 0;
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        while (!queue.isEmpty() && checked < MAX_PAGES_PER_ROLE) {
            String path = queue.poll();
            if (!patterns.add(path.replaceAll("\\d+", "#").replaceAll("\\?.*", ""))) {
                continue;
            }
            browser.open(path);
            checked++;
            js.executeScript(axe);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
                            + " 'wcag21aa', 'best-practice']}}).then(r => done(r.violations"
                            + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                            + ".map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3)"
                            + ".map(n => n.target.join(' ')).join(' | ')}))))"
                            + ".catch(e => done([{id: 'axe-error', impact: 'critical', nodes: String(e)}]));");
            for (Map<String, Object> v : violations) {
                problems.add(user + " " + path + ": " + v.get("id") + " (" + v.get("impact") + ") " + v.get("nodes"));
            }
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) js.executeScript(
                    "return Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))");
            for (String href : links) {
                if (href.startsWith("/") && !href.startsWith("//") && !href.matches(".*\\.(xlsx|pdf|docx|csv|svg|png)(\\?.*)?$")
                        && !href.contains("/file") && !href.contains("logout") && !href.contains("lang=")
                        && !href.startsWith("/webjars") && !href.startsWith("/css") && !href.contains("#")
                        // the API's documentation is springdoc's Swagger UI, a page for the developers of regional
                        // systems that this portal serves but does not write
                        && !href.startsWith("/api/")) {
                    queue.add(href);
                }
            }
        }
        return checked;
    }
}
