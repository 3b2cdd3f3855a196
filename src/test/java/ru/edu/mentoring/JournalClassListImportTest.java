package ru.edu.mentoring;

import ru.edu.mentoring.support.ImportSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 17 point 1, end to end through the upload as it is: a class list exported from an electronic journal (a title
 * line, a blank line, «№ п/п; ФИО; Класс; Дата рождения; Пол», and — the journal has none, the upload has no choice yet
 * — a «Категория» column) is imported from XLS, and the same list as tab-separated Windows-1251 CSV matches the same
 * people instead of doubling them.
 */
class JournalClassListImportTest extends IntegrationTest {

    static final Charset CP1251 = Charset.forName("windows-1251");
    static final List<String> HEADER = List.of("№ п/п", "ФИО", "Класс", "Дата рождения", "Пол", "Категория");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    long school;
    String tag;
    LocalDate firstSeptember;

    @BeforeEach
    void setUp() {
        school = Fixtures.school1(jdbc);
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            t.append((char) ('а' + ThreadLocalRandom.current().nextInt(32)));
        }
        tag = t.toString();
        firstSeptember = LocalDate.of(AcademicYear.of(LocalDate.now()), 9, 1);
    }

    /** A birth date that fits the grade: grade + 6 years old on 1 September. */
    LocalDate born(int grade) {
        return firstSeptember.minusYears(grade + 6).minusMonths(2);
    }

    /** The journal's pupils: full name, class as the journal writes it, birth date, sex. */
    List<Object[]> pupils() {
        return List.of(
                new Object[] {"Ёлкина" + tag + " Анна Сергеевна", "7Б", born(7), "ж"},
                new Object[] {"Петров" + tag + " Пётр", "7 «б»", born(7), "м"},
                new Object[] {"Алиев" + tag + " Рашид Гусейн оглы", "11 А класс", born(11), "м"});
    }

    byte[] xls(List<Object[]> pupils) throws Exception {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Список класса");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("Список обучающихся МАОУ СОШ № 1 на 2026/27 учебный год");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            Row header = sheet.createRow(2);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            for (int i = 0; i < pupils.size(); i++) {
                Object[] p = pupils.get(i);
                Row row = sheet.createRow(3 + i);
                row.createCell(0).setCellValue(i + 1);
                row.createCell(1).setCellValue((String) p[0]);
                row.createCell(2).setCellValue((String) p[1]);
                row.createCell(3).setCellValue((LocalDate) p[2]);
                row.getCell(3).setCellStyle(date);
                row.createCell(4).setCellValue((String) p[3]);
                row.createCell(5).setCellValue("обучающийся");
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    byte[] tabCsv(List<Object[]> pupils) {
        StringBuilder csv = new StringBuilder("Список обучающихся\r\n\r\n").append(String.join("\t", HEADER))
                .append("\r\n");
        for (int i = 0; i < pupils.size(); i++) {
            Object[] p = pupils.get(i);
            csv.append(i + 1).append('\t').append(p[0]).append('\t').append(p[1]).append('\t')
                    .append(((LocalDate) p[2]).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                    .append('\t').append(p[3]).append("\tобучающийся\r\n");
        }
        return csv.toString().getBytes(CP1251);
    }

    Map<String, Object> upload(String name, byte[] bytes) throws Exception {
        long run = ImportSteps.run(mvc, school, user(users.loadUserByUsername("curator1")), name, bytes, true);
        return jdbc.queryForMap("select * from import_run where id = ?", run);
    }

    Map<String, Object> student(String lastName) {
        return jdbc.queryForMap("select p.last_name, p.first_name, p.middle_name, p.birth_date, p.kind, c.grade,"
                + " c.letter from person p join student_class c on c.person_id = p.id and c.academic_year = ?"
                + " where p.school_id = ? and p.last_name = ?", firstSeptember.getYear(), school, lastName);
    }

    @Test
    void aJournalClassListInXlsIsImportedAsItIsAndTheSameListAsTabSeparatedCsvMatchesTheSamePeople()
            throws Exception {
        Map<String, Object> run = upload("7Б.xls", xls(pupils()));
        assertThat(run.get("status")).as(String.valueOf(run.get("report"))).isEqualTo("DONE");
        assertThat(run).containsEntry("created", 3).containsEntry("updated", 0).containsEntry("data_rows", 3);
        assertThat(student("Ёлкина" + tag)).containsEntry("first_name", "Анна")
                .containsEntry("middle_name", "Сергеевна").containsEntry("kind", "STUDENT")
                .containsEntry("birth_date", java.sql.Date.valueOf(born(7)))
                .containsEntry("grade", 7).containsEntry("letter", "Б");
        assertThat(student("Петров" + tag)).containsEntry("middle_name", null).containsEntry("grade", 7)
                .containsEntry("letter", "Б");
        assertThat(student("Алиев" + tag)).containsEntry("middle_name", "Гусейн оглы").containsEntry("grade", 11)
                .containsEntry("letter", "А");
        String report = run.get("report").toString();
        assertThat(report).contains("Файл прочитан как XLS, лист «Список класса»",
                "Строка заголовков найдена в строке 3", "Столбец «Пол» не загружается")
                .doesNotContain("не распознан");

        Map<String, Object> again = upload("7Б.csv", tabCsv(pupils()));
        assertThat(again.get("status")).as(String.valueOf(again.get("report"))).isEqualTo("DONE");
        assertThat(again).containsEntry("created", 0).containsEntry("updated", 0).containsEntry("unchanged", 3);
        assertThat(again.get("report").toString()).contains("кодировка Windows-1251, разделитель — табуляция");
        assertThat(jdbc.queryForObject("select count(*) from person where school_id = ? and last_name like ?",
                Integer.class, school, "%" + tag)).isEqualTo(3);

        String page = mvc.perform(get("/schools/" + school + "/import").param("run", again.get("id").toString())
                        .with(user(users.loadUserByUsername("curator1"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("без изменений: 3");
    }

    @Test
    void aClassThatCannotBeReadIsReportedUnderTheRowNumberTheSpreadsheetShows() throws Exception {
        List<Object[]> pupils = new java.util.ArrayList<>(pupils());
        pupils.set(1, new Object[] {"Петров" + tag + " Пётр", "седьмой Б", born(7), "м"});
        Map<String, Object> run = upload("7Б.xls", xls(pupils));
        assertThat(run.get("status")).isEqualTo("REJECTED");
        // the title, the blank line and the header take rows 1–3: the second pupil is row 5
        assertThat(run.get("report").toString()).contains("\"row\":5", "Не удалось прочитать класс «седьмой Б»");
        assertThat(jdbc.queryForObject("select count(*) from person where school_id = ? and last_name like ?",
                Integer.class, school, "%" + tag)).isZero();
    }
}
