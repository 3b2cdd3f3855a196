package ru.edu.mentoring.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * A regional centre's user reads the municipalities and schools of their own region only (issue 22 point 1), and a
 * move to another region takes effect on their next request. Two regions of the test's own, against the real server.
 */
class RegionScopeTest extends IntegrationTest {

    static final String REGION_A = "Область А (тест областей)";
    static final String REGION_B = "Область Б (тест областей)";

    @LocalServerPort
    int port;

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    @Autowired
    Regions regions;

    @Autowired
    JdbcTemplate jdbc;

    record World(long regionA, long regionB, long municipalityA, long municipalityB, long schoolA, long schoolB) {}

    private static World world;

    private synchronized World world() {
        if (world == null) {
            long ma = schools.createMunicipality("Город А (тест областей)", REGION_A);
            long mb = schools.createMunicipality("Город Б (тест областей)", REGION_B);
            long sa = school(ma, "Школа А (тест областей)");
            long sb = school(mb, "Школа Б (тест областей)");
            long ra = regions.ensureRegion(REGION_A);
            long rb = regions.ensureRegion(REGION_B);
            for (String name : new String[] {"region.a.test", "region.mover.test"}) {
                if (!accounts.usernameTaken(name)) {
                    long id = accounts.create(new Accounts.NewAccount(name, "demo", "Сотрудник Областной Тестовый",
                            null, Set.of(Role.REGION), null, Set.of()));
                    accounts.bindToRegion(id, ra);
                }
            }
            world = new World(ra, rb, ma, mb, sa, sb);
        }
        return world;
    }

    private long school(long municipality, String name) {
        Long existing = jdbc.query("select id from school where short_name = ?", rs -> rs.next() ? rs.getLong(1) : null,
                name);
        return existing != null ? existing : schools.createSchool(municipality,
                new SchoolForm("Муниципальное общеобразовательное учреждение «" + name + "»", name, SchoolKind.GENERAL,
                        null, null, null));
    }

    @Test
    void aRegionalCentreUserOfRegionAReadsNothingOfRegionB() {
        World w = world();
        HttpSession a = HttpSession.loggedIn(port, "region.a.test", "demo");
        assertThat(a.get("/schools/" + w.schoolA()).statusCode()).isEqualTo(200);
        assertThat(a.get("/schools/" + w.schoolB()).statusCode()).as("a school of region B").isEqualTo(404);
        assertThat(a.get("/monitoring/municipalities/" + w.municipalityA()).statusCode()).isEqualTo(200);
        assertThat(a.get("/monitoring/municipalities/" + w.municipalityB()).statusCode()).isEqualTo(404);
        assertThat(a.get("/monitoring/schools/" + w.schoolB()).statusCode()).isEqualTo(404);
        assertThat(a.get("/schools/" + w.schoolB() + "/checklist").statusCode()).isEqualTo(404);
        assertThat(a.get("/municipalities/" + w.municipalityB() + "/checklist").statusCode()).isEqualTo(404);
        assertThat(a.get("/regions/" + w.regionB()).statusCode()).isEqualTo(404);
        assertThat(a.get("/regions/" + w.regionB() + "/dashboard.xlsx").statusCode()).isEqualTo(404);
        assertThat(a.get("/regions").headers().firstValue("Location").orElse(""))
                .endsWith("/regions/" + w.regionA());

        String dashboard = a.get("/regions/" + w.regionA()).body();
        assertThat(dashboard).contains("Город А (тест областей)").doesNotContain("Город Б (тест областей)")
                .doesNotContain("Первоуральск");
        String list = a.get("/schools?q=" + HttpSession.enc("тест областей")).body();
        assertThat(list).contains("Школа А (тест областей)").doesNotContain("Школа Б (тест областей)");
        String overview = a.get("/monitoring/region").body();
        assertThat(overview).contains("Город А (тест областей)").doesNotContain("Город Б (тест областей)")
                .doesNotContain("Первоуральск");
        String home = a.get("/").body();
        assertThat(home).contains("Город А (тест областей)").doesNotContain("Город Б (тест областей)");
    }

    @Test
    void movingTheUserToAnotherRegionTakesEffectOnTheirNextRequest() {
        World w = world();
        long mover = jdbc.queryForObject("select id from app_user where username = 'region.mover.test'", Long.class);
        accounts.bindToRegion(mover, w.regionA());
        HttpSession session = HttpSession.loggedIn(port, "region.mover.test", "demo");
        assertThat(session.get("/schools/" + w.schoolA()).statusCode()).isEqualTo(200);
        assertThat(session.get("/schools/" + w.schoolB()).statusCode()).isEqualTo(404);

        // the administrator moves the user to region B on the account page
        HttpSession admin = HttpSession.loggedIn(port, "admin", "demo");
        String page = admin.get("/admin/users/" + mover).body();
        assertThat(page).contains(REGION_A, REGION_B);
        long version = jdbc.queryForObject("select version from app_user where id = ?", Long.class, mover);
        HttpResponse<String> saved = admin.post("/admin/users/" + mover, "username=region.mover.test&fullName="
                + HttpSession.enc("Сотрудник Областной Тестовый") + "&email=&roles=REGION&municipalityId=&regionId="
                + w.regionB() + "&version=" + version + "&_csrf=" + HttpSession.enc(HttpSession.csrf(page)));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select region_id from app_user where id = ?", Long.class, mover))
                .isEqualTo(w.regionB());

        // the old session no longer reads region A: the next request is sent to the login page
        HttpResponse<String> next = session.get("/schools/" + w.schoolA());
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login");

        HttpSession again = HttpSession.loggedIn(port, "region.mover.test", "demo");
        assertThat(again.get("/schools/" + w.schoolA()).statusCode()).isEqualTo(404);
        assertThat(again.get("/schools/" + w.schoolB()).statusCode()).isEqualTo(200);
        assertThat(again.get("/regions").headers().firstValue("Location").orElse(""))
                .endsWith("/regions/" + w.regionB());
    }

    @Test
    void aRegionalCentreUserWithoutARegionReadsNoSchool() {
        World w = world();
        if (!accounts.usernameTaken("region.none.test")) {
            accounts.create(new Accounts.NewAccount("region.none.test", "demo", "Сотрудник Без Региона", null,
                    Set.of(Role.REGION), null, Set.of()));
        }
        HttpSession none = HttpSession.loggedIn(port, "region.none.test", "demo");
        assertThat(none.get("/schools/" + w.schoolA()).statusCode()).isEqualTo(404);
        assertThat(none.get("/regions/" + w.regionA()).statusCode()).isEqualTo(404);
        assertThat(none.get("/schools?q=" + HttpSession.enc("тест областей")).body())
                .doesNotContain("Школа А (тест областей)");
    }
}
