package ru.edu.mentoring.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;
import ru.edu.mentoring.support.OwnMunicipality;

/**
 * The department's start page says what waits for it: a school of its own (in a municipality of its own) with a
 * submitted roadmap and report, no curator in a past campaign (overdue stages) and 500 students none of whom is
 * involved (below the default target); each item links to the page where the department decides.
 */
class DepartmentHomeTest extends IntegrationTest {

    static final String SCHOOL = "МБОУ СОШ № 77 (стартовая страница)";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    @Autowired
    ru.edu.mentoring.monitoring.Targets targets;

    long school;
    long roadmap;
    long report;

    @BeforeEach
    void aSchoolWaitingForTheDepartment() {
        synchronized (DepartmentHomeTest.class) {
            long municipality = OwnMunicipality.id(schools, accounts);
            Long created = OwnMunicipality.newSchool(schools, accounts, jdbc, SCHOOL, "Муниципальное бюджетное"
                    + " общеобразовательное учреждение «Средняя общеобразовательная школа № 77»");
            school = jdbc.queryForObject("select id from school where short_name = ?", Long.class, SCHOOL);
            if (created != null) {
                jdbc.update("insert into roadmap (school_id, municipality_id, title, status, status_changed_at,"
                        + " updated_at) values (?, ?, 'Дорожная карта (тест)', 'SUBMITTED', now() - interval '3 days',"
                        + " now())", school, municipality);
                jdbc.update("insert into school_report (school_id, municipality_id, academic_year, status, results,"
                        + " figures, figures_at, status_changed_at, updated_at) values (?, ?, 2025, 'SUBMITTED',"
                        + " 'Итоги (тест)', 'year=2026\ninvolved=0\nstudents=500\npercent=0.0\n', now(), now(), now())",
                        school, municipality);
                jdbc.update("insert into student_count (school_id, year, students) values (?, ?, 500)", school,
                        LocalDate.now().getYear());
                targets.studentCoverage(municipality);
                jdbc.update("insert into coverage_target (municipality_id, year, indicator, percent) values (?, ?,"
                        + " ?, 50) on conflict do nothing", municipality, LocalDate.now().getYear(),
                        ru.edu.mentoring.monitoring.Coverage.STUDENT_COVERAGE);
                if (jdbc.queryForObject("select count(*) from campaign where municipality_id = ?", Long.class,
                        municipality) == 0) {
                    jdbc.update("insert into campaign (municipality_id, title, academic_year, curators_due,"
                            + " roadmaps_due, informed_due, bases_due, trained_due, pairs_due, started_due) values (?,"
                            + " 'Внедрение ЦМН (стартовая страница)', 2025, date '2025-09-28', date '2025-10-05',"
                            + " date '2025-10-15', date '2025-10-30', date '2025-11-15', date '2025-11-25',"
                            + " date '2025-12-01')", municipality);
                }
            }
            roadmap = jdbc.queryForObject("select id from roadmap where school_id = ?", Long.class, school);
            report = jdbc.queryForObject("select id from school_report where school_id = ?", Long.class, school);
        }
    }

    @Test
    void listsWaitingRoadmapsReportsOverdueStagesAndSchoolsBelowTargetWithLinks() {
        HttpSession department = HttpSession.loggedIn(port, OwnMunicipality.DEPARTMENT, "demo");
        HttpResponse<String> page = department.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        long campaign = jdbc.queryForObject("select id from campaign where municipality_id = (select municipality_id"
                + " from school where id = ?) order by academic_year desc, id desc limit 1", Long.class, school);

        String roadmaps = section(html, "waiting-roadmaps");
        assertThat(roadmaps).contains("href=\"/roadmaps/" + roadmap + "\"").contains("СОШ № 77 (стартовая страница)")
                .contains("ждёт 3 дня");
        String reports = section(html, "waiting-reports");
        assertThat(reports).contains("href=\"/reports/" + report + "\"").contains("2025/26");
        String overdue = section(html, "overdue-stages");
        assertThat(overdue).contains("href=\"/campaigns/" + campaign + "\"").contains("СОШ № 77 (стартовая страница)")
                .contains("Кураторы назначены");
        String below = section(html, "below-target");
        assertThat(below).contains("href=\"/monitoring/schools/" + school + "\"")
                .contains("СОШ № 77 (стартовая страница)").contains("0,0\u00a0%");
        // the header names who is logged in
        assertThat(html).contains("Проверкина О. И.");
    }

    @Test
    void theStartPageStaysCheap() {
        HttpSession department = HttpSession.loggedIn(port, OwnMunicipality.DEPARTMENT, "demo");
        department.get("/");
        // the fewest of three tries: a scheduled job running at the same moment only adds statements
        var counted = ru.edu.mentoring.support.SqlCount.fewest(3, () -> department.get("/"));
        assertThat(counted.result().statusCode()).isEqualTo(200);
        System.out.println("department home: " + counted.statements() + " SQL statements");
        // the dashboard's figures come from its cache; roadmaps, reports and the campaign matrix a few statements each
        // measured 55 on the merged main (session, security and the read audit included); 48 since the schools of all
        // municipalities are counted in one grouped statement instead of one count per municipality
        // 205 in the whole suite after the training, meetings and school-year modules joined: the campaign matrix
        // asked nine statements per school of the municipality (the suite gives this one some forty schools); now a
        // few grouped statements for all of them: 40 measured alone
        assertThat(counted.statements()).isLessThanOrEqualTo(60);
    }

    @Test
    void theStartPageCostsNoMoreForMoreSchools() {
        HttpSession department = HttpSession.loggedIn(port, OwnMunicipality.DEPARTMENT, "demo");
        department.get("/");
        long before = ru.edu.mentoring.support.SqlCount.fewest(3, () -> department.get("/")).statements();
        for (int i = 1; i <= 3; i++) {
            OwnMunicipality.newSchool(schools, accounts, jdbc, "МБОУ СОШ № 7" + i + " (ещё одна школа)",
                    "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7"
                            + i + "»");
        }
        department.get("/"); // the campaign's rows of the new schools are written once
        long after = ru.edu.mentoring.support.SqlCount.fewest(3, () -> department.get("/")).statements();
        System.out.println("department home: " + before + " statements, " + after + " with three more schools");
        assertThat(after).as("statements with three more schools (%d before)", before).isLessThanOrEqualTo(before);
    }

    /** The HTML of the page's section with the given data-testid. */
    static String section(String html, String testId) {
        int from = html.indexOf("data-testid=\"" + testId + "\"");
        assertThat(from).as(testId).isNotNegative();
        int to = html.indexOf("</section>", from);
        return html.substring(from, to);
    }
}
