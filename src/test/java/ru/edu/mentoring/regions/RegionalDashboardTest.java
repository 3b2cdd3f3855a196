package ru.edu.mentoring.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.IntegrationTest;
import ru.edu.mentoring.support.SqlCount;

/**
 * The regional dashboard (issue 22 point 1): counts summed from the schools, shares recomputed from the sums, the same
 * coverage per municipality as monitoring counts it, the XLSX with the page's figures, and a number of statements
 * that does not grow with the number of municipalities.
 */
class RegionalDashboardTest extends IntegrationTest {

    static final String DEMO_REGION = "Свердловская область";

    @Autowired
    RegionalDashboard dashboards;

    @Autowired
    Regions regions;

    @Autowired
    Schools schools;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    static RegionalDashboard.Counts counts(long students, long involved, long young, long youngMentored) {
        return new RegionalDashboard.Counts(1, 0, students, involved, involved, young, youngMentored, 0, 0, 0, 0, 0);
    }

    @Test
    void sharesAreRecomputedFromTheSummedCountsNeverAveraged() {
        // 10 of 100 (10 %) and 900 of 1 000 (90 %): the average of the shares would be 50 %, the region has 910 of 1 100
        RegionalDashboard.Counts small = counts(100, 10, 4, 1);
        RegionalDashboard.Counts large = counts(1000, 900, 40, 30);
        RegionalDashboard.Counts sum = small.plus(large);
        assertThat(sum.students()).isEqualTo(1100);
        assertThat(sum.involvedCounted()).isEqualTo(910);
        assertThat(sum.coverage()).isEqualByComparingTo("82.7");
        // young teachers with a mentor: 31 of 44 = 70,5 %, not (25 % + 75 %) / 2 = 50 %
        assertThat(sum.youngShare()).isEqualByComparingTo("70.5");
        assertThat(sum.gap(BigDecimal.valueOf(90))).isEqualTo(80L);
        assertThat(counts(0, 0, 0, 0).coverage()).as("no student count: no data, not 0 %").isNull();
    }

    @Test
    void theDemoRegionsMunicipalitiesHaveTheCoverageMonitoringCountsAndTheTotalIsTheirSum() {
        regions.ensureRegions();
        Regions.RegionView region = regions.region(regions.ensureRegion(DEMO_REGION));
        LocalDate asOf = dashboards.today();
        RegionalDashboard.Dashboard d = dashboards.build(region, asOf);
        assertThat(d.municipalities()).extracting(RegionalDashboard.Line::name)
                .contains("Городской округ Первоуральск", "Городской округ Ревда")
                .doesNotContain("Тестовый муниципальный район");
        // monitoring's rule, counted here apart: distinct involved students of schools with this year's count
        Map<Long, long[]> expected = new HashMap<>();
        jdbc.query("select s.municipality_id, (select count(distinct i.person_id) from involvement i"
                        + " where i.school_id = s.id and i.year = ? and i.student and i.first_day <= ?), c.students"
                        + " from school s join student_count c on c.school_id = s.id and c.year = ? and c.students > 0",
                rs -> {
                    long[] e = expected.computeIfAbsent(rs.getLong(1), k -> new long[2]);
                    e[0] += rs.getLong(2);
                    e[1] += rs.getLong(3);
                }, asOf.getYear(), asOf, asOf.getYear());
        RegionalDashboard.Counts sum = RegionalDashboard.Counts.ZERO;
        for (RegionalDashboard.Line line : d.municipalities()) {
            long[] e = expected.getOrDefault(line.id(), new long[2]);
            assertThat(line.counts().involvedCounted()).as(line.name()).isEqualTo(e[0]);
            assertThat(line.counts().students()).as(line.name()).isEqualTo(e[1]);
            sum = sum.plus(line.counts());
        }
        assertThat(d.total()).isEqualTo(sum);
        assertThat(d.kinds().stream().map(RegionalDashboard.KindLine::counts)
                .reduce(RegionalDashboard.Counts.ZERO, RegionalDashboard.Counts::plus)).isEqualTo(sum);
        assertThat(d.total().involved()).as("the demo pairs involve students").isPositive();
        assertThat(d.total().pairsByOrder()).as("the demo has pairs fixed by an order").isPositive();
        assertThat(d.total().mentors()).isPositive();
        assertThat(d.target()).as("the demo region's target of this year").isNotNull();
        assertThat(d.trend()).hasSize(asOf.getYear() - 2020 + 1);
        assertThat(d.trend().get(d.trend().size() - 1).involved()).isEqualTo(sum.involvedCounted());
    }

    @Test
    void theXlsxHasTheDashboardsFiguresPerMunicipalityAndTheTotal() throws Exception {
        long id = regions.ensureRegion(DEMO_REGION);
        RegionalDashboard.Dashboard d = dashboards.build(regions.region(id), dashboards.today());
        byte[] bytes = mvc.perform(get("/regions/" + id + "/dashboard.xlsx").with(user(users.loadUserByUsername(
                "region")))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            Map<String, Row> byName = new HashMap<>();
            for (Row row : sheet) {
                if (row.getCell(0) != null) {
                    byName.put(row.getCell(0).toString(), row);
                }
            }
            assertThat(byName).containsKeys("Городской округ Первоуральск", "Городской округ Ревда", "Итого по региону");
            Row total = byName.get("Итого по региону");
            assertThat((long) total.getCell(2).getNumericCellValue()).isEqualTo(d.total().students());
            assertThat((long) total.getCell(3).getNumericCellValue()).isEqualTo(d.total().involved());
            assertThat((long) total.getCell(9).getNumericCellValue()).isEqualTo(d.total().pairsByOrder());
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
        }
    }

    @Test
    void theDashboardsStatementsDoNotGrowWithTheNumberOfMunicipalities() {
        String name = "Область бюджета (тест)";
        long m1 = schools.createMunicipality("Бюджетный район 1 (тест)", name);
        addSchools(m1, 1);
        long id = regions.ensureRegion(name);
        LocalDate asOf = dashboards.today();
        long one = SqlCount.fewest(3, () -> dashboards.build(regions.region(id), asOf)).statements();
        for (int m = 2; m <= 5; m++) {
            addSchools(schools.createMunicipality("Бюджетный район " + m + " (тест)", name), m);
        }
        var five = SqlCount.fewest(3, () -> dashboards.build(regions.region(id), asOf));
        assertThat(five.result().municipalities()).hasSize(5);
        assertThat(five.statements()).as("statements for 5 municipalities vs 1 (%d)", one).isEqualTo(one);
        assertThat(one).as("a handful of statements").isLessThanOrEqualTo(10);
    }

    private void addSchools(long municipality, int m) {
        if (jdbc.queryForObject("select count(*) from school where municipality_id = ?", Long.class, municipality) > 0) {
            return;
        }
        for (int s = 1; s <= 2; s++) {
            long school = schools.createSchool(municipality, new SchoolForm("Бюджетная школа " + m + "-" + s,
                    "Бюджетная школа " + m + "-" + s + " (тест)", SchoolKind.GENERAL, null, null, null));
            schools.setStudentCount(school, dashboards.today().getYear(), 100 * s, null);
        }
    }
}
