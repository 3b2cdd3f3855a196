package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.ImportSteps;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The curator's bulk import of people (through its steps, {@link ImportSteps}): both formats, re-import without
 * duplicates, all or nothing when asked for, the limits. Every
 * mentor imported here has a training date, so that the demo school's «not trained» count other tests read stays.
 */
class PeopleImportIntegrationTest extends IntegrationTest {

    static final Charset CP1251 = Charset.forName("windows-1251");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ru.edu.mentoring.people.PeopleRegistry registry;

    @LocalServerPort
    int port;

    long school;
    /** Letters that make this run's names and identifiers unique in a shared database. */
    String tag;

    @BeforeEach
    void setUp() {
        school = Fixtures.school1(jdbc);
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            t.append((char) ('а' + ThreadLocalRandom.current().nextInt(32)));
        }
        tag = t.toString();
    }

    /**
     * Imports as curator1 through the steps (upload, the guessed matching confirmed, the background write) and returns
     * the import run; good rows are written, refused ones reported.
     */
    Map<String, Object> upload(String name, byte[] bytes) throws Exception {
        return upload(name, bytes, false);
    }

    /** The same; with {@code allOrNothing} the curator ticked «Загрузить, только если все строки без ошибок». */
    Map<String, Object> upload(String name, byte[] bytes, boolean allOrNothing) throws Exception {
        long run = ImportSteps.run(mvc, school, user(users.loadUserByUsername("curator1")), name, bytes, allOrNothing);
        return jdbc.queryForMap("select * from import_run where id = ?", run);
    }

    String page(Map<String, Object> run) throws Exception {
        return mvc.perform(get("/schools/" + school + "/import").param("run", run.get("id").toString())
                        .with(user(users.loadUserByUsername("curator1"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String report(Map<String, Object> run) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/schools/" + school + "/import/report.csv")
                        .param("run", run.get("id").toString()).with(user(users.loadUserByUsername("curator1"))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    int persons(String where, Object... args) {
        return jdbc.queryForObject("select count(*) from person where " + where, Integer.class, args);
    }

    @Test
    void aWindows1251CsvWithSemicolonsIsImportedAndAReimportUpdatesInsteadOfDuplicating() throws Exception {
        String csv = "Категория;Фамилия;Имя;Отчество;Идентификатор;Класс;Дата рождения;Должность;Начало стажа;"
                + "Новый сотрудник;Кто;Организация;Наставник;Нагрузка;Дата обучения\r\n"
                + "обучающийся;Ученикова" + tag + ";Анна;Сергеевна;С-" + tag + ";7Б;14.03.2013;;;;;;нет;;\r\n"
                + "педагог;Учителев" + tag + ";Игорь;;П-" + tag + ";;;\"учитель; математики\";01.09.2008;нет;;;да;2;"
                + "15.10.2025\r\n"
                + "внешний;Работодателева" + tag + ";Елена;;В-" + tag + ";;;;;;работодатель;\"ООО «Парк»\r\nфилиал\";"
                + "да;;01.02.2026\r\n";
        Map<String, Object> first = upload("люди.csv", csv.getBytes(CP1251));
        assertThat(first.get("status")).isEqualTo("DONE");
        assertThat(first).containsEntry("created", 3).containsEntry("updated", 0).containsEntry("unchanged", 0);
        long student = jdbc.queryForObject("select id from person where external_key = ? and school_id = ?",
                Long.class, "С-" + tag, school);
        assertThat(jdbc.queryForMap("select last_name, birth_date, kind from person where id = ?", student))
                .containsEntry("last_name", "Ученикова" + tag).containsEntry("kind", "STUDENT")
                .containsEntry("birth_date", java.sql.Date.valueOf(LocalDate.of(2013, 3, 14)));
        assertThat(jdbc.queryForMap("select grade, letter from student_class where person_id = ?", student))
                .containsEntry("grade", 7).containsEntry("letter", "Б");
        long teacher = jdbc.queryForObject("select id from person where external_key = ?", Long.class, "П-" + tag);
        assertThat(jdbc.queryForObject("select position from person where id = ?", String.class, teacher))
                .isEqualTo("учитель; математики");
        assertThat(jdbc.queryForMap("select capacity, training_date from mentor_profile where person_id = ?", teacher))
                .containsEntry("capacity", 2);
        assertThat(jdbc.queryForObject("select organisation from person where external_key = ?", String.class,
                "В-" + tag)).isEqualTo("ООО «Парк»\r\nфилиал");

        // the same people again, the student moved to 8А: nothing doubles, the class is updated
        Map<String, Object> second = upload("люди.csv", csv.replace(";7Б;", ";8А;").getBytes(CP1251));
        assertThat(second.get("status")).isEqualTo("DONE");
        assertThat(second).containsEntry("created", 0).containsEntry("updated", 1).containsEntry("unchanged", 2);
        assertThat(persons("external_key in (?, ?, ?)", "С-" + tag, "П-" + tag, "В-" + tag)).isEqualTo(3);
        assertThat(jdbc.queryForMap("select grade, letter from student_class where person_id = ?", student))
                .containsEntry("grade", 8).containsEntry("letter", "А");
        assertThat(page(second)).contains("Создано: 0, обновлено: 1, без изменений: 2", "кодировка Windows-1251");
    }

    @Test
    void aFileWithTheWholeNameInOneColumnIsImportedSplitAndAOneWordNameIsRefusedUnderItsColumn() throws Exception {
        String csv = "Категория;ФИО;Класс;Дата рождения\r\n"
                + "обучающийся;Фиоева" + tag + " Мария Ивановна;7 «Б»;02.02.2013\r\n"
                + "обучающийся;Фиосмит" + tag + " Джон;8А;03.03.2012\r\n";
        Map<String, Object> run = upload("фио.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(run.get("status")).as(String.valueOf(run.get("report"))).isEqualTo("DONE");
        assertThat(run).containsEntry("created", 2);
        assertThat(jdbc.queryForMap("select first_name, middle_name from person where last_name = ?", "Фиоева" + tag))
                .containsEntry("first_name", "Мария").containsEntry("middle_name", "Ивановна");
        assertThat(jdbc.queryForMap("select first_name, middle_name from person where last_name = ?", "Фиосмит" + tag))
                .containsEntry("first_name", "Джон").containsEntry("middle_name", null);

        Map<String, Object> bad = upload("фио.csv", ("Категория;ФИО\r\nобучающийся;Одноимённый" + tag + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(bad.get("status")).isNotEqualTo("DONE");
        assertThat(report(bad)).contains("ФИО").contains("одно слово");
        assertThat(persons("last_name = ?", "Одноимённый" + tag)).isZero();
    }

    @Test
    void aMinorEntersTheMentorBaseOnlyWithAConsentAndAPersonWhoseProcessingStoppedIsNotChanged() throws Exception {
        String csv = "Категория;Фамилия;Имя;Идентификатор;Класс;Наставник;Нагрузка;Дата обучения\n"
                + "обучающийся;Старшеклассник" + tag + ";Илья;С2-" + tag + ";10А;да;2;01.10.2025\n";
        Map<String, Object> refused = upload("mentors.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.get("status")).isEqualTo("REJECTED");
        assertThat(report(refused)).contains("2;Наставник;Нет согласия родителя или законного представителя");
        assertThat(persons("last_name = ?", "Старшеклассник" + tag)).isZero();

        // loaded without the mark, then given a parent's consent: the same row now enters the base
        assertThat(upload("people.csv", csv.replace(";да;2;01.10.2025", ";нет;;").getBytes(StandardCharsets.UTF_8))
                .get("status")).isEqualTo("DONE");
        long student = jdbc.queryForObject("select id from person where external_key = ?", Long.class, "С2-" + tag);
        long consent = registry.recordConsent(student, new RecordConsent(LocalDate.of(2025, 9, 1),
                ConsentGiver.REPRESENTATIVE, "Старшеклассникова Ирина", "2025-1"));
        assertThat(upload("mentors.csv", csv.getBytes(StandardCharsets.UTF_8)).get("status")).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("select in_base from mentor_profile where person_id = ?", Boolean.class,
                student)).isTrue();

        // consent withdrawn: the person is read-only, a file that would change them is refused
        registry.revokeConsent(student, consent, "Заявление");
        Map<String, Object> stopped = upload("people.csv", csv.replace(";Илья;", ";Игорь;")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(stopped.get("status")).isEqualTo("REJECTED");
        assertThat(report(stopped)).contains("Обработка персональных данных этого человека прекращена");
        assertThat(jdbc.queryForObject("select first_name from person where id = ?", String.class, student))
                .isEqualTo("Илья");
        assertThat(jdbc.queryForObject("select in_base from mentor_profile where person_id = ?", Boolean.class,
                student)).isFalse();
    }

    @Test
    void anXlsxWithDateCellsIsImportedAndMatchedByNameOnReimport() throws Exception {
        byte[] xlsx = workbook(new Object[][] {
            {"ФАМИЛИЯ", "Имя", "Отчество", "категория", "Начало стажа", "Наставник", "Нагрузка", "Класс",
                "Дата рождения", "Дата обучения"},
            {"Педагогова" + tag, "Мария", "Ивановна", "Педагог", LocalDate.of(2012, 9, 1), "да", 4.0, null, null,
                LocalDate.of(2025, 10, 1)},
            {"Школьников" + tag, "Пётр", null, "обучающийся", null, null, null, "5А", LocalDate.of(2015, 1, 20),
                null},
        });
        Map<String, Object> first = upload("people.xlsx", xlsx);
        assertThat(first.get("status")).as(page(first)).isEqualTo("DONE");
        assertThat(first).containsEntry("created", 2);
        long teacher = jdbc.queryForObject("select id from person where last_name = ? and school_id = ?", Long.class,
                "Педагогова" + tag, school);
        assertThat(jdbc.queryForObject("select teaching_since from person where id = ?", LocalDate.class, teacher))
                .isEqualTo(LocalDate.of(2012, 9, 1));
        assertThat(jdbc.queryForObject("select capacity from mentor_profile where person_id = ?", Integer.class,
                teacher)).isEqualTo(4);
        assertThat(jdbc.queryForObject("select p.birth_date from person p where p.last_name = ?", LocalDate.class,
                "Школьников" + tag)).isEqualTo(LocalDate.of(2015, 1, 20));

        Map<String, Object> second = upload("people.xlsx", xlsx);
        assertThat(second).containsEntry("created", 0).containsEntry("updated", 0).containsEntry("unchanged", 2);
        assertThat(persons("last_name in (?, ?)", "Педагогова" + tag, "Школьников" + tag)).isEqualTo(2);
    }

    @Test
    void allOrNothingAskedForAFileWithOneBadRowWritesNothingAndReportsRowColumnAndMessage() throws Exception {
        int before = persons("school_id = ?", school);
        String csv = "\uFEFFКатегория,Фамилия,Имя,Класс,Начало стажа\n"
                + "обучающийся,Хорошая" + tag + ",Анна,7Б,\n"
                + "педагог,Безстажев" + tag + ",Олег,,\n"
                + "обучающийся,Плохой" + tag + ",Иван,7ЖЖЖЖ,\n";
        Map<String, Object> run = upload("bad.csv", csv.getBytes(StandardCharsets.UTF_8), true);
        assertThat(run.get("status")).isEqualTo("REJECTED");
        assertThat(run).containsEntry("error_count", 2).containsEntry("created", 0);
        assertThat(persons("school_id = ?", school)).isEqualTo(before);
        assertThat(persons("last_name = ?", "Хорошая" + tag)).isZero();
        String report = report(run);
        assertThat(report).startsWith("Строка;Столбец;Сообщение\r\n")
                .contains("3;Начало стажа;Укажите начало педагогического стажа или отметьте «новый сотрудник».")
                .contains("4;Класс;Не удалось прочитать класс «7ЖЖЖЖ»");
        assertThat(page(run)).contains("Файл не загружен", "Не удалось прочитать класс «7ЖЖЖЖ»",
                "Укажите начало педагогического стажа");
    }

    @Test
    void theLimitsAreExplainedAndWriteNothing() throws Exception {
        int before = persons("school_id = ?", school);
        StringBuilder many = new StringBuilder("Категория;Фамилия;Имя;Класс\n");
        for (int i = 0; i < 20001; i++) {
            many.append("обучающийся;Многов").append(tag).append(";Иван;5А\n");
        }
        assertThat(upload("many.csv", many.toString().getBytes(StandardCharsets.UTF_8)).get("report").toString())
                .contains("за один раз можно загрузить не более 20");
        assertThat(upload("people.csv", new byte[] {0, 1, 2, 3, 'a', 'b'}).get("report").toString())
                .contains("Это не таблица Excel (XLSX или XLS) и не текстовый файл CSV");
        assertThat(upload("people.xlsx", "Категория;Фамилия;Имя\nпедагог;А;Б\n".getBytes(StandardCharsets.UTF_8))
                .get("report").toString()).contains("Это не таблица Excel");
        assertThat(upload("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}).get("report")
                .toString()).contains("Файл XLS повреждён");
        // a file without a column for a required field: the matching step says which, and nothing can be confirmed
        var curator = user(users.loadUserByUsername("curator1"));
        String location = ImportSteps.upload(mvc, school, curator, "people.csv",
                "Категория;Фамилия;Отчество\nпедагог;Безымянный;Иванович\n".getBytes(StandardCharsets.UTF_8), null);
        String matching = ImportSteps.page(mvc, ImportSteps.uploadId(location), curator);
        assertThat(matching).contains("Не выбраны столбцы для обязательных полей: «Имя»")
                .doesNotContain("name=\"version\"");
        assertThat(upload("empty.csv", new byte[0]).get("report").toString()).contains("Файл пустой");
        assertThat(upload("big.csv", new byte[10 * 1024 * 1024 + 10]).get("report").toString())
                .contains("Файл слишком большой");
        // above the upload limit the request never reaches the import: back to the page with a message
        MockHttpServletResponse tooLarge = mvc.perform(multipart("/schools/" + school + "/import")
                        .file(new MockMultipartFile("file", "huge.csv", "text/csv", new byte[10]))
                        .with(r -> {
                            r.setContent(new byte[13 * 1024 * 1024]);
                            return r;
                        })
                        .with(csrf()).with(user(users.loadUserByUsername("curator1"))))
                .andReturn().getResponse();
        assertThat(tooLarge.getStatus()).isEqualTo(302);
        assertThat(tooLarge.getRedirectedUrl()).isEqualTo("/schools/" + school + "/import");
        assertThat(persons("school_id = ?", school)).isEqualTo(before);
    }

    @Test
    void theUploadFormCarriesItsCsrfTokenInTheBodyAndNotInTheAddress() {
        HttpSession session = HttpSession.loggedIn(port, "curator1", "demo");
        String path = "/schools/" + school + "/import";
        String html = session.get(path).body();
        java.util.regex.Matcher form = java.util.regex.Pattern.compile(
                "(<form[^>]*multipart/form-data[^>]*>)(.*?)</form>", java.util.regex.Pattern.DOTALL).matcher(html);
        assertThat(form.find()).as("the upload form is on the page").isTrue();
        assertThat(form.group(1)).as("the form's opening tag").contains("action=\"" + path + "\"")
                .doesNotContain("csrf");
        String token = HttpSession.csrf(form.group(2));
        int runs = jdbc.queryForObject("select count(*) from import_run where school_id = ?", Integer.class, school);
        byte[] noFirstName = "Категория;Фамилия;Отчество\nпедагог;Безымянный;Иванович\n".getBytes(StandardCharsets.UTF_8);

        int uploads = jdbc.queryForObject("select count(*) from import_upload where school_id = ?", Integer.class,
                school);
        var accepted = session.postMultipart(path, Map.of("_csrf", token), "file", "people.csv", noFirstName);
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location").orElse("")).contains("/import/uploads/");
        assertThat(jdbc.queryForObject("select count(*) from import_upload where school_id = ?", Integer.class,
                school)).isEqualTo(uploads + 1);

        var withoutToken = session.postMultipart(path, Map.of(), "file", "people.csv", noFirstName);
        assertThat(withoutToken.statusCode()).isEqualTo(403);

        // above the upload limit: back to the page with the portal's Russian message before any part is read, in the
        // user's own session (the user stays logged in)
        var tooLarge = session.postMultipart(path, Map.of("_csrf", token), "file", "huge.csv",
                new byte[13 * 1024 * 1024]);
        assertThat(tooLarge.statusCode()).isEqualTo(302);
        assertThat(tooLarge.headers().firstValue("Location").orElse("")).endsWith(path);
        var afterTooLarge = session.get(path);
        assertThat(afterTooLarge.statusCode()).as("the import page after the refused upload "
                + afterTooLarge.headers().map()).isEqualTo(200);
        assertThat(afterTooLarge.body()).contains("Файл слишком большой и не был принят");
        assertThat(jdbc.queryForObject("select count(*) from import_run where school_id = ?", Integer.class, school))
                .isEqualTo(runs);
    }

    @Test
    void aRowNamingAnotherSchoolLandsInTheCuratorsOwnSchool() throws Exception {
        long other = Fixtures.school2(jdbc);
        String csv = "Школа;Категория;Фамилия;Имя;Начало стажа\n"
                + "МАОУ СОШ № 2;педагог;Чужаков" + tag + ";Пётр;01.09.2020\n"
                + other + ";педагог;Чужакова" + tag + ";Анна;01.09.2021\n";
        Map<String, Object> run = upload("school.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(run.get("status")).isEqualTo("DONE");
        assertThat(persons("last_name in (?, ?) and school_id = ?", "Чужаков" + tag, "Чужакова" + tag, school))
                .isEqualTo(2);
        assertThat(persons("last_name in (?, ?) and school_id = ?", "Чужаков" + tag, "Чужакова" + tag, other))
                .isZero();
        assertThat(run.get("report").toString()).contains("Столбец «Школа» не учитывается");
    }

    @Test
    void theTemplatesCanBeImportedAsTheyAre() throws Exception {
        for (String name : new String[] {"template.xlsx", "template.csv"}) {
            byte[] template = mvc.perform(get("/schools/" + school + "/import/" + name)
                            .with(user(users.loadUserByUsername("curator1"))))
                    .andReturn().getResponse().getContentAsByteArray();
            String text = new String(template, StandardCharsets.UTF_8).replace("Петрова", "Петрова" + tag)
                    .replace("Смирнов", "Смирнов" + tag).replace("Козлова", "Козлова" + tag)
                    .replace("У-1001", "У-" + tag).replace("П-201", "П2-" + tag).replace("В-31", "В3-" + tag);
            Map<String, Object> run = upload(name, name.endsWith(".csv") ? text.getBytes(StandardCharsets.UTF_8)
                    : template);
            assertThat(run.get("status")).as(name + ": " + run.get("report")).isEqualTo("DONE");
        }
    }

    static byte[] workbook(Object[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Лист1");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    } else if (v instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (v instanceof LocalDate d) {
                        var cell = row.createCell(c);
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
