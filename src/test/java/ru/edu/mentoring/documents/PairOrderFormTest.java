package ru.edu.mentoring.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairCommand;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.SaveMenteeEntry;
import ru.edu.mentoring.people.SaveMentorEntry;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.SavePerson;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The pair-fixing order a head can sign (issue 16, point 9): the usual form of a Russian order in a serif 14 pt, the
 * curator's name in the accusative, each student with their class of the order's academic year, the signature and
 * «С приказом ознакомлены» lines; as a PDF with an embedded serif font and as an editable DOCX in Times New Roman
 * 14 pt, downloadable by whoever may read the PDF.
 */
class PairOrderFormTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PeopleRegistry registry;

    @Autowired
    People people;

    @Autowired
    PairingService pairing;

    @Test
    void theOrderHasTheUsualFormInPdfAndDocx() throws Exception {
        long school = Fixtures.school1(jdbc);
        LocalDate today = people.today();
        SavePerson teacherForm = Fixtures.person("Лебедев", "Сергей", "Иванович", null)
                .withTeacher("учитель математики", null, LocalDate.of(2010, 9, 1), false);
        long teacher = registry.create(school, PersonKind.TEACHER, teacherForm);
        Fixtures.ownConsent(registry, teacher);
        registry.putInMentorBase(teacher, new SaveMentorEntry("Алгебра", 5, LocalDate.of(2025, 10, 1), "Курс"));
        SavePerson studentForm = Fixtures.person("Приказнова", "Мария", "Сергеевна", 7).withClass(7, "Б");
        long student = registry.create(school, PersonKind.STUDENT, studentForm);
        // last year's class must not be printed: the order names the class of its own academic year
        jdbc.update("insert into student_class (person_id, academic_year, grade, letter) values (?, ?, 6, 'А')",
                student, AcademicYear.of(today) - 1);
        registry.recordConsent(student, new RecordConsent(today.minusDays(20), ConsentGiver.REPRESENTATIVE,
                "Приказнова Ольга Ивановна", "2026-5"));
        registry.putInMenteeBase(student, new SaveMenteeEntry("Алгебра", null));
        long formId = pairing.formId(FormCodes.TEACHER_STUDENT).orElseThrow();
        long pair = pairing.register(school, SchoolKind.GENERAL, new PairCommand(formId, null, teacher,
                Set.of(student), null, today.minusDays(10), today.plusMonths(6), "Алгебра"), true);

        mvc.perform(post("/documents/school/" + school + "/pair-order").with(csrf())
                .with(user(users.loadUserByUsername("curator1"))).param("pairIds", String.valueOf(pair))
                .param("number", "201-од").param("date", today.toString())).andReturn();
        long order = jdbc.queryForObject("select document_id from pair_order_pair where pair_id = ?", Long.class, pair);
        String day = String.format("%02d.%02d.%d", today.getDayOfMonth(), today.getMonthValue(), today.getYear());
        List<String> expected = List.of("ПРИКАЗ", "«Средняя общеобразовательная школа № 1»", "г. Первоуральск",
                day, "№ 201-од", "О закреплении наставнических пар (групп)", "Положением о наставничестве",
                "ПРИКАЗЫВАЮ:", "1. Закрепить наставнические пары (группы)",
                "Лебедев Сергей Иванович, учитель математики", "Приказнова Мария Сергеевна, 7 «Б» класс",
                "учитель – ученик",
                "2. Возложить на куратора Иванову Анну Петровну контроль",
                "3. Контроль за исполнением приказа оставляю за собой.", "Директор", "О. И. Пономарёва",
                "С приказом ознакомлены:", "Лебедев С. И.", "Иванова А. П.");

        // the PDF: the same words, a serif font with Cyrillic embedded, 14 pt
        byte[] pdf = jdbc.queryForObject("select f.content from school_document d join document_file f"
                + " on f.id = d.file_id where d.id = ?", byte[].class, order);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(expected).doesNotContain("6 «А»", "Иванова Анна Петровна");
            Set<String> fonts = new TreeSet<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).allMatch(f -> f.contains("LiberationSerif"), "only the serif: " + fonts);
            List<Float> sizes = new ArrayList<>();
            PDFTextStripper sizing = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> positions) throws IOException {
                    if (s.contains("ПРИКАЗЫВАЮ") || s.contains("Контроль за исполнением")) {
                        // the size the text is drawn at (Tf × text matrix); getFontSizeInPt() truncates openhtmltopdf's 13.99
                        positions.forEach(p -> sizes.add(p.getTextMatrix().getScalingFactorY()));
                    }
                    super.writeString(s, positions);
                }
            };
            sizing.getText(doc);
            assertThat(sizes).isNotEmpty().allMatch(s -> Math.abs(s - 14f) < 0.1f, "14 pt: " + sizes);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
        }

        // the DOCX beside it: the same words, Times New Roman 14 pt in every run, a real table, the order's margins
        MockHttpServletResponse response = mvc.perform(get("/documents/" + order + "/docx")
                .with(user(users.loadUserByUsername("curator1")))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(response.getHeader("Content-Disposition")).contains(".docx");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText().replaceAll("\\s+", " ");
            assertThat(text).contains(expected).doesNotContain("6 «А»");
            List<XWPFRun> runs = new ArrayList<>();
            doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
            for (XWPFTable table : doc.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        for (XWPFParagraph p : cell.getParagraphs()) {
                            runs.addAll(p.getRuns());
                        }
                    }
                }
            }
            assertThat(runs).hasSizeGreaterThan(20);
            assertThat(runs).allSatisfy(r -> {
                assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
                assertThat(r.getFontSizeAsDouble()).isEqualTo(14.0);
                assertThat(r.getCTR().getRPr().xmlText()).contains("w:val=\"28\"");
            });
            XWPFTable pairs = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getTableCells().size() == 5
                            && t.getRow(0).getCell(2).getText().equals("Наставляемый (ФИО, класс)")).findFirst()
                    .orElseThrow();
            assertThat(pairs.getRow(0).getCell(1).getText()).isEqualTo("Наставник (ФИО, должность)");
            assertThat(pairs.getRows()).hasSize(2);
            assertThat(pairs.getRow(1).getCell(2).getText()).isEqualTo("Приказнова Мария Сергеевна, 7 «Б» класс");
            var margins = doc.getDocument().getBody().getSectPr().getPgMar();
            assertThat(((java.math.BigInteger) margins.getLeft()).intValue()).isEqualTo(1701);
            assertThat(((java.math.BigInteger) margins.getRight()).intValue()).isEqualTo(850);
            assertThat(((java.math.BigInteger) margins.getTop()).intValue()).isEqualTo(1134);
        }

        // the register offers it beside the PDF; the head of the school reads it too, another school's curator cannot
        assertThat(mvc.perform(get("/documents/school/" + school).with(user(users.loadUserByUsername("head1"))))
                .andReturn().getResponse().getContentAsString()).contains("/documents/" + order + "/docx");
        assertThat(mvc.perform(get("/documents/" + order + "/docx").with(user(users.loadUserByUsername("head1"))))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/documents/" + order + "/docx").with(user(users.loadUserByUsername("curator2"))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        long otherDocument = jdbc.queryForObject("select id from school_document where school_id = ?"
                + " and kind <> 'PAIRS_ORDER' order by id limit 1", Long.class, school);
        assertThat(mvc.perform(get("/documents/" + otherDocument + "/docx")
                .with(user(users.loadUserByUsername("curator1")))).andReturn().getResponse().getStatus())
                .as("only a generated order has a DOCX").isEqualTo(404);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
