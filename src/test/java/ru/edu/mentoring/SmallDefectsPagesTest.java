package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.OwnMunicipality;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The smaller defects of issue 16 through the real server: a duplicate target year, a group's page title, the head's
 * tabs, a student count below the students already involved, the public page of a past year's roadmap. A school of its
 * own (in a municipality of its own) holds a running
 * group of three students (started 01.10.2026).
 */
class SmallDefectsPagesTest extends IntegrationTest {

    static final String SCHOOL = "МБОУ СОШ № 55 (мелкие дефекты)";

    @LocalServerPort
    int port;

    /** Publishes what the pairing module would for the pairs these tests write by SQL. */
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schools schools;

    @Autowired
    PeopleRegistry registry;

    @Autowired
    PairingService pairing;

    @Autowired
    Accounts accounts;

    long school;
    long group;
    long municipality;

    @BeforeEach
    void aSchoolWithAGroup() {
        municipality = OwnMunicipality.id(schools, accounts);
        synchronized (SmallDefectsPagesTest.class) {
            Long id = OwnMunicipality.newSchool(schools, accounts, jdbc, SCHOOL, "Муниципальное бюджетное"
                    + " общеобразовательное учреждение «Средняя общеобразовательная школа № 55»");
            if (id != null) {
                long form = pairing.formId(FormCodes.STUDENT_STUDENT).orElseThrow();
                long mentor = registry.create(id, PersonKind.STUDENT, Fixtures.person("Жуков", "Пётр", null, 10));
                long m1 = registry.create(id, PersonKind.STUDENT, Fixtures.person("Зайцева", "Анна", null, 6));
                long m2 = registry.create(id, PersonKind.STUDENT, Fixtures.person("Ильин", "Олег", null, 6));
                long g = jdbc.queryForObject("insert into mentoring_pair (school_id, form_id, mentor_id,"
                        + " start_date, planned_end, goal, status) values (?, ?, ?, '2026-10-01', '2027-05-25',"
                        + " 'Учёба', 'ACTIVE') returning id", Long.class, id, form, mentor);
                jdbc.update("insert into pair_mentee (pair_id, person_id) values (?, ?), (?, ?)", g, m1, g, m2);
                events.publishEvent(new ru.edu.mentoring.pairing.PairChanged(id, g, false, java.util.Set.of()));
            }
            school = jdbc.queryForObject("select id from school where short_name = ?", Long.class, SCHOOL);
            group = jdbc.queryForObject("select id from mentoring_pair where school_id = ?", Long.class, school);
        }
    }

    private static String title(String html) {
        Matcher m = Pattern.compile("<title>([^<]*)</title>").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void aDuplicateTargetYearSaysTheYearExists() {
        HttpSession department = HttpSession.loggedIn(port, OwnMunicipality.DEPARTMENT, "demo");
        String path = "/monitoring/municipalities/" + municipality + "/targets";
        String page = department.get(path).body();
        HttpResponse<String> added = department.post(path, "_csrf=" + HttpSession.enc(HttpSession.csrf(page))
                + "&year=2021&percent=" + HttpSession.enc("31,0"));
        assertThat(added.statusCode()).isEqualTo(302);
        String after = department.get(path).body();
        assertThat(after).contains("Цель на этот год уже есть").doesNotContain("изменил другой пользователь")
                .doesNotContain("сохранил другой пользователь");
        assertThat(jdbc.queryForObject("select percent from coverage_target where municipality_id = ? and year = 2021",
                java.math.BigDecimal.class, municipality)).isNotEqualByComparingTo("31.0");
    }

    @Test
    void aGroupsPageIsHeadedGroup() {
        String page = HttpSession.loggedIn(port, OwnMunicipality.DEPARTMENT, "demo").get("/pairs/" + group).body();
        assertThat(title(page)).startsWith("Группа");
        assertThat(page).contains("<li class=\"breadcrumb-item active\" aria-current=\"page\">Группа");
    }

    @Test
    void theHeadSeesNoImportTabTheCuratorDoes() {
        long school1 = Fixtures.school1(jdbc);
        String head = HttpSession.loggedIn(port, "head1", "demo").get("/schools/" + school1 + "/people").body();
        assertThat(head).doesNotContain("/schools/" + school1 + "/import");
        assertThat(HttpSession.loggedIn(port, "head1", "demo").get("/schools/" + school1 + "/import").statusCode())
                .isEqualTo(403);
        String curator = HttpSession.loggedIn(port, "curator1", "demo").get("/schools/" + school1 + "/people")
                .body();
        assertThat(curator).contains("/schools/" + school1 + "/import");
    }

    @Test
    void aStudentCountBelowTheInvolvedAsksForConfirmation() {
        jdbc.update("delete from student_count where school_id = ? and year = 2026", school);
        HttpSession department = HttpSession.loggedIn(port, OwnMunicipality.DEPARTMENT, "demo");
        String path = "/schools/" + school + "/student-counts";
        String page = department.get(path).body();
        HttpResponse<String> low = department.post(path, "_csrf=" + HttpSession.enc(HttpSession.csrf(page))
                + "&year=2026&students=2");
        assertThat(low.statusCode()).isEqualTo(200);
        assertThat(low.body()).contains("data-testid=\"count-below-involved\"")
                .contains("В 2026 году в наставничестве уже участвуют 3 обучающихся");
        assertThat(jdbc.queryForObject("select count(*) from student_count where school_id = ? and year = 2026",
                Long.class, school)).isZero();

        HttpResponse<String> confirmed = department.post(path, "_csrf=" + HttpSession.enc(HttpSession.csrf(low.body()))
                + "&year=2026&students=2&version=-1&confirm=true");
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select students from student_count where school_id = ? and year = 2026",
                Integer.class, school)).isEqualTo(2);

        HttpResponse<String> enough = department.post(path, "_csrf=" + HttpSession.enc(HttpSession.csrf(page))
                + "&year=2026&students=300");
        assertThat(enough.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select students from student_count where school_id = ? and year = 2026",
                Integer.class, school)).isEqualTo(300);
    }

    @Test
    void thePublicPageShowsLastYearsRoadmapWithoutRedOverdue() {
        // МАОУ СОШ № 2's approved roadmap has its measures due in autumn 2025 (the demo data), some not done
        String page = new HttpSession(port).get("/public/schools/" + Fixtures.school2(jdbc)).body();
        assertThat(page).contains("data-testid=\"progress\"").doesNotContain("state-overdue")
                .contains("data-testid=\"roadmap-finished\"").contains("не выполнено");
    }
}
