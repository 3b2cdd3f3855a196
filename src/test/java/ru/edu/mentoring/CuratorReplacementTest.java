package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Issue 15, points 1 and 2: an appointment moves the access to a school at once (the previous curator loses it and
 * their open sessions end, unless kept as a deputy by an order), and an administrator's change of a user's roles or
 * schools reaches their open sessions. Everything against the real server, with sessions in PostgreSQL. Each test
 * leaves curator1 the only curator of school 1, as the demo data has it (the access matrix relies on that).
 */
class CuratorReplacementTest extends IntegrationTest {

    static final String PASSWORD = "correct-horse-1";
    static final String REPLACEMENT = "curator.replacement";
    static final String DEMOTED = "curator.demoted";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    Schools schools;

    long school1;
    long municipality;
    long curator1;
    long replacement;
    String curator1Order;
    LocalDate curator1OrderDate;

    @BeforeEach
    void fixtures() {
        school1 = Fixtures.school1(jdbc);
        municipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class, school1);
        curator1 = Fixtures.userId(jdbc, "curator1");
        curator1Order = jdbc.queryForObject("select order_number from curator_appointment where school_id = ?"
                + " and user_id = ? and kind = 'CURATOR' and ended_at is null", String.class, school1, curator1);
        curator1OrderDate = jdbc.queryForObject("select order_date from curator_appointment where school_id = ?"
                + " and user_id = ? and kind = 'CURATOR' and ended_at is null", LocalDate.class, school1, curator1);
        if (!accounts.usernameTaken(REPLACEMENT)) {
            accounts.create(new Accounts.NewAccount(REPLACEMENT, PASSWORD, "Заменина Вера Павловна", null,
                    Set.of(Role.CURATOR), municipality, Set.of()));
        }
        replacement = Fixtures.userId(jdbc, REPLACEMENT);
    }

    /** curator1 the only curator of school 1 again, no deputies, the demoted test user bound to nothing. */
    @AfterEach
    void curator1IsTheCuratorOfSchool1Again() {
        for (Long deputy : jdbc.queryForList("select user_id from curator_appointment where school_id = ?"
                + " and kind = 'DEPUTY' and ended_at is null", Long.class, school1)) {
            schools.endDeputy(school1, deputy);
        }
        if (!currentCurator().equals(curator1)) {
            schools.appointCurator(school1, curator1, curator1Order, curator1OrderDate);
        }
        // a test that re-appointed curator1 left them curator by its own order: the demo's order again, so that the
        // campaign of 2025/26 still sees the school's curator appointed in its year
        jdbc.update("update curator_appointment set order_number = ?, order_date = ? where school_id = ?"
                + " and user_id = ? and kind = 'CURATOR' and ended_at is null", curator1Order, curator1OrderDate,
                school1, curator1);
        jdbc.update("delete from app_user_school where user_id in (select id from app_user where username = ?)",
                DEMOTED);
    }

    @Test
    void anAppointmentEndsThePreviousCuratorsSessionAndTheirAccessAndWritesNothingForThem() {
        HttpSession curator = HttpSession.loggedIn(port, "curator1", "demo");
        String token = HttpSession.csrf(curator.get("/schools/" + school1 + "/people/new?kind=STUDENT").body());
        assertThat(curator.get("/schools/" + school1 + "/people").statusCode()).isEqualTo(200);
        HttpSession replacementBefore = HttpSession.loggedIn(port, REPLACEMENT, PASSWORD);
        assertThat(replacementBefore.get("/schools/" + school1 + "/people").statusCode()).isEqualTo(404);
        long people = people();

        HttpResponse<String> appointed = appoint(department(), replacement, "15-к", "2026-09-01", null, null);
        assertThat(appointed.statusCode()).isEqualTo(302);
        assertThat(currentCurator()).isEqualTo(replacement);

        // curator1's open session is refused on its next request, a write included, and nothing is written
        assertRefused(curator.get("/schools/" + school1 + "/people"));
        assertRefused(curator.post("/schools/" + school1 + "/people?kind=STUDENT", student(token, "Сессионный")));
        assertThat(people()).isEqualTo(people);

        // a fresh login of curator1 neither reads nor adds school 1's students
        HttpSession fresh = HttpSession.loggedIn(port, "curator1", "demo");
        assertThat(fresh.get("/schools/" + school1).statusCode()).isEqualTo(404);
        assertThat(fresh.get("/schools/" + school1 + "/people").statusCode()).isEqualTo(404);
        assertThat(fresh.get("/schools/" + school1 + "/people/new?kind=STUDENT").statusCode()).isEqualTo(404);
        String freshToken = HttpSession.csrf(fresh.get("/").body());
        assertThat(fresh.post("/schools/" + school1 + "/people?kind=STUDENT", student(freshToken, "Новосессионный"))
                .statusCode()).isIn(403, 404);
        assertThat(people()).isEqualTo(people);
        assertThat(boundUsers()).doesNotContain(curator1).contains(replacement);

        // the new curator's session, opened before the appointment, ends too; a new login reaches the school
        assertRefused(replacementBefore.get("/schools/" + school1 + "/people"));
        assertThat(HttpSession.loggedIn(port, REPLACEMENT, PASSWORD).get("/schools/" + school1 + "/people")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void reappointingTheFirstCuratorLeavesOnlyThemBound() {
        appoint(department(), replacement, "15-к", "2026-09-01", null, null);
        HttpSession replaced = HttpSession.loggedIn(port, REPLACEMENT, PASSWORD);
        assertThat(replaced.get("/schools/" + school1 + "/people").statusCode()).isEqualTo(200);

        HttpResponse<String> back = appoint(department(), curator1, "16-к", "2026-09-02", null, null);
        assertThat(back.statusCode()).isEqualTo(302);

        assertThat(currentCurator()).isEqualTo(curator1);
        assertThat(boundUsers()).contains(curator1).doesNotContain(replacement);
        assertRefused(replaced.get("/schools/" + school1 + "/people"));
        assertThat(HttpSession.loggedIn(port, REPLACEMENT, PASSWORD).get("/schools/" + school1 + "/people")
                .statusCode()).isEqualTo(404);
        assertThat(HttpSession.loggedIn(port, "curator1", "demo").get("/schools/" + school1 + "/people")
                .statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from curator_appointment where school_id = ?"
                + " and ended_at is null", Integer.class, school1)).isEqualTo(1);
    }

    @Test
    void keptAsADeputyThePreviousCuratorKeepsAccessUntilTheDepartmentEndsIt() {
        HttpSession curator = HttpSession.loggedIn(port, "curator1", "demo");
        HttpSession department = department();
        // the option needs the deputy's own order: refused without it, and nothing changes
        HttpResponse<String> noOrder = appoint(department, replacement, "15-к", "2026-09-01", "", "");
        assertThat(noOrder.statusCode()).isEqualTo(200);
        assertThat(noOrder.body()).contains("Заполните это поле.");
        assertThat(currentCurator()).isEqualTo(curator1);

        HttpResponse<String> appointed = appoint(department, replacement, "15-к", "2026-09-01", "15/1-к", "2026-09-01");
        assertThat(appointed.statusCode()).isEqualTo(302);

        assertThat(currentCurator()).isEqualTo(replacement);
        assertThat(curator.get("/schools/" + school1 + "/people").statusCode()).as("the deputy's session goes on")
                .isEqualTo(200);
        assertThat(HttpSession.loggedIn(port, REPLACEMENT, PASSWORD).get("/schools/" + school1 + "/people")
                .statusCode()).isEqualTo(200);
        assertThat(boundUsers()).contains(curator1, replacement);
        String page = department.get("/schools/" + school1).body();
        assertThat(page).contains("Заместитель куратора", "приказ от 01.09.2026 № 15/1-к",
                "приказ от 01.09.2026 № 15-к");

        HttpResponse<String> ended = department.post("/schools/" + school1 + "/deputy/end",
                "_csrf=" + HttpSession.enc(HttpSession.csrf(page)) + "&userId=" + curator1);
        assertThat(ended.statusCode()).isEqualTo(302);
        assertRefused(curator.get("/schools/" + school1 + "/people"));
        assertThat(HttpSession.loggedIn(port, "curator1", "demo").get("/schools/" + school1 + "/people")
                .statusCode()).isEqualTo(404);
        assertThat(department.get("/schools/" + school1).body()).doesNotContain("Заместитель куратора");
    }

    @Test
    void theSchoolPageListsWhoHasAccessAndSinceWhichOrder() {
        String page = department().get("/schools/" + school1).body();
        String table = page.substring(page.indexOf("data-testid=\"access-card\""));
        assertThat(table).contains("Кто имеет доступ к данным школы", "Иванова Анна Петровна", "(curator1)",
                "приказ от " + curator1OrderDate.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                        + " № " + curator1Order,
                "Пономарёва Ольга Ивановна", "(head1)", "Руководитель ОО");
        assertThat(table.indexOf("(curator1)")).as("the curator comes first").isLessThan(table.indexOf("(head1)"));
        assertThat(table).doesNotContain(REPLACEMENT);

        appoint(department(), replacement, "15-к", "2026-09-01", "15/1-к", "2026-09-01");
        String after = department().get("/schools/" + school1).body();
        after = after.substring(after.indexOf("data-testid=\"access-card\""));
        assertThat(after).contains("(" + REPLACEMENT + ")", "приказ от 01.09.2026 № 15-к", "Заместитель куратора",
                "приказ от 01.09.2026 № 15/1-к", "(curator1)", "(head1)");
        assertThat(after.indexOf("(" + REPLACEMENT + ")")).isLessThan(after.indexOf("(curator1)"));
    }

    @Test
    void anAdministratorDemotingALoggedInCuratorEndsTheirSessionAndTheirWritesAreRefused() {
        if (!accounts.usernameTaken(DEMOTED)) {
            accounts.create(new Accounts.NewAccount(DEMOTED, PASSWORD, "Понижаемая Нина Олеговна", null,
                    Set.of(Role.CURATOR), municipality, Set.of(school1)));
        }
        long id = Fixtures.userId(jdbc, DEMOTED);
        jdbc.update("delete from app_user_role where user_id = ?", id);
        jdbc.update("insert into app_user_role (user_id, role) values (?, 'CURATOR')", id);
        jdbc.update("insert into app_user_school (user_id, school_id) values (?, ?) on conflict do nothing", id,
                school1);
        HttpSession curator = HttpSession.loggedIn(port, DEMOTED, PASSWORD);
        String token = HttpSession.csrf(curator.get("/schools/" + school1 + "/people/new?kind=STUDENT").body());
        HttpSession admin = HttpSession.loggedIn(port, "admin", "demo");

        // a change that does not touch the user's reach leaves their session alone
        assertThat(saveUser(admin, id, "Понижаемая Нина Петровна", "CURATOR").statusCode()).isEqualTo(302);
        assertThat(curator.get("/schools/" + school1 + "/people").statusCode()).isEqualTo(200);

        long people = people();
        assertThat(saveUser(admin, id, "Понижаемая Нина Олеговна", "SCHOOL_HEAD").statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForList("select role from app_user_role where user_id = ?", String.class, id))
                .containsExactly("SCHOOL_HEAD");

        assertRefused(curator.post("/schools/" + school1 + "/people?kind=STUDENT", student(token, "Пониженный")));
        assertThat(people()).isEqualTo(people);
        // logged in again as a head: reads the school, writes nothing
        HttpSession head = HttpSession.loggedIn(port, DEMOTED, PASSWORD);
        assertThat(head.get("/schools/" + school1 + "/people").statusCode()).isEqualTo(200);
        assertThat(head.post("/schools/" + school1 + "/people?kind=STUDENT",
                student(HttpSession.csrf(head.get("/").body()), "Пониженный")).statusCode()).isEqualTo(403);
        assertThat(people()).isEqualTo(people);
    }

    private HttpResponse<String> saveUser(HttpSession admin, long id, String fullName, String role) {
        String form = admin.get("/admin/users/" + id).body();
        long version = jdbc.queryForObject("select version from app_user where id = ?", Long.class, id);
        return admin.post("/admin/users/" + id, "_csrf=" + HttpSession.enc(HttpSession.csrf(form)) + "&username="
                + DEMOTED + "&fullName=" + HttpSession.enc(fullName) + "&email=&password=&roles=" + role
                + "&municipalityId=" + municipality + "&schoolIds=" + school1 + "&version=" + version);
    }

    private HttpSession department() {
        return HttpSession.loggedIn(port, "department", "demo");
    }

    private HttpResponse<String> appoint(HttpSession department, long userId, String number, String date,
            String deputyNumber, String deputyDate) {
        String token = HttpSession.csrf(department.get("/schools/" + school1 + "/curator").body());
        String body = "_csrf=" + HttpSession.enc(token) + "&userId=" + userId + "&orderNumber="
                + HttpSession.enc(number) + "&orderDate=" + date;
        if (deputyNumber != null) {
            body += "&keepPreviousAsDeputy=true&_keepPreviousAsDeputy=on&deputyOrderNumber="
                    + HttpSession.enc(deputyNumber) + "&deputyOrderDate=" + deputyDate;
        }
        return department.post("/schools/" + school1 + "/curator", body);
    }

    private static String student(String token, String lastName) {
        return "_csrf=" + HttpSession.enc(token) + "&lastName=" + HttpSession.enc(lastName) + "&firstName="
                + HttpSession.enc("Проверка") + "&grade=5&letter=" + HttpSession.enc("А")
                + "&birthDate=2015-01-01&token=" + UUID.randomUUID();
    }

    /** Refused: sent to the login page (the session is gone) or 403 (its CSRF token went with it). */
    private static void assertRefused(HttpResponse<String> response) {
        boolean toLogin = response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/login");
        assertThat(toLogin || response.statusCode() == 403)
                .as("refused, but got %d %s", response.statusCode(), response.headers().firstValue("Location"))
                .isTrue();
    }

    private Long currentCurator() {
        return jdbc.queryForObject("select user_id from curator_appointment where school_id = ? and kind = 'CURATOR'"
                + " and ended_at is null", Long.class, school1);
    }

    private List<Long> boundUsers() {
        return jdbc.queryForList("select user_id from app_user_school where school_id = ?", Long.class, school1);
    }

    private long people() {
        return jdbc.queryForObject("select count(*) from person where school_id = ?", Long.class, school1);
    }
}
