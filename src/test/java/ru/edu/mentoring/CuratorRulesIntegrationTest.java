package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/** The curator's forms through the real server: nothing lost, nothing doubled, rules answered in Russian. */
class CuratorRulesIntegrationTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    long mentorOf(long school) {
        return jdbc.queryForObject("select min(m.person_id) from mentor_profile m join person p on p.id = m.person_id"
                + " where m.school_id = ? and p.kind = 'TEACHER' and exists (select 1 from mentor_course c"
                + " where c.person_id = m.person_id and c.end_date <= current_date)", Long.class, school);
    }

    long freeMenteeOf(long school) {
        return jdbc.queryForObject("select min(e.person_id) from mentee_profile e join person p on p.id = e.person_id"
                + " where e.school_id = ? and p.kind = 'STUDENT' and exists (select 1 from consent c where"
                + " c.person_id = p.id and c.revoked_on is null) and not exists (select 1 from pair_mentee pm join"
                + " mentoring_pair mp on mp.id = pm.pair_id where pm.person_id = p.id and mp.status = 'ACTIVE')"
                + " and p.id not in (select pm.person_id from pair_mentee pm)", Long.class, school);
    }

    /** The registration form's body for a teacher–student pair of a trained mentor and a free student. */
    private String teacherStudentPair(HttpSession session, long school, String token) {
        String form = session.get("/schools/" + school + "/pairs/new").body();
        long formId = jdbc.queryForObject("select id from mentoring_form where code = 'TEACHER_STUDENT'", Long.class);
        return "_csrf=" + HttpSession.enc(HttpSession.csrf(form)) + "&token=" + token + "&formId=" + formId
                + "&mentorId=" + mentorOf(school) + "&menteeIds=" + freeMenteeOf(school)
                + "&startDate=2026-11-01&plannedEnd=2027-05-31&goal=" + HttpSession.enc("Цель") + "&version=0";
    }

    @Test
    void aDoubleSubmittedPairCreatesOnePair() {
        long school = Fixtures.schoolId(jdbc, "МАОУ СОШ № 7");
        HttpSession session = HttpSession.loggedIn(port, "curator1", "demo");
        long s1 = Fixtures.school1(jdbc);
        String token = UUID.randomUUID().toString();
        String body = teacherStudentPair(session, s1, token);
        HttpResponse<String> first = session.post("/schools/" + s1 + "/pairs", body);
        HttpResponse<String> second = session.post("/schools/" + s1 + "/pairs", body);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(jdbc.queryForObject("select count(*) from mentoring_pair where create_token = ?::uuid",
                Integer.class, token)).isEqualTo(1);
        assertThat(school).isPositive();
    }

    @Test
    void aDoubleSubmittedActivePairGoesToTheFirstInsteadOfCallingItsMenteeBusy() {
        HttpSession session = HttpSession.loggedIn(port, "curator1", "demo");
        long s1 = Fixtures.school1(jdbc);
        String token = UUID.randomUUID().toString();
        String body = teacherStudentPair(session, s1, token) + "&activate=true";
        HttpResponse<String> first = session.post("/schools/" + s1 + "/pairs", body);
        HttpResponse<String> second = session.post("/schools/" + s1 + "/pairs", body);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElseThrow()).endsWith("?created=active");
        assertThat(second.statusCode()).as("the second copy would break the busy rule, yet it is the same pair")
                .isEqualTo(302);
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(jdbc.queryForObject("select count(*) from mentoring_pair where create_token = ?::uuid"
                + " and status = 'ACTIVE'", Integer.class, token)).isEqualTo(1);
    }

    @Test
    void aBrokenRuleIsExplainedInRussianAndTheInputIsKept() {
        HttpSession session = HttpSession.loggedIn(port, "curator1", "demo");
        long s1 = Fixtures.school1(jdbc);
        String form = session.get("/schools/" + s1 + "/pairs/new").body();
        long formId = jdbc.queryForObject("select id from mentoring_form where code = 'TEACHER_TEACHER'", Long.class);
        long student = freeMenteeOf(s1);
        HttpResponse<String> result = session.post("/schools/" + s1 + "/pairs", "_csrf="
                + HttpSession.enc(HttpSession.csrf(form)) + "&token=" + UUID.randomUUID() + "&formId=" + formId
                + "&mentorId=" + mentorOf(s1) + "&menteeIds=" + student + "&startDate=2026-11-01"
                + "&plannedEnd=2026-10-01&goal=" + HttpSession.enc("Моя цель для проверки") + "&version=0");
        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body()).contains("не может быть наставляемым в форме «учитель – учитель»",
                "Плановая дата окончания должна быть позже даты начала", "Для наставничества педагогов выберите формат",
                "Моя цель для проверки");
    }

    @Test
    void aStalePersonSaveShowsTheConflictAndKeepsTheInput() {
        HttpSession session = HttpSession.loggedIn(port, "curator1", "demo");
        long s1 = Fixtures.school1(jdbc);
        long person = jdbc.queryForObject("select max(id) from person where school_id = ? and kind = 'TEACHER'",
                Long.class, s1);
        String form = session.get("/people/" + person + "/edit").body();
        long version = jdbc.queryForObject("select version from person where id = ?", Long.class, person);
        jdbc.update("update person set version = version + 1 where id = ?", person);
        HttpResponse<String> result = session.post("/people/" + person, "_csrf="
                + HttpSession.enc(HttpSession.csrf(form)) + "&version=" + version + "&lastName="
                + HttpSession.enc("Новофамильная") + "&firstName=" + HttpSession.enc("Анна")
                + "&teachingSince=2015-09-01");
        assertThat(result.statusCode()).isEqualTo(409);
        assertThat(result.body()).contains("Запись изменилась", "Новофамильная");
        assertThat(jdbc.queryForObject("select last_name from person where id = ?", String.class, person))
                .isNotEqualTo("Новофамильная");
    }

    @Test
    void theCuratorsHomeShowsWhatIsMissing() {
        String home = HttpSession.loggedIn(port, "curator1", "demo").get("/").body();
        assertThat(home).contains("Что требует внимания", "без наставника", "обучение", "без приказа о закреплении");
    }
}
