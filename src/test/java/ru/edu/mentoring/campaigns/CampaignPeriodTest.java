package ru.edu.mentoring.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import ru.edu.mentoring.accounts.AccountPrincipal;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.campaigns.Matrix.Cell;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * A campaign counts only what happened in its own academic year: the demo school МАОУ СОШ № 2 formed its bases and pairs
 * in 2025/26, so a 2026/27 campaign of the same municipality starts with those stages not done; a done cell always has
 * its date; pairs formed before the bases keep their real dates and are marked as out of order.
 */
class CampaignPeriodTest extends IntegrationTest {

    static final String TITLE = "Внедрение ЦМН 2026/27 (проверка периода)";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Campaigns campaigns;

    @Autowired
    UserDetailsService users;

    long lastYear;
    long thisYear;

    @BeforeEach
    void twoCampaigns() {
        lastYear = jdbc.queryForObject("select id from campaign where title = 'Внедрение ЦМН 2025/26'", Long.class);
        long municipality = jdbc.queryForObject("select municipality_id from campaign where id = ?", Long.class,
                lastYear);
        synchronized (CampaignPeriodTest.class) {
            if (!campaigns.exists(municipality, TITLE)) {
                campaigns.create(municipality, TITLE, 2026);
            }
        }
        thisYear = jdbc.queryForObject("select id from campaign where title = ?", Long.class, TITLE);
    }

    private Map<Stage, Cell> cells(long campaign, String school) {
        CurrentUser department = ((AccountPrincipal) users.loadUserByUsername("department")).getUser();
        return campaigns.matrix(department, campaign).stream().filter(r -> r.schoolName().equals(school))
                .findFirst().orElseThrow().cells().stream().collect(Collectors.toMap(Cell::stage, c -> c));
    }

    @Test
    void aNewCampaignDoesNotStartWithLastYearsBasesAndPairsDone() {
        Map<Stage, Cell> before = cells(lastYear, "МАОУ СОШ № 2");
        assertThat(before.get(Stage.BASES).state()).isEqualTo(StageState.DONE);
        assertThat(before.get(Stage.BASES).doneOn()).isBefore(LocalDate.of(2026, 9, 1));

        LocalDate start = LocalDate.of(2026, 9, 1);
        Map<Stage, Cell> now = cells(thisYear, "МАОУ СОШ № 2");
        for (Stage stage : new Stage[] {Stage.BASES, Stage.PAIRS, Stage.STARTED}) {
            Cell c = now.get(stage);
            assertThat(c.state() != StageState.DONE || !c.doneOn().isBefore(start))
                    .as(stage + " done only by what happened since 01.09.2026: " + c).isTrue();
        }
        assertThat(now.get(Stage.BASES).state()).as("the bases were formed in 2025/26, not in 2026/27")
                .isNotEqualTo(StageState.DONE);
    }

    @Test
    void everyDoneCellHasItsDateAndPairsBeforeTheBasesAreMarked() {
        for (long campaign : new long[] {lastYear, thisYear}) {
            CurrentUser department = ((AccountPrincipal) users.loadUserByUsername("department")).getUser();
            campaigns.matrix(department, campaign).forEach(r -> r.cells().forEach(c -> {
                if (c.state() == StageState.DONE) {
                    assertThat(c.doneOn()).as(r.schoolName() + " " + c.stage() + " done without a date").isNotNull();
                }
            }));
        }
        Map<Stage, Cell> school2 = cells(lastYear, "МАОУ СОШ № 2");
        assertThat(school2.get(Stage.PAIRS).doneOn()).isBefore(school2.get(Stage.BASES).doneOn());
        assertThat(school2.get(Stage.PAIRS).outOfOrder()).isTrue();
        assertThat(school2.get(Stage.BASES).outOfOrder()).isFalse();

        String page = HttpSession.loggedIn(port, "department", "demo").get("/campaigns/" + lastYear).body();
        assertThat(page).contains("раньше предыдущего этапа").contains("выполнено — зелёный, с датой выполнения");
    }
}
