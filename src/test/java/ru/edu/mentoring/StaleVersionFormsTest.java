package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * One handler for stale versions ({@code shared.StaleVersionForm}): a save posted with a version that is no longer
 * the record's answers 409 with the form again — the Russian conflict notice, every typed value, and the record's
 * current version in the hidden field, so that a second save after comparing goes through — and changes nothing.
 * A button without typed input (submit) still answers the 409 page.
 */
public class StaleVersionFormsTest extends IntegrationTest {

    static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    static final String CONFLICT = "Запись изменилась";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    /** Every hidden version field's value on the page. */
    public static List<Long> versions(String html) {
        List<Long> found = new ArrayList<>();
        Matcher m = VERSION.matcher(html);
        while (m.find()) {
            found.add(Long.parseLong(m.group(1)));
        }
        return found;
    }

    private long roadmapOfSchool1() {
        return jdbc.queryForObject("select id from roadmap where school_id = ?", Long.class, Fixtures.school1(jdbc));
    }

    private long roadmapVersion(long roadmap) {
        return jdbc.queryForObject("select version from roadmap where id = ?", Long.class, roadmap);
    }

    private static String csrf(HttpSession session, String page) {
        return "_csrf=" + HttpSession.enc(HttpSession.csrf(session.get(page).body()));
    }

    @Test
    void aStaleNewMeasureShowsTheFormAgainWithTheInputAndTheCurrentVersion() {
        HttpSession curator = HttpSession.loggedIn(port, "curator1", "demo");
        long roadmap = roadmapOfSchool1();
        long current = roadmapVersion(roadmap);
        HttpResponse<String> stale = curator.post("/roadmaps/" + roadmap + "/measures",
                csrf(curator, "/roadmaps/" + roadmap) + "&version=" + (current + 7) + "&number=99.&title="
                        + HttpSession.enc("Конфликтное мероприятие: форум наставников") + "&deadlineText="
                        + HttpSession.enc("Май 2026 г.") + "&responsible=" + HttpSession.enc("Куратор Петрова"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains(CONFLICT, "Конфликтное мероприятие: форум наставников", "Май 2026 г.",
                "Куратор Петрова");
        assertThat(versions(stale.body())).containsOnly(current);
        assertThat(jdbc.queryForObject("select count(*) from roadmap_measure where title like '%форум наставников%'",
                Long.class)).isZero();
    }

    @Test
    void aStaleMeasureEditShowsTheFormAgainWithTheInputAndTheCurrentVersion() {
        HttpSession curator = HttpSession.loggedIn(port, "curator1", "demo");
        long roadmap = roadmapOfSchool1();
        long measure = jdbc.queryForObject("select min(id) from roadmap_measure where roadmap_id = ?", Long.class,
                roadmap);
        long current = roadmapVersion(roadmap);
        HttpResponse<String> stale = curator.post("/roadmaps/measures/" + measure,
                csrf(curator, "/roadmaps/" + roadmap) + "&version=" + (current + 7) + "&number=1.&title="
                        + HttpSession.enc("Уточнённое название после конфликта") + "&result="
                        + HttpSession.enc("Протокол педсовета № 3"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains(CONFLICT, "Уточнённое название после конфликта", "Протокол педсовета № 3");
        assertThat(versions(stale.body())).containsOnly(current);
        assertThat(jdbc.queryForObject("select title from roadmap_measure where id = ?", String.class, measure))
                .isNotEqualTo("Уточнённое название после конфликта");
    }

    @Test
    void aStaleDoneMarkShowsTheFormAgainWithTheInputAndTheCurrentVersion() {
        HttpSession curator = HttpSession.loggedIn(port, "curator1", "demo");
        long roadmap = roadmapOfSchool1();
        long measure = jdbc.queryForObject("select max(id) from roadmap_measure where roadmap_id = ?", Long.class,
                roadmap);
        long current = roadmapVersion(roadmap);
        HttpResponse<String> stale = curator.post("/roadmaps/measures/" + measure + "/done",
                csrf(curator, "/roadmaps/" + roadmap) + "&version=" + (current + 7) + "&doneOn=2025-10-03&evidence="
                        + HttpSession.enc("Приказ № 77-о о конфликте версий"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains(CONFLICT, "Приказ № 77-о о конфликте версий", "2025-10-03");
        assertThat(versions(stale.body())).containsOnly(current);
        assertThat(jdbc.queryForObject("select count(*) from roadmap_measure where evidence like '%конфликте версий%'",
                Long.class)).isZero();
    }

    @Test
    void aStaleReportSaveShowsTheReportAgainWithTheTextsAndTheCurrentVersion() {
        HttpSession curator = HttpSession.loggedIn(port, "curator1", "demo");
        long report = jdbc.queryForObject("select id from school_report where school_id = ? order by id limit 1",
                Long.class, Fixtures.school1(jdbc));
        long current = jdbc.queryForObject("select version from school_report where id = ?", Long.class, report);
        HttpResponse<String> stale = curator.post("/reports/" + report, csrf(curator, "/reports/" + report)
                + "&version=" + (current + 7) + "&results=" + HttpSession.enc("Итоги года: 12 пар, 3 новых наставника")
                + "&practices=" + HttpSession.enc("Клуб молодых педагогов") + "&difficulties="
                + HttpSession.enc("Нехватка времени у наставников"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains(CONFLICT, "Итоги года: 12 пар, 3 новых наставника",
                "Клуб молодых педагогов", "Нехватка времени у наставников");
        assertThat(versions(stale.body())).containsOnly(current);
        assertThat(jdbc.queryForObject("select count(*) from school_report where results like '%12 пар, 3 новых%'",
                Long.class)).isZero();
    }

    @Test
    void aStaleActEditShowsTheFormAgainWithTheInputAndTheCurrentVersion() {
        HttpSession department = HttpSession.loggedIn(port, "department", "demo");
        long municipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class,
                Fixtures.school1(jdbc));
        long act = jdbc.queryForObject("select min(id) from normative_act where municipality_id = ?", Long.class,
                municipality);
        long current = jdbc.queryForObject("select version from normative_act where id = ?", Long.class, act);
        HttpResponse<String> stale = department.post("/documents/acts/" + act,
                csrf(department, "/documents/acts/" + act + "/edit") + "&version=" + (current + 7) + "&title="
                        + HttpSession.enc("Положение о наставничестве (редакция после конфликта)") + "&number="
                        + HttpSession.enc("314-к") + "&actDate=2025-09-01&link=");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains(CONFLICT, "Положение о наставничестве (редакция после конфликта)", "314-к");
        assertThat(versions(stale.body())).containsOnly(current);
        assertThat(jdbc.queryForObject("select title from normative_act where id = ?", String.class, act))
                .doesNotContain("после конфликта");
    }

    @Test
    void aStaleAccountEditKeepsTheInputAndASecondSaveWithTheShownVersionGoesThrough() {
        synchronized (StaleVersionFormsTest.class) {
            if (!accounts.usernameTaken("stale.editor")) {
                accounts.create(new Accounts.NewAccount("stale.editor", "demo-password-1", "Орлова Анна Петровна",
                        null, Set.of(Role.METHODOLOGIST), jdbc.queryForObject("select municipality_id from school"
                                + " where id = ?", Long.class, Fixtures.school1(jdbc)), Set.of()));
            }
        }
        long user = Fixtures.userId(jdbc, "stale.editor");
        long municipality = jdbc.queryForObject("select municipality_id from app_user where id = ?", Long.class, user);
        long current = jdbc.queryForObject("select version from app_user where id = ?", Long.class, user);
        HttpSession admin = HttpSession.loggedIn(port, "admin", "demo");
        String fields = "&username=stale.editor&fullName=" + HttpSession.enc("Орлова-Конфликтова Анна Петровна")
                + "&email=" + HttpSession.enc("orlova.stale@example.org") + "&roles=METHODOLOGIST&municipalityId="
                + municipality;
        HttpResponse<String> stale = admin.post("/admin/users/" + user, csrf(admin, "/admin/users/" + user)
                + "&version=" + (current + 7) + fields);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains(CONFLICT, "Орлова-Конфликтова Анна Петровна", "orlova.stale@example.org");
        assertThat(versions(stale.body())).containsOnly(current);
        assertThat(jdbc.queryForObject("select full_name from app_user where id = ?", String.class, user))
                .isEqualTo("Орлова Анна Петровна");

        // the user compared and saves again on purpose: the version shown is the current one
        HttpResponse<String> again = admin.post("/admin/users/" + user, "_csrf="
                + HttpSession.enc(HttpSession.csrf(stale.body())) + "&version=" + versions(stale.body()).get(0)
                + fields);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select full_name from app_user where id = ?", String.class, user))
                .isEqualTo("Орлова-Конфликтова Анна Петровна");
    }

    @Test
    void aStaleButtonWithoutTypedInputAnswersTheConflictPage() {
        HttpSession curator = HttpSession.loggedIn(port, "curator1", "demo");
        long roadmap = roadmapOfSchool1();
        long current = roadmapVersion(roadmap);
        String status = jdbc.queryForObject("select status from roadmap where id = ?", String.class, roadmap);
        HttpResponse<String> stale = curator.post("/roadmaps/" + roadmap + "/submit",
                csrf(curator, "/roadmaps/" + roadmap) + "&version=" + (current + 7));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("409");
        assertThat(jdbc.queryForObject("select status from roadmap where id = ?", String.class, roadmap))
                .isEqualTo(status);
        assertThat(roadmapVersion(roadmap)).isEqualTo(current);
    }
}
