package ru.edu.mentoring.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.mentoring.approval.ApprovalSubmitted;
import ru.edu.mentoring.approval.SubjectKind;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/** Notifications from roadmap events: who receives them, the unread badge, marking read, nobody reads another's. */
class NotificationsTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Notifications notifications;

    @Test
    void aSubmissionReachesTheDepartmentOfItsMunicipalityOnlyAfterCommit() {
        long school = Fixtures.schoolId(jdbc, "МБОУ ООШ № 22");
        long municipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class,
                school);
        long department = Fixtures.userId(jdbc, "department");
        long before = notifications.unreadCount(department);
        tx.executeWithoutResult(s -> {
            events.publishEvent(new ApprovalSubmitted(SubjectKind.ROADMAP, 1, school, municipality, "МБОУ ООШ № 22", "Тестов Т. Т."));
            s.setRollbackOnly();
        });
        assertThat(notifications.unreadCount(department)).as("a rolled-back submission tells nobody")
                .isEqualTo(before);
        tx.executeWithoutResult(s -> events.publishEvent(
                new ApprovalSubmitted(SubjectKind.ROADMAP, 1, school, municipality, "МБОУ ООШ № 22", "Тестов Т. Т.")));
        assertThat(notifications.unreadCount(department)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from notification where school_id = ? and user_id <> ?",
                Long.class, school, department)).as("only department staff").isZero();
    }

    @Test
    void theBadgeCountsUnreadAndReadingOneLowersItAndOpensItsPage() {
        long school = Fixtures.schoolId(jdbc, "МАУ ДО «ЦДТ»");
        long municipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class,
                school);
        tx.executeWithoutResult(s -> events.publishEvent(
                new ApprovalSubmitted(SubjectKind.ROADMAP, 42, school, municipality, "МАУ ДО «ЦДТ»", "Тестов Т. Т.")));
        HttpSession department = HttpSession.loggedIn(port, "department", "demo");
        long unread = notifications.unreadCount(Fixtures.userId(jdbc, "department"));
        String list = department.get("/notifications").body();
        assertThat(list).contains("data-testid=\"unread-badge\">" + unread + "<",
                "МАУ ДО «ЦДТ»: дорожная карта отправлена на согласование (Тестов Т. Т.).");
        long id = jdbc.queryForObject("select max(id) from notification where school_id = ?", Long.class, school);
        HttpResponse<String> open = department.post("/notifications/" + id + "/read",
                "_csrf=" + HttpSession.enc(HttpSession.csrf(list)));
        assertThat(open.statusCode()).isEqualTo(302);
        assertThat(open.headers().firstValue("Location").orElse("")).endsWith("/roadmaps/42");
        assertThat(notifications.unreadCount(Fixtures.userId(jdbc, "department"))).isEqualTo(unread - 1);
        assertThat(department.get("/notifications").body()).as("the remembered badge is forgotten on reading")
                .doesNotContain("data-testid=\"unread-badge\">" + unread + "<");
        tx.executeWithoutResult(s -> events.publishEvent(
                new ApprovalSubmitted(SubjectKind.ROADMAP, 43, school, municipality, "МАУ ДО «ЦДТ»", "Тестов Т. Т.")));
        assertThat(department.get("/notifications").body()).as("and on a new notification, once committed")
                .contains("data-testid=\"unread-badge\">" + unread + "<");

        HttpSession methodologist = HttpSession.loggedIn(port, "methodologist", "demo");
        String other = methodologist.get("/notifications").body();
        assertThat(methodologist.post("/notifications/" + id + "/read",
                "_csrf=" + HttpSession.enc(HttpSession.csrf(other))).statusCode()).isEqualTo(404);
    }
}
