package ru.edu.mentoring.roadmaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/** The municipal roadmap handed up as PDF and DOCX: title, municipality, year, status, the measures table. */
class MunicipalRoadmapFilesTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    long municipality() {
        return jdbc.queryForObject("select municipality_id from school where id = ?", Long.class,
                Fixtures.school1(jdbc));
    }

    String municipalityName() {
        return jdbc.queryForObject("select name from municipality where id = ?", String.class, municipality());
    }

    @Test
    void thePageLinksBothDownloads() {
        String page = HttpSession.loggedIn(port, "curator1", "demo").get("/roadmaps/municipal/" + municipality())
                .body();
        assertThat(page).contains("/roadmaps/municipal/" + municipality() + "/roadmap.pdf",
                "/roadmaps/municipal/" + municipality() + "/roadmap.docx", "Скачать PDF", "Скачать DOCX");
    }

    @Test
    void thePdfHoldsTheTitleMunicipalityYearStatusAndTheMeasures() throws Exception {
        HttpResponse<byte[]> pdf = HttpSession.loggedIn(port, "curator1", "demo")
                .getBytes("/roadmaps/municipal/" + municipality() + "/roadmap.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            var box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).as("A4 landscape").isGreaterThan(box.getHeight());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Дорожная карта внедрения целевой модели наставничества: " + municipalityName(),
                    "Год: " + LocalDate.now().getYear(), "Статус: действующая редакция",
                    "Сроки исполнения", "Ответственные: муниципальные", "Ответственные: ОО",
                    "Подготовка нормативной базы реализации целевой модели наставничества",
                    "Май-октябрь 2020 г.", "Создание муниципальной базы «Наставник»", "Май, ежегодно с 2022 года");
        }
    }

    @Test
    void theDocxOpensWithXwpfAndHoldsTheMeasuresTableWithDeadlinesAndResponsibles() throws Exception {
        HttpResponse<byte[]> docx = HttpSession.loggedIn(port, "department", "demo")
                .getBytes("/roadmaps/municipal/" + municipality() + "/roadmap.docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Disposition").orElse(""))
                .contains("municipal-roadmap-" + municipality() + ".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient())
                    .isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(doc.getParagraphs().get(0).getText())
                    .isEqualTo("Дорожная карта внедрения целевой модели наставничества: " + municipalityName());
            assertThat(extractor.getText()).contains("Год: " + LocalDate.now().getYear(), "Статус: действующая редакция");
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(1);
            XWPFTable table = tables.get(0);
            assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactly("№ п/п",
                    "Наименование мероприятий", "Сроки исполнения", "Ответственные: муниципальные",
                    "Ответственные: ОО");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            int measures = jdbc.queryForObject("select count(*) from municipal_measure m join municipal_section s"
                    + " on s.id = m.section_id where s.municipality_id = ?", Integer.class, municipality());
            int sections = jdbc.queryForObject("select count(*) from municipal_section where municipality_id = ?",
                    Integer.class, municipality());
            assertThat(table.getNumberOfRows()).isEqualTo(1 + sections + measures);
            var base = table.getRows().stream().filter(r -> r.getCell(1).getText()
                    .contains("Создание муниципальной базы «Наставник»")).findFirst().orElseThrow();
            assertThat(base.getCell(2).getText()).isNotBlank();
            assertThat(base.getCell(3).getText() + base.getCell(4).getText()).isNotBlank();
        }
    }
}
