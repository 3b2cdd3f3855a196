package ru.edu.mentoring.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import ru.edu.mentoring.accounts.AccountPrincipal;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.campaigns.Matrix.Cell;
import ru.edu.mentoring.StaleVersionFormsTest;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The demo campaign «Внедрение ЦМН 2025/26» through the real server: the matrix's states from schools, roadmaps,
 * the curator's mark and the pairing facts of the demo data; the overdue filter and sort; the export; who sees which rows.
 */
class CampaignMatrixTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UserDetailsService users;

    long campaign;

    @BeforeEach
    void demoCampaign() {
        campaign = jdbc.queryForObject("select id from campaign where title = 'Внедрение ЦМН 2025/26'", Long.class);
    }

    private CurrentUser user(String username) {
        return ((AccountPrincipal) users.loadUserByUsername(username)).getUser();
    }

    private Map<Stage, Cell> cells(String school) {
        return campaigns.matrix(user("department"), campaign).stream().filter(r -> r.schoolName().equals(school))
                .findFirst().orElseThrow().cells().stream().collect(Collectors.toMap(Cell::stage, c -> c));
    }

    @Test
    void aSchoolThatDidEverythingInTimeHasEveryStageDone() {
        Map<Stage, Cell> school2 = cells("МАОУ СОШ № 2");
        assertThat(school2.values()).allSatisfy(c -> assertThat(c.state()).as(c.stage().name())
                .isEqualTo(StageState.DONE));
        assertThat(school2.get(Stage.CURATORS).doneOn()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(school2.get(Stage.ROADMAP).doneOn()).isEqualTo(LocalDate.of(2025, 10, 2));
        assertThat(school2.get(Stage.INFORMED).doneOn()).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(school2.get(Stage.BASES).doneOn()).as("demo bases of МАОУ СОШ № 2").isEqualTo(
                LocalDate.of(2025, 10, 18));
        assertThat(school2.get(Stage.PAIRS).doneOn()).as("its first pair of 2025/26").isEqualTo(
                LocalDate.of(2025, 9, 1));
        assertThat(school2.values()).noneMatch(Cell::late);
    }

    @Test
    void aSchoolBehindHasOverdueStagesAndLateOnes() {
        Map<Stage, Cell> school1 = cells("МАОУ СОШ № 1");
        assertThat(school1.get(Stage.CURATORS).state()).isEqualTo(StageState.DONE);
        assertThat(school1.get(Stage.INFORMED).late()).as("informed on 20.10, due 15.10").isTrue();
        assertThat(school1.get(Stage.BASES).late()).as("bases on 05.11, due 30.10").isTrue();
        assertThat(school1.get(Stage.TRAINED).state()).as("most mentors untrained, 50 % needed")
                .isEqualTo(StageState.OVERDUE);
        assertThat(school1.get(Stage.PAIRS).state()).as("pairs formed in September").isEqualTo(StageState.DONE);
        Map<Stage, Cell> school22 = cells("МБОУ ООШ № 22");
        assertThat(school22.values()).allSatisfy(c -> assertThat(c.state()).isEqualTo(StageState.OVERDUE));
    }

    @Test
    void theWholeMatrixIsOnePageToPrint() {
        HttpSession department = HttpSession.loggedIn(port, "department", "demo");
        String secondPage = department.get("/campaigns/" + campaign + "?page=1").body();
        String whole = department.get("/campaigns/" + campaign + "?page=1&all=true").body();
        int schools = campaigns.matrix(user("department"), campaign).size();
        assertThat(secondPage.split("data-school=\"", -1).length - 1).as("the demo's 8 schools fit the first page")
                .isZero();
        assertThat(whole.split("data-school=\"", -1).length - 1).as("every school, whatever the page asked")
                .isEqualTo(schools);
    }

    @Test
    void departmentFiltersOverdueAndSortsByTheirNumber() {
        HttpSession department = HttpSession.loggedIn(port, "department", "demo");
        String all = department.get("/campaigns/" + campaign).body();
        assertThat(all).contains("data-school=\"МАОУ СОШ № 2\"", "data-school=\"МБОУ ООШ № 22\"", "просрочено",
                "stage-overdue");
        String overdue = department.get("/campaigns/" + campaign + "?overdue=true").body();
        assertThat(overdue).contains("data-school=\"МБОУ ООШ № 22\"").doesNotContain("data-school=\"МАОУ СОШ № 2\"");
        String sorted = department.get("/campaigns/" + campaign + "?sort=overdue").body();
        assertThat(sorted.indexOf("data-school=\"МБОУ ООШ № 22\""))
                .isLessThan(sorted.indexOf("data-school=\"МАОУ СОШ № 2\""));
    }

    @Test
    void theMatrixExportsToExcelWithDatesAsDatesTheStateInItsOwnColumnColoursAFilterAndATitle() throws Exception {
        HttpResponse<byte[]> xlsx = HttpSession.loggedIn(port, "department", "demo")
                .getBytes("/campaigns/" + campaign + "/matrix.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            String municipality = jdbc.queryForObject("select m.name from municipality m join campaign c"
                    + " on c.municipality_id = m.id where c.id = ?", String.class, campaign);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .as("the title row: campaign, municipality, as-of date")
                    .startsWith("Внедрение ЦМН 2025/26 — " + municipality + ", по состоянию на ")
                    .matches(".*\\d{2}\\.\\d{2}\\.\\d{4}$");
            Row header = sheet.getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Организация");
            assertThat(header.getCell(3).getStringCellValue())
                    .startsWith("Дорожная карта согласована: дата выполнения (срок ");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Дорожная карта согласована: состояние");
            assertThat(header.getCell(15).getStringCellValue()).isEqualTo("Просрочено этапов");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).as("autofilter on the header row")
                    .startsWith("A2:P");
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).as("title and header frozen")
                    .isEqualTo((short) 2);
            Row school2 = null;
            Row school22 = null;
            for (Row row : sheet) {
                String name = row.getCell(0).getStringCellValue();
                if (name.equals("МАОУ СОШ № 2")) {
                    school2 = row;
                } else if (name.equals("МБОУ ООШ № 22")) {
                    school22 = row;
                }
            }
            assertThat(school2).isNotNull();
            assertThat(school22).isNotNull();
            XSSFCell done = (XSSFCell) school2.getCell(3);
            assertThat(done.getCellType()).as("a real date cell").isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(done)).isTrue();
            assertThat(done.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 10, 2));
            assertThat(done.getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy");
            assertThat(school2.getCell(4).getStringCellValue()).isEqualTo("выполнено");
            assertThat(rgb(school2.getCell(4))).as("done: green like the page").isEqualTo("DFF3E6");
            assertThat(rgb(done)).isEqualTo("DFF3E6");
            assertThat(school2.getCell(15).getNumericCellValue()).isZero();
            assertThat(school22.getCell(3).getCellType()).as("no date when not done").isEqualTo(CellType.BLANK);
            assertThat(school22.getCell(4).getStringCellValue()).isEqualTo("просрочено");
            assertThat(rgb(school22.getCell(4))).as("overdue: red like the page").isEqualTo("F8D7DA");
            assertThat(sheet.getColumnWidth(0) / 256).as("width from the longest school name")
                    .isGreaterThanOrEqualTo("МБОУ ООШ № 22".length());
            assertThat(sheet.getLastRowNum()).isEqualTo(9);
        }
    }

    private static String rgb(org.apache.poi.ss.usermodel.Cell cell) {
        XSSFColor color = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColorColor();
        return color == null ? null : color.getARGBHex().substring(2);
    }

    @Test
    void curatorsAndHeadsSeeOnlyTheirOwnSchoolsRow() {
        for (String username : List.of("curator1", "head1")) {
            String page = HttpSession.loggedIn(port, username, "demo").get("/campaigns/" + campaign).body();
            assertThat(page).as(username).contains("data-school=\"МАОУ СОШ № 1\"")
                    .doesNotContain("data-school=\"МАОУ СОШ № 2\"");
        }
        assertThat(HttpSession.loggedIn(port, "methodologist", "demo").get("/campaigns/" + campaign).body())
                .contains("data-school=\"МАОУ СОШ № 2\"").doesNotContain("Изменить сроки");
    }

    @Test
    void theCuratorsMarkNeedsEvidenceAndAPastDate() {
        long mark = jdbc.queryForObject("select id from campaign_school where campaign_id = ? and school_id = ?",
                Long.class, campaign, Fixtures.school1(jdbc));
        HttpSession curator = HttpSession.loggedIn(port, "curator1", "demo");
        String form = curator.get("/campaigns/informed/" + mark).body();
        long version = jdbc.queryForObject("select version from campaign_school where id = ?", Long.class, mark);
        String csrf = "_csrf=" + HttpSession.enc(HttpSession.csrf(form)) + "&version=" + version;
        HttpResponse<String> noEvidence = curator.post("/campaigns/informed/" + mark, csrf + "&informedOn=2025-10-14");
        assertThat(noEvidence.statusCode()).isEqualTo(200);
        assertThat(noEvidence.body()).contains("Опишите, чем подтверждается информирование");
        HttpResponse<String> future = curator.post("/campaigns/informed/" + mark, csrf + "&informedOn="
                + LocalDate.now().plusDays(3) + "&evidence=" + HttpSession.enc("Протокол собрания"));
        assertThat(future.body()).contains("не может быть в будущем");
        HttpResponse<String> stale = curator.post("/campaigns/informed/" + mark, "_csrf="
                + HttpSession.enc(HttpSession.csrf(form)) + "&version=" + (version + 5)
                + "&informedOn=2025-10-14&evidence=" + HttpSession.enc("Протокол собрания № 5"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Протокол собрания № 5", "Запись изменилась");
        assertThat(StaleVersionFormsTest.versions(stale.body())).as("the current version").containsOnly(version);
        assertThat(jdbc.queryForObject("select informed_on from campaign_school where id = ?", LocalDate.class, mark))
                .isEqualTo(LocalDate.of(2025, 10, 20));
    }

    @Test
    void theDepartmentOpensACampaignWithTheLettersDeadlinesForTheChosenYear() {
        HttpSession department = HttpSession.loggedIn(port, "department", "demo");
        String form = department.get("/campaigns/new?year=2027").body();
        assertThat(form).contains("Внедрение ЦМН 2027/28", "2027-09-28", "2027-12-01");
        HttpResponse<String> outOfOrder = department.post("/campaigns", "_csrf="
                + HttpSession.enc(HttpSession.csrf(form)) + "&title=" + HttpSession.enc("Внедрение ЦМН 2027/28")
                + "&academicYear=2027&trainedShare=50&curatorsDue=2027-09-28&roadmapsDue=2027-09-01"
                + "&informedDue=2027-10-15&basesDue=2027-10-30&trainedDue=2027-11-15&pairsDue=2027-11-25"
                + "&startedDue=2027-12-01");
        assertThat(outOfOrder.statusCode()).isEqualTo(200);
        assertThat(outOfOrder.body()).contains("Сроки этапов должны идти по порядку");
        assertThat(jdbc.queryForObject("select count(*) from campaign where academic_year = 2027", Long.class))
                .isZero();
    }

    @Test
    void aStaleEditOfTheDeadlinesAnswers409AndKeepsTheInput() {
        HttpSession department = HttpSession.loggedIn(port, "department", "demo");
        String form = department.get("/campaigns/" + campaign + "/edit").body();
        long version = jdbc.queryForObject("select version from campaign where id = ?", Long.class, campaign);
        HttpResponse<String> stale = department.post("/campaigns/" + campaign, "_csrf="
                + HttpSession.enc(HttpSession.csrf(form)) + "&version=" + (version + 1) + "&title="
                + HttpSession.enc("Внедрение ЦМН 2025/26 (уточнённые сроки)")
                + "&academicYear=2025&trainedShare=60&curatorsDue=2025-09-28&roadmapsDue=2025-10-05"
                + "&informedDue=2025-10-15&basesDue=2025-10-30&trainedDue=2025-11-15&pairsDue=2025-11-25"
                + "&startedDue=2025-12-01");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Запись изменилась", "Внедрение ЦМН 2025/26 (уточнённые сроки)");
        assertThat(StaleVersionFormsTest.versions(stale.body())).as("the current version").containsOnly(version);
        assertThat(jdbc.queryForObject("select trained_share from campaign where id = ?", Integer.class, campaign))
                .isEqualTo(50);
    }
}
