package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.ImportSteps;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 17 points 2, 5 and the progress of 9: the import in steps. The upload is kept; the column-matching page shows
 * the portal's guess, a preview of the first rows as they will be saved and the counts of new / changed / unchanged /
 * refused rows, and nothing is written until the curator confirms; a change of the matching changes the preview; the
 * matching is remembered for the next file of the same shape; good rows are written and refused ones downloaded alone,
 * fixed and loaded again; all-or-nothing on request; the same file twice changes nothing; another school's upload is
 * out of reach.
 */
class ImportStepsIntegrationTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    long school;
    String tag;
    RequestPostProcessor curator;

    @BeforeEach
    void setUp() {
        school = Fixtures.school1(jdbc);
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            t.append((char) ('а' + ThreadLocalRandom.current().nextInt(32)));
        }
        tag = t.toString();
        curator = user(users.loadUserByUsername("curator1"));
    }

    // ---- helpers

    long upload(String name, String csv, String category) throws Exception {
        String location = ImportSteps.upload(mvc, school, curator, name, csv.getBytes(StandardCharsets.UTF_8),
                category);
        Long upload = ImportSteps.uploadId(location);
        assertThat(upload).as(location).isNotNull();
        return upload;
    }

    Document page(long upload) throws Exception {
        return Jsoup.parse(ImportSteps.page(mvc, upload, curator));
    }

    /** The value chosen in the select of the file's column {@code index}. */
    static String chosen(Document page, int index) {
        Element select = page.selectFirst("select[data-testid=import-column-" + index + "]");
        assertThat(select).as("the select of column %d", index).isNotNull();
        Element option = select.selectFirst("option[selected]");
        return option == null ? "" : option.val();
    }

    static Map<String, Integer> counts(Document page) {
        Element counts = page.selectFirst("[data-testid=import-counts]");
        assertThat(counts).as("the counts are shown").isNotNull();
        return Map.of("new", Integer.parseInt(counts.attr("data-new")), "changed",
                Integer.parseInt(counts.attr("data-changed")), "unchanged",
                Integer.parseInt(counts.attr("data-unchanged")), "refused", Integer.parseInt(counts.attr("data-refused")));
    }

    /** The preview's rows: each one's cells as text. */
    static List<List<String>> preview(Document page) {
        return page.select("[data-testid=import-preview] tbody tr").stream()
                .map(tr -> tr.select("td").stream().map(Element::text).toList()).toList();
    }

    /** Posts the matching step with the given choices (one per column) and category. */
    void choose(long upload, String category, String... columns) throws Exception {
        MockHttpServletRequestBuilder request = post("/import/uploads/" + upload).with(csrf()).with(curator);
        for (String c : columns) {
            request.param("column", c);
        }
        if (category != null) {
            request.param("category", category);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/import/uploads/" + upload);
    }

    Map<String, Object> run(long id) {
        return jdbc.queryForMap("select * from import_run where id = ?", id);
    }

    int persons(String where, Object... args) {
        return jdbc.queryForObject("select count(*) from person where " + where, Integer.class, args);
    }

    int runs() {
        return jdbc.queryForObject("select count(*) from import_run where school_id = ?", Integer.class, school);
    }

    // ---- the tests

    @Test
    void aJournalsClassListShowsTheGuessAndThePreviewAndNothingIsWrittenBeforeTheConfirm() throws Exception {
        int runs = runs();
        String csv = "№ п/п;ФИО;Класс;Д.р.;Пол\n"
                + "1;Журналова" + tag + " Анна Петровна;7 «Б»;14.03.2013;ж\n"
                + "2;Журналов" + tag + " Пётр;7Б;01.02.2013;м\n"
                + "3;Журналович" + tag + " Олег Ильич;7-б;12.12.2012;м\n";
        long upload = upload("class.csv", csv, "STUDENT");
        Document page = page(upload);
        assertThat(chosen(page, 0)).isEmpty();
        assertThat(chosen(page, 1)).isEqualTo("FULL_NAME");
        assertThat(chosen(page, 2)).isEqualTo("CLASS");
        assertThat(chosen(page, 3)).isEqualTo("BIRTH_DATE");
        assertThat(chosen(page, 4)).as("an unknown column: «не загружать»").isEmpty();
        assertThat(page.text()).contains("Журналова" + tag + " Анна Петровна", "не загружать");
        assertThat(counts(page)).containsEntry("new", 3).containsEntry("changed", 0).containsEntry("unchanged", 0)
                .containsEntry("refused", 0);
        // the rows as they will be saved: the name split, the class read, the date, the category
        assertThat(preview(page).get(0)).containsSequence("новый", "обучающийся", "Журналова" + tag, "Анна",
                "Петровна", "7Б", "14.03.2013");
        assertThat(preview(page).get(1)).containsSequence("Журналов" + tag, "Пётр", "", "7Б");
        // nothing written yet: no person, no run
        assertThat(persons("last_name like ?", "Журналов%" + tag + "%")).isZero();
        assertThat(persons("last_name in (?, ?, ?)", "Журналова" + tag, "Журналов" + tag, "Журналович" + tag)).isZero();
        assertThat(runs()).isEqualTo(runs);

        long run = ImportSteps.confirm(mvc, upload, curator, false);
        assertThat(run(run)).containsEntry("status", "DONE").containsEntry("created", 3);
        assertThat(persons("last_name in (?, ?, ?)", "Журналова" + tag, "Журналов" + tag, "Журналович" + tag))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("select file_bytes is null from import_upload where id = ?", Boolean.class,
                upload)).as("the file goes once written").isTrue();
    }

    @Test
    void changingTheMatchingChangesThePreview() throws Exception {
        String csv = "Фамилия;Имя;Параллель;Литера;Примечание\n"
                + "Параллелева" + tag + ";Анна;5;В;обучающийся\n";
        long upload = upload("parts.csv", csv, null);
        Document page = page(upload);
        assertThat(chosen(page, 2)).isEqualTo("CLASS_GRADE");
        assertThat(chosen(page, 3)).isEqualTo("CLASS_LETTER");
        // no «Категория» column is no longer a missing column (the МР-42/02 tables have none): a row without one is
        // given one by the rules of ImportRowCheck.kind, and a row they cannot place is refused on its own
        assertThat(page.selectFirst("[data-testid=import-missing]")).isNull();

        // all students: the class is put together from its two columns
        choose(upload, "STUDENT", "LAST_NAME", "FIRST_NAME", "CLASS_GRADE", "CLASS_LETTER", "");
        page = page(upload);
        assertThat(preview(page).get(0)).containsSequence("обучающийся", "Параллелева" + tag, "Анна", "", "5В");
        // all teachers, but the «Примечание» column as the category: the column wins (a student)
        choose(upload, "TEACHER", "LAST_NAME", "FIRST_NAME", "CLASS_GRADE", "CLASS_LETTER", "CATEGORY");
        page = page(upload);
        assertThat(preview(page).get(0)).as("a «Категория» column wins over the category chosen")
                .containsSequence("обучающийся", "Параллелева" + tag, "Анна", "", "5В");
        // the class letter not loaded: class 5 without a letter
        choose(upload, "STUDENT", "LAST_NAME", "FIRST_NAME", "CLASS_GRADE", "", "");
        assertThat(preview(page(upload)).get(0)).containsSequence("обучающийся", "Параллелева" + tag, "Анна", "",
                "5");
        assertThat(persons("last_name = ?", "Параллелева" + tag)).isZero();

        // a value no select offers is refused and changes nothing
        var refused = mvc.perform(post("/import/uploads/" + upload).with(csrf()).with(curator)
                .param("column", "PASSWORD_HASH").param("category", "STUDENT")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(302);
        assertThat(refused.getFlashMap().get("flashError")).isEqualTo("import.mapping.invalid");
        var nul = mvc.perform(post("/import/uploads/" + upload).with(csrf()).with(curator).param("column", "\u0000"))
                .andReturn();
        assertThat(nul.getFlashMap().get("flashError")).as("one choice for five columns, and not a blank")
                .isEqualTo("import.mapping.invalid");
        assertThat(preview(page(upload)).get(0)).containsSequence("обучающийся", "Параллелева" + tag, "Анна", "", "5");
    }

    @Test
    void theCountsOfNewChangedUnchangedAndRefusedComeBeforeAnythingIsWritten() throws Exception {
        String header = "Категория;Фамилия;Имя;Идентификатор;Класс\n";
        String first = "обучающийся;Счётова" + tag + ";Анна;С1-" + tag + ";5А\n"
                + "обучающийся;Счётов" + tag + ";Иван;С2-" + tag + ";6Б\n";
        assertThat(run(ImportSteps.run(mvc, school, curator, "first.csv",
                (header + first).getBytes(StandardCharsets.UTF_8), false))).containsEntry("created", 2);
        String second = "обучающийся;Счётова" + tag + ";Анна;С1-" + tag + ";5А\n"      // unchanged
                + "обучающийся;Счётов" + tag + ";Иван;С2-" + tag + ";7Б\n"            // changed class
                + "обучающийся;Новенький" + tag + ";Пётр;С3-" + tag + ";8В\n"         // new
                + "обучающийся;Ошибкин" + tag + ";Олег;С4-" + tag + ";99Я\n";         // refused
        long upload = upload("second.csv", header + second, null);
        Document page = page(upload);
        assertThat(counts(page)).containsEntry("new", 1).containsEntry("changed", 1).containsEntry("unchanged", 1)
                .containsEntry("refused", 1);
        assertThat(page.select("[data-testid=import-preview] tr[data-status]").eachAttr("data-status"))
                .containsExactly("UNCHANGED", "CHANGED", "NEW", "REFUSED");
        assertThat(preview(page).get(3).get(8)).contains("«Класс»");
        // nothing written by the preview
        long ivan = jdbc.queryForObject("select id from person where external_key = ?", Long.class, "С2-" + tag);
        assertThat(jdbc.queryForObject("select grade from student_class where person_id = ?", Integer.class, ivan))
                .isEqualTo(6);
        assertThat(persons("external_key in (?, ?)", "С3-" + tag, "С4-" + tag)).isZero();

        long run = ImportSteps.confirm(mvc, upload, curator, false);
        assertThat(run(run)).containsEntry("status", "PARTIAL").containsEntry("created", 1).containsEntry("updated", 1)
                .containsEntry("unchanged", 1).containsEntry("error_count", 1);
        assertThat(jdbc.queryForObject("select grade from student_class where person_id = ?", Integer.class, ivan))
                .isEqualTo(7);
    }

    @Test
    void theMatchingIsRememberedForTheSchoolsNextFileOfTheSameShape() throws Exception {
        String csv = "Ученик;Группа;Кат.\n" + "Памятова" + tag + " Анна Ивановна;5А;обучающийся\n";
        long first = upload("a.csv", csv, null);
        Document page = page(first);
        assertThat(chosen(page, 0)).isEmpty();
        assertThat(page.selectFirst("[data-testid=import-mapping-source]").text()).contains("по названиям");
        choose(first, null, "FULL_NAME", "CLASS", "CATEGORY");
        assertThat(run(ImportSteps.confirm(mvc, first, curator, false))).containsEntry("created", 1);

        // the next file has the same columns in another order (and other spacing and case): the matching comes back
        String next = "кат. ;УЧЕНИК;Группа\n" + "обучающийся;Памятов" + tag + " Олег Ильич;6Б\n";
        long second = upload("b.csv", next, null);
        page = page(second);
        assertThat(page.selectFirst("[data-testid=import-mapping-source]").text())
                .contains("из прошлой загрузки");
        assertThat(chosen(page, 0)).isEqualTo("CATEGORY");
        assertThat(chosen(page, 1)).isEqualTo("FULL_NAME");
        assertThat(chosen(page, 2)).isEqualTo("CLASS");
        assertThat(counts(page)).containsEntry("new", 1).containsEntry("refused", 0);

        // another school has no memory of it
        assertThat(jdbc.queryForObject("select count(*) from import_shape where school_id = ?", Integer.class,
                Fixtures.school2(jdbc))).isZero();
    }

    @Test
    void theRefusedRowsAreDownloadedAloneFixedAndLoadedAgain() throws Exception {
        String csv = "Категория;Фамилия;Имя;Класс;Дата рождения\n"
                + "обучающийся;Хорошев" + tag + ";Иван;5А;01.02.2015\n"
                + "обучающийся;Плохишев" + tag + ";Пётр;5ЖЖЖЖ;03.04.2015\n"
                + "обучающийся;Хорошева" + tag + ";Анна;5Б;05.06.2015\n";
        long upload = upload("mixed.csv", csv, null);
        long run = ImportSteps.confirm(mvc, upload, curator, false);
        assertThat(run(run)).containsEntry("status", "PARTIAL").containsEntry("created", 2)
                .containsEntry("error_count", 1);
        assertThat(persons("last_name in (?, ?)", "Хорошев" + tag, "Хорошева" + tag)).isEqualTo(2);
        assertThat(persons("last_name = ?", "Плохишев" + tag)).isZero();
        String report = mvc.perform(get("/schools/" + school + "/import").param("run", String.valueOf(run))
                .with(curator)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("/import/uploads/" + upload + "/refused.xlsx", "Загружены строки без ошибок");

        MockHttpServletResponse download = mvc.perform(get("/import/uploads/" + upload + "/refused.xlsx")
                .with(curator)).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getHeader("Cache-Control")).contains("no-store");
        byte[] fixed;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download.getContentAsByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(3).getStringCellValue(),
                    header.getCell(5).getStringCellValue())).containsExactly("Категория", "Класс", "Ошибка");
            assertThat(sheet.getLastRowNum()).as("the refused row alone").isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Плохишев" + tag);
            assertThat(row.getCell(5).getStringCellValue()).contains("«Класс»").contains("5ЖЖЖЖ");
            row.getCell(3).setCellValue("5Ж");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            fixed = out.toByteArray();
        }
        String location = ImportSteps.upload(mvc, school, curator, "refused-fixed.xlsx", fixed, null);
        long again = ImportSteps.uploadId(location);
        Document page = page(again);
        assertThat(chosen(page, 5)).as("«Ошибка» is not loaded").isEmpty();
        assertThat(counts(page)).containsEntry("new", 1).containsEntry("refused", 0);
        assertThat(page.text()).doesNotContain("Столбец «Ошибка» не загружался");
        long second = ImportSteps.confirm(mvc, again, curator, false);
        assertThat(run(second)).containsEntry("status", "DONE").containsEntry("created", 1);
        assertThat(jdbc.queryForObject("select c.grade || c.letter from student_class c join person p"
                + " on p.id = c.person_id where p.last_name = ?", String.class, "Плохишев" + tag)).isEqualTo("5Ж");
    }

    @Test
    void allOrNothingWritesNothingWhenOneRowIsBad() throws Exception {
        int runs = runs();
        String csv = "Категория;Фамилия;Имя;Класс\n"
                + "обучающийся;Всеилиничев" + tag + ";Иван;5А\n"
                + "обучающийся;Всеилиничева" + tag + ";Анна;5ЖЖЖЖ\n";
        long upload = upload("all.csv", csv, null);
        long run = ImportSteps.confirm(mvc, upload, curator, true);
        assertThat(run(run)).containsEntry("status", "REJECTED").containsEntry("created", 0)
                .containsEntry("error_count", 1);
        assertThat(persons("last_name in (?, ?)", "Всеилиничев" + tag, "Всеилиничева" + tag)).isZero();
        assertThat(runs()).isEqualTo(runs + 1);
        String report = mvc.perform(get("/schools/" + school + "/import").param("run", String.valueOf(run))
                .with(curator)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("Файл не загружен", "Не удалось прочитать класс «5ЖЖЖЖ»");
    }

    @Test
    void theSameFileTwiceChangesNothing() throws Exception {
        String csv = "Категория;ФИО;Класс;Дата рождения;Должность;Начало стажа;Наставник;Дата обучения\n"
                + "обучающийся;Дваждыев" + tag + " Иван Петрович;5А;01.02.2015;;;;\n"
                + "педагог;Дваждыева" + tag + " Анна Ивановна;;;учитель;01.09.2010;да;01.10.2025\n"
                + "обучающийся;Плохой" + tag + " Пётр;5ЖЖЖЖ;;;;;\n";
        long first = ImportSteps.run(mvc, school, curator, "twice.csv", csv.getBytes(StandardCharsets.UTF_8), false);
        assertThat(run(first)).containsEntry("created", 2);
        String before = jdbc.queryForList("select p.*, c.grade, c.letter, m.capacity, m.training_date from person p"
                + " left join student_class c on c.person_id = p.id left join mentor_profile m on m.person_id = p.id"
                + " where p.last_name like ? order by p.id", "Дваждыев%" + tag).toString();
        long upload = upload("twice.csv", csv, null);
        assertThat(counts(page(upload))).containsEntry("new", 0).containsEntry("changed", 0)
                .containsEntry("unchanged", 2).containsEntry("refused", 1);
        long second = ImportSteps.confirm(mvc, upload, curator, false);
        assertThat(run(second)).containsEntry("created", 0).containsEntry("updated", 0).containsEntry("unchanged", 2);
        assertThat(jdbc.queryForList("select p.*, c.grade, c.letter, m.capacity, m.training_date from person p"
                + " left join student_class c on c.person_id = p.id left join mentor_profile m on m.person_id = p.id"
                + " where p.last_name like ? order by p.id", "Дваждыев%" + tag).toString()).isEqualTo(before);
    }

    @Test
    void anotherSchoolsUploadIsOutOfReach() throws Exception {
        long upload = upload("mine.csv", "Категория;Фамилия;Имя\nпедагог;Чужих" + tag + ";Иван\n", null);
        RequestPostProcessor other = user(users.loadUserByUsername("curator2"));
        RequestPostProcessor head = user(users.loadUserByUsername("head1"));
        int version = ImportSteps.version(ImportSteps.page(mvc, upload, curator));
        for (MockHttpServletRequestBuilder request : List.of(get("/import/uploads/" + upload),
                get("/import/uploads/" + upload + "/status"), get("/import/uploads/" + upload + "/progress"),
                get("/import/uploads/" + upload + "/refused.xlsx"),
                post("/import/uploads/" + upload).param("column", "LAST_NAME").with(csrf()),
                post("/import/uploads/" + upload + "/confirm").param("version", String.valueOf(version)).with(csrf()))) {
            assertThat(mvc.perform(request.with(other)).andReturn().getResponse().getStatus()).isEqualTo(404);
        }
        assertThat(mvc.perform(post("/import/uploads/" + upload + "/confirm").with(csrf()).with(head)
                .param("version", String.valueOf(version))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForMap("select state, version, mapping from import_upload where id = ?", upload))
                .containsEntry("state", "MAPPING").containsEntry("version", version).containsEntry("mapping", null);
        assertThat(persons("last_name = ?", "Чужих" + tag)).isZero();

        // a stale confirm (the matching changed since the page was shown) is refused with the page again
        choose(upload, null, "CATEGORY", "LAST_NAME", "FIRST_NAME");
        MockHttpServletResponse stale = mvc.perform(post("/import/uploads/" + upload + "/confirm").with(csrf())
                .with(curator).param("version", String.valueOf(version))).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString(StandardCharsets.UTF_8)).contains("Сопоставление изменилось");
        assertThat(persons("last_name = ?", "Чужих" + tag)).isZero();
    }

    @Test
    void theStatusSaysHowFarTheWriteIs() throws Exception {
        long upload = upload("status.csv", "Категория;Фамилия;Имя\nпедагог;Статусов" + tag + ";Иван\n", null);
        String status = mvc.perform(get("/import/uploads/" + upload + "/status").with(curator)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(status).contains("\"state\":\"MAPPING\"", "\"next\":\"/import/uploads/" + upload + "\"");
        long run = ImportSteps.confirm(mvc, upload, curator, false);
        MockHttpServletResponse done = mvc.perform(get("/import/uploads/" + upload + "/status").with(curator))
                .andReturn().getResponse();
        assertThat(done.getHeader("Cache-Control")).contains("no-store");
        Matcher m = Pattern.compile("\"percent\":(\\d+)").matcher(done.getContentAsString(StandardCharsets.UTF_8));
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("100");
        assertThat(done.getContentAsString(StandardCharsets.UTF_8)).contains("\"state\":\"DONE\"",
                "/schools/" + school + "/import?run=" + run);
        // the progress page of a finished write leads to the report
        assertThat(mvc.perform(get("/import/uploads/" + upload + "/progress").with(curator)).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/schools/" + school + "/import?run=" + run);
    }
}
