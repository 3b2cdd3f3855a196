package ru.edu.mentoring.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.OwnMunicipality;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * A report covers its own academic year: a school of its own (in a municipality of its own) with a pair that ran in 2025/26 (October 2025 – May 2026)
 * and a group formed in December 2026; the 2025/26 report counts the pair only, the 2026/27 report the group only, and
 * each names its year «2025/26» / «2026/27» and its period, never a calendar year of the coverage.
 */
class ReportYearTest extends IntegrationTest {

    static final String SCHOOL = "МБОУ СОШ № 54 (годы отчётов)";

    @LocalServerPort
    int port;

    /** Publishes what the pairing module would for the pairs these tests write by SQL. */
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Reports reports;

    @Autowired
    Schools schools;

    @Autowired
    PeopleRegistry registry;

    @Autowired
    PairingService pairing;

    @Autowired
    Accounts accounts;

    SchoolSummary school;

    @BeforeEach
    void aSchoolWithPairsInTwoYears() {
        synchronized (ReportYearTest.class) {
            Long id = OwnMunicipality.newSchool(schools, accounts, jdbc, SCHOOL, "Муниципальное бюджетное"
                    + " общеобразовательное учреждение «Средняя общеобразовательная школа № 54»");
            if (id != null) {
                long form = pairing.formId(FormCodes.STUDENT_STUDENT).orElseThrow();
                long a1 = registry.create(id, PersonKind.STUDENT, Fixtures.person("Андреев", "Пётр", null, 9));
                long a2 = registry.create(id, PersonKind.STUDENT, Fixtures.person("Бойко", "Анна", null, 5));
                long b1 = registry.create(id, PersonKind.STUDENT, Fixtures.person("Волков", "Илья", null, 10));
                long b2 = registry.create(id, PersonKind.STUDENT, Fixtures.person("Гусева", "Мария", null, 6));
                long b3 = registry.create(id, PersonKind.STUDENT, Fixtures.person("Дроздов", "Олег", null, 6));
                long pair = jdbc.queryForObject("insert into mentoring_pair (school_id, form_id, mentor_id,"
                        + " start_date, planned_end, end_date, goal, status, result) values (?, ?, ?, '2025-10-01',"
                        + " '2026-05-25', '2026-05-25', 'Учёба', 'COMPLETED', 'Итог') returning id", Long.class, id,
                        form, a1);
                jdbc.update("insert into pair_mentee (pair_id, person_id) values (?, ?)", pair, a2);
                long group = jdbc.queryForObject("insert into mentoring_pair (school_id, form_id, mentor_id,"
                        + " start_date, planned_end, goal, status) values (?, ?, ?, '2026-12-01', '2027-05-25',"
                        + " 'Учёба', 'ACTIVE') returning id", Long.class, id, form, b1);
                jdbc.update("insert into pair_mentee (pair_id, person_id) values (?, ?), (?, ?)", group, b2, group,
                        b3);
                events.publishEvent(new ru.edu.mentoring.pairing.PairChanged(id, pair, false, java.util.Set.of()));
                events.publishEvent(new ru.edu.mentoring.pairing.PairChanged(id, group, false, java.util.Set.of()));
                schools.setStudentCount(id, 2025, 100, null);
                schools.setStudentCount(id, 2026, 200, null);
            }
            school = schools.summariesOf(List.of(jdbc.queryForObject("select id from school where short_name = ?",
                    Long.class, SCHOOL))).get(0);
        }
    }

    @Test
    void eachAcademicYearsReportShowsItsOwnFigures() {
        ReportFigures last = reports.figures(school, 2025);
        assertThat(last.asOf()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(last.involved()).as("the pair of 2025/26: mentor and mentee").isEqualTo(2);
        assertThat(last.pairs()).isEqualTo(1);
        assertThat(last.pairsByStatus()).containsEntry("COMPLETED", 1L).containsEntry("ACTIVE", 0L);
        assertThat(last.students()).isEqualTo(100);
        assertThat(last.year()).isEqualTo(2025);

        ReportFigures now = reports.figures(school, 2026);
        assertThat(now.involved()).as("the group formed in December 2026: mentor and two mentees").isEqualTo(3);
        assertThat(now.pairs()).isEqualTo(1);
        assertThat(now.pairsByStatus()).containsEntry("ACTIVE", 1L).containsEntry("COMPLETED", 0L);
        assertThat(now.students()).isEqualTo(200);
        assertThat(now.year()).isEqualTo(2026);
    }

    @Test
    void theReportPageNamesItsAcademicYearAndPeriodConsistently() {
        long report = reports.createFor(school, 2025);
        long next = reports.createFor(school, 2026);
        HttpSession department = HttpSession.loggedIn(port, OwnMunicipality.DEPARTMENT, "demo");
        String page = department.get("/reports/" + report).body();
        assertThat(page).contains("2025/26").contains("Показатели за 2025/26 учебный год")
                .contains("с 01.09.2025 по 31.08.2026").doesNotContain("2026/27")
                .doesNotContain("охват за 2026 год").doesNotContain("охват за 2025 год");
        String nextPage = department.get("/reports/" + next).body();
        assertThat(nextPage).contains("Показатели за 2026/27 учебный год").contains("с 01.09.2026 по")
                .doesNotContain("2027 год").doesNotContain("2025/26");
    }
}
