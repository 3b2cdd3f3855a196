package ru.edu.mentoring;

import ru.edu.mentoring.support.ImportSteps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairStatus;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.pairing.PastPairCommand;
import ru.edu.mentoring.people.ConsentGiver;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.people.RecordConsent;
import ru.edu.mentoring.people.SavePerson;
import ru.edu.mentoring.schools.InvolvedStudents;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.support.IntegrationTest;
import ru.edu.mentoring.support.OwnMunicipality;

/**
 * Issue 17 point 7, first half: a student's class per academic year (entered and corrected for any year, versioned,
 * audited, imported with «Учебный год»), the pairing rules on the class of the pair's year with a message naming that
 * year, and pairs of past years recorded with their real dates and end state by the form and by a file, counted in
 * their year's coverage only. A school of its own in the test municipality, with its own curator.
 */
class PairsHistoryTest extends IntegrationTest {

    static final String SCHOOL = "МБОУ СОШ № 91 (история)";
    static final String CURATOR = "curator.history";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    @Autowired
    PeopleRegistry registry;

    @Autowired
    People people;

    @Autowired
    PairingService pairing;

    @Autowired
    InvolvedStudents involvement;

    @Autowired
    UserDetailsService users;

    long school;
    long peerForm;
    int current;

    @BeforeEach
    void ownSchoolWithCurator() {
        synchronized (PairsHistoryTest.class) {
            Long id = OwnMunicipality.newSchool(schools, accounts, jdbc, SCHOOL, "Муниципальное бюджетное"
                    + " общеобразовательное учреждение «Средняя общеобразовательная школа № 91»");
            if (id != null) {
                accounts.create(new Accounts.NewAccount(CURATOR, "demo", "Историкова Нина Павловна", null,
                        Set.of(Role.CURATOR), OwnMunicipality.id(schools, accounts), Set.of(id)));
            }
            school = jdbc.queryForObject("select id from school where short_name = ?", Long.class, SCHOOL);
        }
        peerForm = pairing.formId(FormCodes.STUDENT_STUDENT).orElseThrow();
        current = AcademicYear.of(people.today());
    }

    UserDetails curator() {
        return users.loadUserByUsername(CURATOR);
    }

    /** A student of the school with a representative's consent in force today and the given classes by year. */
    long student(String last, String first, LocalDate birth, Object... yearGradeLetter) {
        long id = registry.create(school, PersonKind.STUDENT, SavePerson.named(last, first, null).withBirthDate(birth));
        for (int i = 0; i < yearGradeLetter.length; i += 3) {
            registry.setClass(id, (Integer) yearGradeLetter[i], (Integer) yearGradeLetter[i + 1],
                    (String) yearGradeLetter[i + 2]);
        }
        registry.recordConsent(id, new RecordConsent(people.today().minusDays(3), ConsentGiver.REPRESENTATIVE,
                "Представитель " + last, "2026-1"));
        return id;
    }

    static String unique(String base) {
        StringBuilder s = new StringBuilder(base);
        for (char c : UUID.randomUUID().toString().replaceAll("[^a-f]", "").toCharArray()) {
            s.append((char) ('а' + (c - 'a')));
        }
        return s.toString();
    }

    String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(curator()))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    int pairsOfSchool() {
        return jdbc.queryForObject("select count(*) from mentoring_pair where school_id = ?", Integer.class, school);
    }

    // ---- 2. the rules read the class of the pair's year

    @Test
    void aPeerPairOf2022IsAcceptedWhenBothStudentsHaveAClassOf2022() {
        long mentor = student(unique("Старшова"), "Ирина", null, 2022, 9, "А");
        long mentee = student(unique("Младшов"), "Илья", null, 2022, 6, "Б", current, 10, "Б");
        long id = pairing.registerPast(school, SchoolKind.GENERAL, new PastPairCommand(2022, peerForm, null, mentor,
                Set.of(mentee), null, LocalDate.of(2022, 10, 3), LocalDate.of(2023, 5, 25), PairStatus.COMPLETED,
                "Подтянул математику", "Успеваемость", null));
        Map<String, Object> pair = jdbc.queryForMap("select status, start_date, end_date, planned_end, result"
                + " from mentoring_pair where id = ?", id);
        assertThat(pair).containsEntry("status", "COMPLETED")
                .containsEntry("start_date", java.sql.Date.valueOf("2022-10-03"))
                .containsEntry("end_date", java.sql.Date.valueOf("2023-05-25"))
                .containsEntry("result", "Подтянул математику");
        // neither is in a base today (the mentor has left school): history does not ask for today's bases
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity = 'MentoringPair'"
                + " and entity_id = ? and action = 'CREATE'", Integer.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void withoutAClassOf2022TheRefusalNamesThatYearNotTheCurrentOne() throws Exception {
        long mentor = student(unique("Старшова"), "Ирина", null, 2022, 9, "А");
        long mentee = student(unique("Безклассов"), "Пётр", null, current, 5, "А");
        int before = pairsOfSchool();
        String html = body(post("/schools/" + school + "/pairs/past").param("academicYear", "2022")
                .param("formId", String.valueOf(peerForm)).param("mentorId", String.valueOf(mentor))
                .param("menteeIds", String.valueOf(mentee)).param("startDate", "2022-10-03")
                .param("endDate", "2023-05-25").param("outcome", "COMPLETED").param("outcomeText", "")
                .param("goal", "Успеваемость").param("token", UUID.randomUUID().toString()));
        assertThat(html).contains("должен быть указан класс на 2022/23 учебный год")
                .doesNotContain("на текущий учебный год");
        assertThat(pairsOfSchool()).isEqualTo(before);
        assertThatThrownBy(() -> pairing.registerPast(school, SchoolKind.GENERAL, new PastPairCommand(2022, peerForm,
                null, mentor, Set.of(mentee), null, LocalDate.of(2022, 10, 3), LocalDate.of(2023, 5, 25),
                PairStatus.COMPLETED, null, null, null))).hasMessageContaining("pair.rule.gradeUnknown");
    }

    // ---- 3. the form: past year, dates within it, end state; coverage of that year only

    @Test
    void theFormRecordsAPastPairAndRefusesDatesOutsideItsYearInRussian() throws Exception {
        long mentor = student(unique("Старшова"), "Ирина", null, 2021, 10, "А");
        long mentee = student(unique("Младшов"), "Илья", null, 2021, 7, "Б");
        String outside = body(pastForm(2021, mentor, mentee, "2022-10-03", "2023-05-25", "COMPLETED", ""));
        assertThat(outside).contains("Дата должна быть в пределах 2021/22 учебного года");
        String thisYear = body(pastForm(current, mentor, mentee, current + "-10-03", (current + 1) + "-05-25",
                "COMPLETED", ""));
        assertThat(thisYear).contains("Выберите учебный год с 2018/19 по " + AcademicYear.label(current - 1));
        String noReason = body(pastForm(2021, mentor, mentee, "2021-10-03", "2022-02-25", "TERMINATED", ""));
        assertThat(noReason).contains("Укажите причину прекращения");

        UUID token = UUID.randomUUID();
        MockHttpServletResponse saved = mvc.perform(pastForm(2021, mentor, mentee, "2021-10-03", "2022-02-25",
                "TERMINATED", "Переезд семьи").param("token", token.toString()).with(csrf()).with(user(curator())))
                .andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).startsWith("/pairs/").endsWith("?created=past");
        long id = jdbc.queryForObject("select id from mentoring_pair where create_token = ?", Long.class, token);
        assertThat(jdbc.queryForMap("select status, end_date, termination_reason from mentoring_pair where id = ?",
                id)).containsEntry("status", "TERMINATED").containsEntry("end_date",
                java.sql.Date.valueOf("2022-02-25")).containsEntry("termination_reason", "Переезд семьи");
        // the same submission again records nothing new
        mvc.perform(pastForm(2021, mentor, mentee, "2021-10-03", "2022-02-25", "TERMINATED", "Переезд семьи")
                .param("token", token.toString()).with(csrf()).with(user(curator())));
        assertThat(jdbc.queryForObject("select count(*) from mentoring_pair where mentor_id = ?", Integer.class,
                mentor)).isEqualTo(1);
        assertThat(body(get("/pairs/" + id + "?created=past"))).contains("Пара прошлого учебного года внесена");
        String page = body(get("/schools/" + school + "/pairs/past?year=2021"));
        assertThat(page).contains("2021/22").contains("(10А)").contains("(7Б)");
    }

    MockHttpServletRequestBuilder pastForm(int year, long mentor, long mentee, String start, String end,
            String outcome, String text) {
        return post("/schools/" + school + "/pairs/past").param("academicYear", String.valueOf(year))
                .param("formId", String.valueOf(peerForm)).param("mentorId", String.valueOf(mentor))
                .param("menteeIds", String.valueOf(mentee)).param("startDate", start).param("endDate", end)
                .param("outcome", outcome).param("outcomeText", text).param("goal", "Адаптация");
    }

    @Test
    void aPastPairCountsInItsYearsCoverageAndNotInTheCurrentYear() {
        long mentor = student(unique("Старшова"), "Ирина", null, 2023, 9, "А", current, 11, "А");
        long mentee = student(unique("Младшов"), "Илья", null, 2023, 6, "Б", current, 9, "Б");
        int thisYear = people.today().getYear();
        long in2023 = involvement.involved(school, 2023);
        long in2024 = involvement.involved(school, 2024);
        long now = involvement.involved(school, thisYear);
        long lastYear = involvement.involved(school, thisYear - 1);
        pairing.registerPast(school, SchoolKind.GENERAL, new PastPairCommand(2023, peerForm, null, mentor,
                Set.of(mentee), null, LocalDate.of(2023, 10, 2), LocalDate.of(2024, 4, 30), PairStatus.COMPLETED,
                null, null, null));
        assertThat(involvement.involved(school, 2023)).as("2023").isEqualTo(in2023 + 2);
        assertThat(involvement.involved(school, 2024)).as("2024").isEqualTo(in2024 + 2);
        assertThat(involvement.involved(school, thisYear)).as("the current year").isEqualTo(now);
        assertThat(involvement.involved(school, thisYear - 1)).as("last year").isEqualTo(lastYear);
        assertThat(jdbc.queryForObject("select count(*) from involvement where person_id in (?, ?) and year >= ?",
                Integer.class, mentor, mentee, 2025)).isZero();
    }

    // ---- 4. the import of past pairs

    static final String HEADER = "Учебный год;Форма наставничества;Наставник (ФИО);Дата рождения наставника;"
            + "Наставляемый (ФИО);Дата рождения наставляемого;Дата начала;Дата окончания;Итог;Причина\n";

    @Test
    void theImportSavesGoodRowsRefusesBadOnesByRowAndASecondLoadChangesNothing() throws Exception {
        String mentorName = unique("Импортова");
        String menteeName = unique("Младшова");
        String twinName = unique("Двойникова");
        student(mentorName, "Алла", null, 2022, 10, "А");
        student(menteeName, "Вера", null, 2022, 7, "А");
        long twin = student(twinName, "Ольга", LocalDate.of(2011, 3, 12), 2022, 5, "Б");
        student(twinName, "Ольга", LocalDate.of(2012, 5, 5), 2022, 4, "Б");
        String csv = HEADER
                + "2022/23;Ученик-ученик;" + mentorName + " Алла;;" + menteeName + " Вера;;01.10.2022;25.05.2023;завершена;\n"
                + "2022-2023;ученик – ученик;Неизвестный Некто;;" + menteeName + " Вера;;01.10.2022;25.05.2023;завершена;\n"
                + "2022;ученик – ученик;" + mentorName + " Алла;;" + twinName + " Ольга;;01.10.2022;25.05.2023;завершена;\n"
                + "2022/23;ученик – ученик;" + mentorName + " Алла;;" + twinName + " Ольга;12.03.2011;01.11.2022;20.05.2023;прекращена;Переезд\n"
                + "2022/23;ученик – ученик;" + mentorName + " Алла;;" + menteeName + " Вера;;01.10.2021;25.05.2022;завершена;\n"
                + "2022/23;ученик – ученик;" + mentorName + " Алла;;" + menteeName + " Вера;;01.12.2022;25.05.2023;прекращена;\n";
        int before = pairsOfSchool();
        String first = upload("pairs.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(first).contains("Сохранено: 2; уже были загружены: 0; отклонено: 4.");
        assertThat(row(first, 3)).contains("Неизвестный Некто").contains("не найден среди людей школы");
        assertThat(row(first, 4)).contains("несколько человек").contains("укажите дату рождения");
        assertThat(row(first, 6)).contains("в пределах 2022/23 учебного года");
        assertThat(row(first, 7)).contains("Укажите причину прекращения");
        assertThat(pairsOfSchool()).isEqualTo(before + 2);
        assertThat(jdbc.queryForMap("select p.status, p.termination_reason from mentoring_pair p join pair_mentee m"
                + " on m.pair_id = p.id where m.person_id = ?", twin)).containsEntry("status", "TERMINATED")
                .containsEntry("termination_reason", "Переезд");

        String second = upload("pairs.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(second).contains("Сохранено: 0; уже были загружены: 2; отклонено: 4.");
        assertThat(pairsOfSchool()).isEqualTo(before + 2);
    }

    @Test
    void anXlsxWithDateCellsAndATitleRowLoadsAndTheTemplatesHaveTheColumns() throws Exception {
        String mentorName = unique("Таблицева");
        String menteeName = unique("Ячейкин");
        student(mentorName, "Дарья", null, 2019, 11, "А");
        student(menteeName, "Семён", LocalDate.of(2010, 1, 20), 2019, 3, "В");
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Пары");
            sheet.createRow(0).createCell(0).setCellValue("Пары наставничества прошлых лет");
            String[] headers = HEADER.strip().split(";");
            Row h = sheet.createRow(2);
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            Row r = sheet.createRow(3);
            r.createCell(0).setCellValue("2019/2020");
            r.createCell(1).setCellValue("Ученик – ученик");
            r.createCell(2).setCellValue(mentorName + " Дарья");
            r.createCell(4).setCellValue(menteeName + "  Семён");
            r.createCell(5).setCellValue(LocalDate.of(2010, 1, 20));
            r.getCell(5).setCellStyle(date);
            r.createCell(6).setCellValue(LocalDate.of(2019, 9, 16));
            r.getCell(6).setCellStyle(date);
            r.createCell(7).setCellValue(LocalDate.of(2020, 5, 29));
            r.getCell(7).setCellStyle(date);
            r.createCell(8).setCellValue("Завершена");
            book.write(out);
            xlsx = out.toByteArray();
        }
        assertThat(upload("pairs.xlsx", xlsx)).contains("Сохранено: 1; уже были загружены: 0; отклонено: 0.");

        for (String name : List.of("template.xlsx", "template.csv")) {
            MockHttpServletResponse template = mvc.perform(get("/schools/" + school + "/pairs/import/" + name)
                    .with(user(curator()))).andReturn().getResponse();
            assertThat(template.getStatus()).isEqualTo(200);
            assertThat(template.getHeader("Cache-Control")).contains("no-store");
            // the template is read back: its columns are recognised, its made-up people are not the school's
            String loaded = upload(name, template.getContentAsByteArray());
            assertThat(loaded).as(name).contains("отклонено: 2.").contains("не найден среди людей школы")
                    .doesNotContain("нет строки заголовков");
        }
        assertThat(upload("bad.csv", "Фамилия;Имя\nИванов;Иван\n".getBytes(StandardCharsets.UTF_8)))
                .contains("нет строки заголовков со столбцами");
    }

    String upload(String name, byte[] bytes) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/schools/" + school + "/pairs/import")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                        .with(csrf()).with(user(curator())))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The report's table row of the file's row number. */
    static String row(String html, int number) {
        int at = html.indexOf("<td>" + number + "</td>");
        assertThat(at).as("row %d in the report", number).isPositive();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    // ---- 6. the demo

    @Test
    void theDemoHasPairsOf2023And2024RecordedAsTheyEndedWithTheClassesOfThoseYears() {
        long school2 = ru.edu.mentoring.support.Fixtures.school2(jdbc);
        List<Map<String, Object>> pairs = jdbc.queryForList("select p.status, p.start_date, p.end_date"
                + " from mentoring_pair p join person m on m.id = p.mentor_id where p.school_id = ?"
                + " and m.last_name in ('Лебедева', 'Ершова') and m.first_name in ('Ксения', 'Марина')"
                + " order by p.start_date", school2);
        assertThat(pairs).extracting(r -> r.get("status")).containsExactly("COMPLETED", "COMPLETED", "TERMINATED");
        assertThat(pairs).extracting(r -> r.get("start_date").toString())
                .containsExactly("2023-10-02", "2024-09-16", "2024-10-07");
        assertThat(jdbc.queryForList("select c.academic_year || ':' || c.grade || c.letter from student_class c"
                + " join person p on p.id = c.person_id where p.school_id = ? and p.last_name = 'Воронин'"
                + " and p.first_name = 'Егор' order by c.academic_year", String.class, school2))
                .startsWith("2023:6Б", "2024:7Б");
    }

    // ---- 1. the class of any academic year, versioned and audited

    @Test
    void theCuratorEntersAndCorrectsTheClassOfAPastYearWithTheVersionSeen() throws Exception {
        long id = student(unique("Классова"), "Елена", null, current, 8, "А");
        assertThat(body(get("/people/" + id + "/classes?year=2021"))).contains("2021/22");
        MockHttpServletResponse added = mvc.perform(post("/people/" + id + "/classes").param("academicYear", "2021")
                .param("grade", "3").param("letter", "в").param("version", "-1").with(csrf()).with(user(curator())))
                .andReturn().getResponse();
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForMap("select grade, letter, version from student_class where person_id = ?"
                + " and academic_year = 2021", id)).containsEntry("grade", 3).containsEntry("letter", "В")
                .containsEntry("version", 0L);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity = 'StudentClass'"
                + " and action = 'CREATE' and school_id = ?", Integer.class, school)).isPositive();

        // a second «add» of that year, made from a page that showed it without a class: stale, nothing overwritten
        MockHttpServletResponse stale = mvc.perform(post("/people/" + id + "/classes").param("academicYear", "2021")
                .param("grade", "4").param("letter", "").param("version", "-1").with(csrf()).with(user(curator())))
                .andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString(StandardCharsets.UTF_8)).contains("data-testid=\"conflict\"")
                .contains("Запись изменилась");
        assertThat(StaleVersionFormsTest.versions(stale.getContentAsString(StandardCharsets.UTF_8)))
                .as("the form comes back with the class's current version").containsExactly(0L);
        assertThat(jdbc.queryForObject("select grade from student_class where person_id = ? and academic_year = 2021",
                Integer.class, id)).isEqualTo(3);

        // the correction with the version seen
        mvc.perform(post("/people/" + id + "/classes").param("academicYear", "2021").param("grade", "4")
                .param("letter", "В").param("version", "0").with(csrf()).with(user(curator())));
        assertThat(jdbc.queryForMap("select grade, version from student_class where person_id = ?"
                + " and academic_year = 2021", id)).containsEntry("grade", 4).containsEntry("version", 1L);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity = 'StudentClass'"
                + " and action = 'UPDATE' and school_id = ?", Integer.class, school)).isPositive();

        // outside 2018/19 … next year: refused in Russian
        assertThat(body(post("/people/" + id + "/classes").param("academicYear", "2017").param("grade", "1")
                .param("version", "-1"))).contains("Учебный год — с 2018/19 по " + AcademicYear.label(current + 1));
        assertThat(body(post("/people/" + id + "/classes").param("academicYear", String.valueOf(current + 2))
                .param("grade", "1").param("version", "-1"))).contains("Учебный год — с 2018/19");
        assertThat(jdbc.queryForObject("select count(*) from student_class where person_id = ?", Integer.class, id))
                .isEqualTo(2);

        // the person page and form list the classes by year, the current year's first
        String card = body(get("/people/" + id));
        assertThat(card.indexOf("8А (" + AcademicYear.label(current) + ")")).isPositive()
                .isLessThan(card.indexOf("4В (2021/22)"));
        String form = body(get("/people/" + id + "/edit"));
        assertThat(form).contains("4В (2021/22)").contains("/people/" + id + "/classes");
    }

    @Test
    void thePeopleImportWritesTheClassOfTheYearItsColumnNames() throws Exception {
        String last = unique("Годова");
        String csv = "Категория;Фамилия;Имя;Класс;Учебный год\nобучающийся;" + last + ";Дарья;3Б;2022/23\n";
        upload_people(csv);
        long id = jdbc.queryForObject("select id from person where school_id = ? and last_name = ?", Long.class,
                school, last);
        assertThat(jdbc.queryForList("select academic_year from student_class where person_id = ?", Integer.class,
                id)).containsExactly(2022);
        assertThat(jdbc.queryForMap("select grade, letter from student_class where person_id = ?", id))
                .containsEntry("grade", 3).containsEntry("letter", "Б");
        Map<String, Object> again = upload_people(csv);
        assertThat(again).containsEntry("unchanged", 1).containsEntry("updated", 0).containsEntry("created", 0);

        Map<String, Object> refused = upload_people("Категория;Фамилия;Имя;Класс;Учебный год\nобучающийся;"
                + unique("Давнова") + ";Мария;2А;2015/16\n");
        assertThat(refused.get("error_count")).isEqualTo(1);
        assertThat((String) refused.get("report")).contains("2015/16");
    }

    Map<String, Object> upload_people(String csv) throws Exception {
        long run = ImportSteps.run(mvc, school, user(curator()), "people.csv", csv.getBytes(StandardCharsets.UTF_8), true);
        return jdbc.queryForMap("select * from import_run where id = ?", run);
    }
}
