package ru.edu.mentoring.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import ru.edu.mentoring.accounts.AccountPrincipal;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The figures of a report are live while it is a draft and frozen once it is submitted: after a change of the data the
 * report page, its XLSX and the municipal summary still show the submitted numbers. On МАОУ «Лицей № 21» with the curator
 * of RoadmapWorkflowTest; the school's student count is restored afterwards.
 */
class FrozenFiguresTest extends IntegrationTest {

    static final String SCHOOL = "МАОУ «Лицей № 21»";
    static final int YEAR = 2025;
    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Reports reports;

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService users;

    long school;
    long report;
    int countYear;
    Integer originalCount;
    CurrentUser curator;

    @BeforeEach
    void aFreshDraftOfTheSchool() {
        school = Fixtures.schoolId(jdbc, SCHOOL);
        synchronized (FrozenFiguresTest.class) {
            // the same curator as RoadmapWorkflowTest's, created by whichever test runs first
            if (!accounts.usernameTaken("curator.lyceum")) {
                long id = accounts.create(new Accounts.NewAccount("curator.lyceum", "demo",
                        "Соловьёва Ирина Олеговна", null, Set.of(Role.CURATOR), null, Set.of()));
                schools.appointCurator(school, id, "12-о", LocalDate.of(2025, 9, 10));
            }
        }
        curator = ((AccountPrincipal) users.loadUserByUsername("curator.lyceum")).getUser();
        jdbc.update("delete from school_report where school_id = ? and academic_year = ?", school, YEAR);
        report = reports.createFor(schools.summariesOf(List.of(school)).get(0), YEAR);
        countYear = YEAR; // a report of 2025/26 takes the student count of 2025, the year it starts in
        originalCount = schools.studentCount(school, countYear).orElse(null);
    }

    @AfterEach
    void restoreTheCount() {
        if (originalCount != null) {
            schools.setStudentCount(school, countYear, originalCount, null);
        } else {
            jdbc.update("delete from student_count where school_id = ? and year = ?", school, countYear);
        }
    }

    private static String figure(String html, String testId) {
        Matcher m = Pattern.compile("data-testid=\"" + testId + "\">([^<]*)<").matcher(html);
        assertThat(m.find()).as(testId + " on the page").isTrue();
        return m.group(1).strip();
    }

    private static long version(String html) {
        Matcher m = VERSION.matcher(html);
        assertThat(m.find()).as("a version field on the page").isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aSubmittedReportKeepsItsFiguresWhenTheDataChanges() throws Exception {
        schools.setStudentCount(school, countYear, 900, null);
        HttpSession curatorSession = HttpSession.loggedIn(port, "curator.lyceum", "demo");
        String draft = curatorSession.get("/reports/" + report).body();
        assertThat(figure(draft, "fig-students")).isEqualTo("900");

        HttpResponse<String> submitted = curatorSession.post("/reports/" + report + "/submit", "_csrf="
                + HttpSession.enc(HttpSession.csrf(draft)) + "&version=" + version(draft));
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select status from school_report where id = ?", String.class, report))
                .isEqualTo("SUBMITTED");

        schools.setStudentCount(school, countYear, 500, null);

        HttpSession department = HttpSession.loggedIn(port, "department", "demo");
        String page = department.get("/reports/" + report).body();
        assertThat(figure(page, "fig-students")).isEqualTo("900");
        assertThat(page).contains("Показатели зафиксированы при отправке");

        byte[] xlsx = department.getBytes("/reports/" + report + "/report.xlsx").body();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            Row students = sheet.getRow(1);
            assertThat(students.getCell(0).getStringCellValue()).isEqualTo("Численность обучающихся");
            assertThat(students.getCell(1).getNumericCellValue()).isEqualTo(900.0);
        }

        String summary = department.get("/reports/summary?year=" + YEAR).body();
        Matcher row = Pattern.compile("data-school=\"" + Pattern.quote(SCHOOL) + "\">(?s)(.*?)</tr>").matcher(summary);
        assertThat(row.find()).isTrue();
        assertThat(row.group(1)).contains(">900<").doesNotContain(">500<");

        // the approval of a version that changed since it was opened is refused with a Russian message
        long opened = version(page);
        jdbc.update("update school_report set version = version + 1 where id = ?", report);
        HttpResponse<String> stale = department.post("/reports/" + report + "/approve", "_csrf="
                + HttpSession.enc(HttpSession.csrf(page)) + "&version=" + opened + "&comment=ok");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Отчёт изменился с момента, когда вы открыли страницу");

        // a return needs a comment; the returned report shows live figures again
        String fresh = department.get("/reports/" + report).body();
        HttpResponse<String> noComment = department.post("/reports/" + report + "/return", "_csrf="
                + HttpSession.enc(HttpSession.csrf(fresh)) + "&version=" + version(fresh) + "&comment=");
        assertThat(noComment.body()).contains("Чтобы вернуть отчёт на доработку, напишите комментарий");
        HttpResponse<String> returned = department.post("/reports/" + report + "/return", "_csrf="
                + HttpSession.enc(HttpSession.csrf(fresh)) + "&version=" + version(fresh)
                + "&comment=" + HttpSession.enc("Уточните численность"));
        assertThat(returned.statusCode()).isEqualTo(302);
        String again = curatorSession.get("/reports/" + report).body();
        assertThat(again).contains("Уточните численность");
        assertThat(figure(again, "fig-students")).isEqualTo("500");
    }
}
