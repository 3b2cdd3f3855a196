package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The pages the department prints, laid out by Chromium for print media on A4 landscape (297 mm less 2 × 10 mm
 * margins = 277 mm = 1047 CSS pixels): no navigation, buttons, forms or filters are shown, tables repeat their header
 * and no column lies beyond the printable width (the matrix's seventh stage was cut off). The campaign matrix is also
 * printed to PDF through the DevTools protocol; its text must hold the last stage and none of the buttons.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintStylesBrowserTest extends IntegrationTest {

    /** A4 landscape less the 10 mm margins of app.css's @page, in CSS pixels (96 per inch). */
    static final int PRINTABLE_WIDTH = (int) Math.floor((297 - 20) / 25.4 * 96);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = Browser.start(port);
        browser.login("department", "demo");
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void campaignMatrixPrintsEveryStageColumnWithinA4LandscapeAndNoControls() throws Exception {
        long campaign = campaignOfDemoMunicipality();
        Map<String, Object> layout = printLayout("/campaigns/" + campaign);
        assertNoControls(layout);
        @SuppressWarnings("unchecked")
        Map<String, Object> matrix = (Map<String, Object>) layout.get("matrix");
        assertThat(((Number) matrix.get("columns")).intValue()).as("school, seven stages, overdue count").isEqualTo(9);
        assertThat(((Number) matrix.get("lastStageRight")).doubleValue())
                .as("the seventh stage's column ends inside the printable width").isLessThanOrEqualTo(PRINTABLE_WIDTH);
        assertThat(matrix.get("headerGroup")).as("the header row repeats on every page").isEqualTo("table-header-group");
        assertThat(matrix.get("markInformedShown")).isEqualTo(false);

        byte[] pdf = printToPdf("/campaigns/" + campaign);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // kept for a look: target/print/campaign-matrix.png is the first printed page
            Path out = Path.of("target", "print");
            Files.createDirectories(out);
            Files.write(out.resolve("campaign-matrix.pdf"), pdf);
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            ImageIO.write(image, "png", out.resolve("campaign-matrix.png").toFile());
            var box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).as("A4 landscape: wider than tall").isGreaterThan(box.getHeight());
            assertThat(Math.round(box.getWidth() / 72 * 25.4)).isEqualTo(297);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Наставничество начато", "Кураторы назначены", "Просрочено этапов");
            assertThat(text).doesNotContain("Выгрузить в Excel", "Изменить сроки", "Выйти", "Сортировка");
        }
    }

    @Test
    void roadmapsDashboardsAndReportsPrintWithoutControlsAndWithinTheWidth() {
        long school = Fixtures.school1(jdbc);
        long municipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class, school);
        long roadmap = jdbc.queryForObject("select id from roadmap where school_id = ?", Long.class, school);
        for (String path : List.of("/roadmaps/" + roadmap, "/roadmaps/municipal/" + municipality,
                "/monitoring/municipalities/" + municipality, "/reports/summary", "/reports", "/")) {
            Map<String, Object> layout = printLayout(path);
            assertNoControls(layout);
            assertThat(((Number) layout.get("widestRight")).doubleValue())
                    .as("%s: every table cell inside the printable width", path).isLessThanOrEqualTo(PRINTABLE_WIDTH);
        }
    }

    private void assertNoControls(Map<String, Object> layout) {
        assertThat(layout.get("shownControls")).as("navigation, buttons, forms, breadcrumbs, pagination in print")
                .isEqualTo(List.of());
        assertThat(layout.get("navbarDisplay")).isEqualTo("none");
    }

    private long campaignOfDemoMunicipality() {
        return jdbc.queryForObject("select id from campaign where municipality_id = (select municipality_id from school"
                + " where id = ?) order by academic_year desc, id desc limit 1", Long.class, Fixtures.school1(jdbc));
    }

    /** Opens the page with print media at the printable width and measures what is shown and where tables end. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> printLayout(String path) {
        HasCdp cdp = (HasCdp) browser.driver();
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PRINTABLE_WIDTH, "height", 740,
                "deviceScaleFactor", 1, "mobile", false));
        cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            browser.open(path);
            // measured once every stylesheet of the page has arrived and applies (a slow one on a loaded CI machine
            // would otherwise be measured as missing print rules); the assertions then judge the print rules
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                            "return document.readyState === 'complete' && [...document.querySelectorAll("
                                    + "'link[rel=stylesheet]')].every(l => l.sheet !== null)")));
            return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript("""
                    const shown = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0
                        && getComputedStyle(e).visibility !== 'hidden'; };
                    const controls = [...document.querySelectorAll(
                        '.app-navbar, .btn, form, .breadcrumb, .pagination, .nav-pills, footer, input, select, button')]
                        .filter(shown).map(e => e.tagName + '.' + e.className + ':' + e.textContent.trim().slice(0, 30));
                    let widest = 0;
                    document.querySelectorAll('table th, table td, main, h1').forEach(e => {
                        if (shown(e)) { widest = Math.max(widest, e.getBoundingClientRect().right); } });
                    widest = Math.max(widest, document.documentElement.scrollWidth);
                    const result = { shownControls: controls, widestRight: widest,
                        navbarDisplay: getComputedStyle(document.querySelector('.app-navbar')).display };
                    const m = document.querySelector('[data-testid=matrix]');
                    if (m) {
                        const heads = m.querySelectorAll('thead th');
                        result.matrix = { columns: heads.length,
                            lastStageRight: heads[heads.length - 2].getBoundingClientRect().right,
                            headerGroup: getComputedStyle(m.querySelector('thead')).display,
                            markInformedShown: [...m.querySelectorAll('[data-testid=mark-informed]')].some(shown) };
                    }
                    return result;""");
        } finally {
            cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The page printed by Chromium itself (Page.printToPDF), with the page size the stylesheet asks for. */
    private byte[] printToPdf(String path) {
        browser.open(path);
        Map<String, Object> result = ((HasCdp) browser.driver()).executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true, "displayHeaderFooter", false));
        return Base64.getDecoder().decode((String) result.get("data"));
    }
}
