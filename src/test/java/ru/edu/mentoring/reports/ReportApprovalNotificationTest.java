package ru.edu.mentoring.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import ru.edu.mentoring.accounts.AccountPrincipal;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.TransitionView;
import ru.edu.mentoring.notifications.Notifications;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Reports go through the one approval workflow: a submission notifies the department of the municipality, a return
 * and an approval notify the school's curators, like roadmaps do; the steps are kept in the shared approval history
 * and go with the report. On МБОУ ООШ № 22, academic year 2023, with a curator of this test's own.
 */
class ReportApprovalNotificationTest extends IntegrationTest {

    static final String SCHOOL = "МБОУ ООШ № 22";
    static final int YEAR = 2023;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Reports reports;

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    @Autowired
    Notifications notifications;

    @Autowired
    UserDetailsService users;

    @Test
    void aReportNotifiesTheDepartmentOnSubmitAndTheSchoolOnEachDecision() {
        long school = Fixtures.schoolId(jdbc, SCHOOL);
        if (!accounts.usernameTaken("curator.approval")) {
            accounts.create(new Accounts.NewAccount("curator.approval", "demo", "Зайцева Ольга Павловна",
                    null, Set.of(Role.CURATOR), null, Set.of()));
        }
        long curatorId = jdbc.queryForObject("select id from app_user where username = 'curator.approval'", Long.class);
        schools.appointCurator(school, curatorId, "7-о", LocalDate.of(2025, 9, 1));
        CurrentUser curator = ((AccountPrincipal) users.loadUserByUsername("curator.approval")).getUser();
        CurrentUser department = ((AccountPrincipal) users.loadUserByUsername("department")).getUser();
        jdbc.update("delete from school_report where school_id = ? and academic_year = ?", school, YEAR);
        long report = reports.createFor(schools.summariesOf(List.of(school)).get(0), YEAR);
        String link = "/reports/" + report;

        long departmentBefore = notifications.unreadCount(department.id());
        reports.submit(curator, report, reports.currentVersion(report));
        assertThat(notifications.unreadCount(department.id())).as("the department hears of the submission")
                .isEqualTo(departmentBefore + 1);
        assertThat(latest(department.id(), link)).containsEntry("kind", "REPORT_SUBMITTED")
                .containsEntry("school_name", SCHOOL).containsEntry("actor_name", "Зайцева Ольга Павловна");

        long curatorBefore = notifications.unreadCount(curator.id());
        reports.returnForRework(department, report, reports.currentVersion(report), "Добавьте лучшие практики");
        assertThat(notifications.unreadCount(curator.id())).as("the school hears of the return")
                .isEqualTo(curatorBefore + 1);
        assertThat(latest(curator.id(), link)).containsEntry("kind", "REPORT_RETURNED")
                .containsEntry("comment", "Добавьте лучшие практики");

        reports.submit(curator, report, reports.currentVersion(report));
        reports.approve(department, report, reports.currentVersion(report), null);
        assertThat(notifications.unreadCount(curator.id())).as("and of the approval").isEqualTo(curatorBefore + 2);
        assertThat(latest(curator.id(), link)).containsEntry("kind", "REPORT_APPROVED");
        assertThat(notifications.unreadCount(department.id())).isEqualTo(departmentBefore + 2);

        List<TransitionView> history = reports.view(curator, report).history();
        assertThat(history).extracting(TransitionView::to).as("newest first").containsExactly(
                ApprovalStatus.APPROVED, ApprovalStatus.SUBMITTED, ApprovalStatus.RETURNED, ApprovalStatus.SUBMITTED);
        assertThat(history.get(2).comment()).isEqualTo("Добавьте лучшие практики");
        assertThat(jdbc.queryForObject("select count(*) from approval_transition where subject_kind = 'REPORT'"
                + " and subject_id = ? and school_id = ?", Long.class, report, school)).isEqualTo(4);

        jdbc.update("delete from school_report where id = ?", report);
        assertThat(jdbc.queryForObject("select count(*) from approval_transition where subject_kind = 'REPORT'"
                + " and subject_id = ?", Long.class, report)).as("the history goes with its report").isZero();
    }

    /** School 22 is the demo's school without a curator (every campaign stage overdue): it stays so for the others. */
    @AfterEach
    void removeTheCuratorOfThisTest() {
        jdbc.update("delete from curator_appointment where user_id in (select id from app_user where username = ?)",
                "curator.approval");
        jdbc.update("delete from app_user_school where user_id in (select id from app_user where username = ?)",
                "curator.approval");
    }

    private Map<String, Object> latest(long userId, String link) {
        return jdbc.queryForMap("select kind, school_name, actor_name, comment from notification where user_id = ?"
                + " and link = ? order by id desc limit 1", userId, link);
    }
}
