package ru.edu.mentoring.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;
import ru.edu.mentoring.support.OwnMunicipality;

/**
 * The lists as XLSX (issue 17 point 8), read back with POI: with a filter a file holds exactly the rows its page
 * shows; the mentor and mentee bases have the header rows of МР-42/02; text that a spreadsheet would run as a formula
 * is a text cell; each download is audited; the school head may not download.
 */
class ListExportsTest extends IntegrationTest {

    static final String SCHOOL = "МБОУ СОШ № 82 (выгрузки)";
    static final String CURATOR = "curator.exports";
    static final String HEAD = "head.exports";
    static final String FORMULA = "=HYPERLINK(\"http://example.test\",\"Нажми\")";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    @Autowired
    PeopleRegistry registry;

    @Autowired
    PairingService pairing;

    @Autowired
    AuditLog audit;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    long school;

    @BeforeEach
    void aSchoolWithBasesAndAPair() {
        synchronized (ListExportsTest.class) {
            Long id = OwnMunicipality.newSchool(schools, accounts, jdbc, SCHOOL, "Муниципальное бюджетное"
                    + " общеобразовательное учреждение «Средняя общеобразовательная школа № 82»");
            school = jdbc.queryForObject("select id from school where short_name = ?", Long.class, SCHOOL);
            if (id == null) {
                return;
            }
            long municipality = OwnMunicipality.id(schools, accounts);
            accounts.create(new Accounts.NewAccount(CURATOR, "demo", "Выгрузкина Анна Петровна", null,
                    Set.of(Role.CURATOR), municipality, Set.of(school)));
            accounts.create(new Accounts.NewAccount(HEAD, "demo", "Директорова Вера Ивановна", null,
                    Set.of(Role.SCHOOL_HEAD), municipality, Set.of(school)));
            long teacher = registry.create(school, PersonKind.TEACHER, Fixtures.person("Выгрузкина", "Ольга",
                    "Игоревна", null).withBirthDate(LocalDate.of(1980, 3, 4)));
            Fixtures.ownConsent(registry, teacher);
            long fifth = student("Экспортова", "Мария", 5);
            long sixth = student("Экспортов", "Илья", 6);
            student("Экспортный", "Пётр", 7); // in no base
            long other = student("Посторонняя", "Дарья", 5);
            registry.putInMentorBase(teacher, new SaveMentorEntry(FORMULA, 3, null, null));
            registry.putInMenteeBase(fifth, new SaveMenteeEntry("Математика", null));
            registry.putInMenteeBase(sixth, new SaveMenteeEntry("Адаптация в классе", null));
            registry.putInMenteeBase(other, new SaveMenteeEntry("-1 по русскому", null));
            long form = pairing.formId(FormCodes.TEACHER_STUDENT).orElseThrow();
            long pair = jdbc.queryForObject("insert into mentoring_pair (school_id, form_id, mentor_id, start_date,"
                    + " planned_end, goal, status) values (?, ?, ?, current_date, current_date + 200, 'Учёба',"
                    + " 'ACTIVE') returning id", Long.class, school, form, teacher);
            jdbc.update("insert into pair_mentee (pair_id, person_id) values (?, ?)", pair, fifth);
            events.publishEvent(new ru.edu.mentoring.pairing.PairChanged(school, pair, false, Set.of(teacher,
                    fifth)));
        }
    }

    long student(String last, String first, int grade) {
        long id = registry.create(school, PersonKind.STUDENT, Fixtures.person(last, first, null, grade));
        registry.recordConsent(id, new RecordConsent(LocalDate.now().minusDays(30), ConsentGiver.REPRESENTATIVE,
                last + " Елена", "2025-1"));
        return id;
    }

    HttpSession curator() {
        return HttpSession.loggedIn(port, CURATOR, "demo");
    }

    /** The cells of the first sheet as text, row by row (a number as an integer, a date as dd.MM.yyyy). */
    static List<List<String>> rows(byte[] xlsx) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    assertThat(cell == null || cell.getCellType() != CellType.FORMULA).as("no formula cell").isTrue();
                    cells.add(cell == null ? "" : switch (cell.getCellType()) {
                        case NUMERIC -> org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
                                ? cell.getLocalDateTimeCellValue().toLocalDate().format(
                                        java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                                : String.valueOf((long) cell.getNumericCellValue());
                        case STRING -> cell.getStringCellValue();
                        case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                        default -> "";
                    });
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    static List<String> column(List<List<String>> rows, int c) {
        return rows.stream().skip(1).map(r -> r.size() > c ? r.get(c) : "").toList();
    }

    byte[] download(HttpSession session, String path) {
        HttpResponse<byte[]> r = session.getBytes(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        return r.body();
    }

    /** The names the list page shows (its links to the people's cards). */
    static List<String> namesOnPage(String html) {
        Matcher m = Pattern.compile("<td><a href=\"/people/\\d+\">([^<]+)</a></td>").matcher(html);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void thePeopleListWithAFilterDownloadsExactlyTheRowsThePageShows() throws IOException {
        HttpSession session = curator();
        String filter = "?q=" + HttpSession.enc("экспорт") + "&kind=STUDENT&withdrawn=false";
        List<String> shown = namesOnPage(session.get("/schools/" + school + "/people" + filter).body());
        assertThat(shown).containsExactly("Экспортный Пётр", "Экспортов Илья", "Экспортова Мария");
        // the page's link keeps the filter
        assertThat(session.get("/schools/" + school + "/people" + filter).body())
                .contains("href=\"/schools/" + school + "/people.xlsx?q=%D1%8D%D0%BA%D1%81%D0%BF%D0%BE%D1%80%D1%82"
                        + "&amp;kind=STUDENT&amp;withdrawn=false\"");

        List<List<String>> rows = rows(download(session, "/schools/" + school + "/people.xlsx" + filter));
        assertThat(rows.get(0)).startsWith("ФИО", "Категория", "Дата рождения");
        assertThat(column(rows, 0)).containsExactlyElementsOf(shown);
        assertThat(column(rows, 3)).containsExactly("7", "6", "5");

        // no filter: every person of the school; the teachers only
        assertThat(column(rows(download(session, "/schools/" + school + "/people.xlsx")), 0)).hasSize(5);
        assertThat(column(rows(download(session, "/schools/" + school + "/people.xlsx?kind=TEACHER")), 0))
                .containsExactly("Выгрузкина Ольга Игоревна");

        // the consents of the same filter: one row per consent
        List<List<String>> consents = rows(download(session, "/schools/" + school + "/consents.xlsx" + filter));
        assertThat(column(consents, 0)).containsExactlyInAnyOrderElementsOf(shown);
        assertThat(column(consents, 5)).contains("Экспортова Елена");
    }

    @Test
    void theMentorBaseHasTheMr4202LayoutAndAFormulaStaysText() throws IOException {
        List<List<String>> rows = rows(download(curator(), "/schools/" + school + "/mentors.xlsx"));
        assertThat(rows.get(0)).startsWith("ФИО наставника", "Место работы/учёбы наставника", "Должность/класс",
                "Контактные данные для связи", "Год рождения наставника", "Ключевые компетенции",
                "Важные для программы достижения наставника", "Интересы наставника",
                "Желаемый возраст наставляемых", "Время и место для связи", "ФИО наставляемых",
                "Форма наставничества", "Место реализации программы наставничества", "Дата вхождения в программу",
                "Дата завершения программы", "Результаты программы");
        assertThat(rows).hasSize(2);
        List<String> mentor = rows.get(1);
        assertThat(mentor.get(0)).isEqualTo("Выгрузкина Ольга Игоревна");
        assertThat(mentor.get(1)).isEqualTo(SCHOOL);
        assertThat(mentor.get(2)).isEqualTo("Учитель");
        assertThat(mentor.get(3)).isEmpty(); // the portal holds no contacts
        assertThat(mentor.get(4)).isEqualTo("1980");
        assertThat(mentor.get(5)).isEqualTo(FORMULA); // a text cell, shown as typed (no formula cell: see rows())
        assertThat(mentor.get(10)).isEqualTo("Экспортова М.");
        assertThat(mentor.get(13)).isEqualTo(LocalDate.now().format(
                java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    }

    @Test
    void theMenteeBaseHasTheMr4202LayoutAndItsFilters() throws IOException {
        HttpSession session = curator();
        List<List<String>> all = rows(download(session, "/schools/" + school + "/mentees.xlsx"));
        assertThat(all.get(0)).startsWith("ФИО наставляемого",
                "Контактные данные для связи (или контактные данные родителей, если наставляемый несовершеннолетний)",
                "Год рождения наставляемого", "Ключевой запрос наставляемого", "Дата вхождения в программу",
                "ФИО наставника", "Место работы/учёбы наставника", "Форма наставничества",
                "Место реализации программы наставничества", "Дата завершения программы", "Результаты программы");
        assertThat(column(all, 0)).containsExactly("Посторонняя Дарья", "Экспортов Илья", "Экспортова Мария");
        assertThat(column(all, 3)).containsExactly("-1 по русскому", "Адаптация в классе", "Математика");

        List<List<String>> fifth = rows(download(session, "/schools/" + school + "/mentees.xlsx?grade=5&mentor=WITH"));
        assertThat(column(fifth, 0)).containsExactly("Экспортова Мария");
        assertThat(column(fifth, 5)).containsExactly("Выгрузкина О. И.");
        assertThat(column(rows(download(session, "/schools/" + school + "/mentees.xlsx?q="
                + HttpSession.enc("экспортов") + "&mentor=WITHOUT")), 0)).containsExactly("Экспортов Илья");
    }

    @Test
    void thePairListDownloadsWithItsFilters() throws IOException {
        HttpSession session = curator();
        List<List<String>> active = rows(download(session, "/schools/" + school + "/pairs.xlsx?status=ACTIVE"));
        assertThat(active.get(0)).startsWith("№ пары", "Форма наставничества", "Вариация", "Наставник",
                "Наставляемые");
        assertThat(column(active, 3)).containsExactly("Выгрузкина Ольга Игоревна");
        assertThat(column(active, 4)).containsExactly("Экспортова Мария (5)");
        assertThat(column(rows(download(session, "/schools/" + school + "/pairs.xlsx?status=DRAFT")), 0)).isEmpty();
        assertThat(session.get("/schools/" + school + "/pairs?status=ACTIVE").body())
                .contains("href=\"/schools/" + school + "/pairs.xlsx?status=ACTIVE&amp;\"");
    }

    @Test
    void eachDownloadIsAuditedAndTheSchoolHeadMayNotDownload() {
        long before = jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT'"
                + " and entity = 'MenteeBase' and school_id = ?", Long.class, school);
        download(curator(), "/schools/" + school + "/mentees.xlsx");
        download(HttpSession.loggedIn(port, OwnMunicipality.DEPARTMENT, "demo"),
                "/schools/" + school + "/mentees.xlsx");
        audit.flushReads();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT'"
                + " and entity = 'MenteeBase' and school_id = ?", Long.class, school)).isEqualTo(before + 2);
        // the minors in the file are named in the row
        assertThat(jdbc.queryForObject("select cardinality(person_ids) from audit_event where action = 'EXPORT'"
                + " and entity = 'MenteeBase' and school_id = ? order by id desc limit 1", Integer.class, school))
                .isEqualTo(3);

        HttpSession head = HttpSession.loggedIn(port, HEAD, "demo");
        assertThat(head.get("/schools/" + school + "/mentees").statusCode()).isEqualTo(200);
        assertThat(head.get("/schools/" + school + "/mentees").body()).doesNotContain("mentees.xlsx");
        assertThat(head.getBytes("/schools/" + school + "/mentees.xlsx").statusCode()).isEqualTo(403);
        // another municipality's department: not even the page
        assertThat(HttpSession.loggedIn(port, "department", "demo").getBytes("/schools/" + school
                + "/people.xlsx").statusCode()).isEqualTo(404);
    }
}
