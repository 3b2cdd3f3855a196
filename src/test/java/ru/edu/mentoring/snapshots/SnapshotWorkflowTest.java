package ru.edu.mentoring.snapshots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import ru.edu.mentoring.accounts.AccountPrincipal;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.approval.ApprovalRuleException;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.schools.SchoolForm;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Snapshots on a municipality of their own (in a region of their own): figures frozen when a version is made, the
 * department signs off and sends, the region accepts or returns, a correction is a new version and every version stays
 * readable, a stale decision is refused, the region's summary takes the latest accepted version.
 */
class SnapshotWorkflowTest extends IntegrationTest {

    @Autowired
    Snapshots snapshots;

    @Autowired
    Schools schools;

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    String region;
    long municipality;
    long school;
    CurrentUser department;
    CurrentUser regionUser;
    String departmentName;

    @BeforeEach
    void ownMunicipality() {
        long stamp = System.nanoTime();
        region = "Снимковая область " + stamp;
        municipality = schools.createMunicipality("Снимковый городской округ " + stamp, region);
        school = schools.createSchool(municipality, new SchoolForm("Муниципальное общеобразовательное учреждение"
                + " «Школа снимков»", "МОУ школа снимков " + stamp, SchoolKind.GENERAL, null, null, null));
        schools.setStudentCount(school, 2025, 200, null);
        departmentName = "snap.dept." + stamp;
        accounts.create(new Accounts.NewAccount(departmentName, "demo", "Снимкова Анна Юрьевна", null,
                Set.of(Role.DEPARTMENT), municipality, Set.of()));
        department = account(departmentName);
        // a regional centre's user of this test's own region (a regional user reads its region only)
        regionName = "snap.region." + stamp;
        accounts.create(new Accounts.NewAccount(regionName, "demo", "Регионова Вера Павловна", null,
                Set.of(Role.REGION), null, Set.of()));
        jdbc.update("update app_user set region_id = ? where username = ?", regions.ensureRegion(region), regionName);
        regionUser = account(regionName);
    }

    String regionName;

    @org.springframework.beans.factory.annotation.Autowired
    ru.edu.mentoring.regions.Regions regions;

    @Test
    void figuresAreFrozenWhenAVersionIsMadeAndACorrectionIsANewVersionBesideTheOld() {
        long first = snapshots.create(department, 2025, SnapshotPeriod.YEAR);
        Snapshots.SnapshotView v1 = snapshots.view(department, first);
        assertThat(v1.versionNo()).isEqualTo(1);
        assertThat(v1.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(v1.figures().coverage().whole()).isEqualTo(200);
        assertThat(v1.figures().regionName()).isEqualTo(region);

        // the data change after the freeze: the version keeps its figures
        schools.setStudentCount(school, 2025, 250, null);
        assertThat(snapshots.view(department, first).figures().coverage().whole()).isEqualTo(200);

        // a draft is not the region's to see
        assertThatThrownBy(() -> snapshots.view(regionUser, first)).isInstanceOf(NotFoundException.class);
        // a second version waits until the first is decided
        assertThatThrownBy(() -> snapshots.create(department, 2025, SnapshotPeriod.YEAR))
                .isInstanceOf(ApprovalRuleException.class).hasMessageContaining("snapshot.create.pending");

        snapshots.submit(department, first, snapshots.currentVersion(first));
        Snapshots.SnapshotView sent = snapshots.view(regionUser, first);
        assertThat(sent.status()).isEqualTo(ApprovalStatus.SUBMITTED);
        assertThat(sent.signedByName()).isEqualTo("Снимкова Анна Юрьевна");
        assertThat(sent.signedAt()).isNotNull();
        // the department does not decide its own snapshot
        assertThatThrownBy(() -> snapshots.approve(department, first, snapshots.currentVersion(first), null))
                .isInstanceOf(AccessDeniedException.class);

        snapshots.returnForRework(regionUser, first, snapshots.currentVersion(first), "Уточните численность.");
        assertThat(snapshots.returnComment(first, ApprovalStatus.RETURNED)).contains("Уточните численность.");
        // a returned version is not sent again: a correction is a new version
        assertThatThrownBy(() -> snapshots.submit(department, first, snapshots.currentVersion(first)))
                .isInstanceOf(ApprovalRuleException.class);

        long second = snapshots.create(department, 2025, SnapshotPeriod.YEAR);
        assertThat(snapshots.view(department, second).versionNo()).isEqualTo(2);
        assertThat(snapshots.view(department, second).figures().coverage().whole()).isEqualTo(250);
        snapshots.submit(department, second, snapshots.currentVersion(second));
        snapshots.approve(regionUser, second, snapshots.currentVersion(second), null);

        // both versions stay, each with its own figures and history
        assertThat(snapshots.list(department)).extracting(Snapshots.SnapshotView::versionNo).containsExactly(2, 1);
        assertThat(snapshots.view(regionUser, first).figures().coverage().whole()).isEqualTo(200);
        assertThat(snapshots.history(first)).extracting(h -> h.to()).containsExactly(ApprovalStatus.RETURNED,
                ApprovalStatus.SUBMITTED);
        assertThat(jdbc.queryForObject("select count(*) from approval_transition where subject_kind = 'SNAPSHOT'"
                + " and subject_id = ? and school_id is null", Long.class, second)).isEqualTo(2);
    }

    @Test
    void theRegionsSummaryTakesTheLatestAcceptedVersionOfEachMunicipality() {
        long first = snapshots.create(department, 2025, SnapshotPeriod.YEAR);
        snapshots.submit(department, first, snapshots.currentVersion(first));
        snapshots.approve(regionUser, first, snapshots.currentVersion(first), null);
        schools.setStudentCount(school, 2025, 400, null);
        long second = snapshots.create(department, 2025, SnapshotPeriod.YEAR);
        snapshots.submit(department, second, snapshots.currentVersion(second));

        // the second is only sent: the summary still shows the first
        Snapshots.RegionSummary summary = snapshots.regionSummary(regionUser, region);
        assertThat(summary.lines()).hasSize(1);
        assertThat(summary.lines().get(0).accepted().id()).isEqualTo(first);
        assertThat(summary.coverage().whole()).isEqualTo(200);

        snapshots.approve(regionUser, second, snapshots.currentVersion(second), null);
        summary = snapshots.regionSummary(regionUser, region);
        assertThat(summary.lines().get(0).accepted().versionNo()).isEqualTo(2);
        assertThat(summary.coverage().whole()).isEqualTo(400);
        assertThat(summary.accepted()).isEqualTo(1);
        // the department does not read the region's summary
        assertThatThrownBy(() -> snapshots.regionSummary(department, region))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDecisionOnAStaleVersionIsRefusedWith409AndChangesNothing() throws Exception {
        long id = snapshots.create(department, 2025, SnapshotPeriod.HALF_YEAR);
        long opened = snapshots.currentVersion(id);
        snapshots.submit(department, id, opened);
        // the region's user opened the page before the submission: the version it holds is stale
        var response = mvc.perform(post("/snapshots/" + id + "/approve").param("version", Long.toString(opened))
                .with(csrf()).with(user(users.loadUserByUsername(regionName)))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("Снимок изменился с момента");
        assertThat(snapshots.view(regionUser, id).status()).isEqualTo(ApprovalStatus.SUBMITTED);

        // with the current version the same request is taken
        response = mvc.perform(post("/snapshots/" + id + "/approve")
                .param("version", Long.toString(snapshots.currentVersion(id)))
                .with(csrf()).with(user(users.loadUserByUsername(regionName)))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(snapshots.view(regionUser, id).status()).isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void theDepartmentMakesAVersionFromThePageAndAReturnWithoutCommentIsRefused() throws Exception {
        var response = mvc.perform(post("/snapshots").param("year", "2025").param("period", "YEAR")
                .with(csrf()).with(user(users.loadUserByUsername(departmentName)))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        long id = Long.parseLong(response.getRedirectedUrl().replaceAll("\\D+", ""));
        assertThat(snapshots.view(department, id).figures().schools()).hasSize(1);
        snapshots.submit(department, id, snapshots.currentVersion(id));

        response = mvc.perform(post("/snapshots/" + id + "/return")
                .param("version", Long.toString(snapshots.currentVersion(id))).param("comment", " ")
                .with(csrf()).with(user(users.loadUserByUsername(regionName)))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Чтобы вернуть снимок, напишите комментарий.");
        assertThat(snapshots.view(regionUser, id).status()).isEqualTo(ApprovalStatus.SUBMITTED);

        // the page of the municipality's own methodologist-less reader: the region sees it with the decision form
        response = mvc.perform(get("/snapshots/" + id).with(user(users.loadUserByUsername(regionName))))
                .andReturn().getResponse();
        assertThat(response.getContentAsString()).contains("data-testid=\"decision\"", "Снимковый городской округ");
    }

    /**
     * A frozen snapshot is read leniently: JSON written before a figure existed (or damaged) opens the snapshot's page
     * and the region's summary with «—» for every figure it lacks — 200, no stack trace, never a 500.
     */
    @Test
    void aSnapshotWhoseFrozenJsonLacksFiguresOpensWithADashForEachMissingFigure() throws Exception {
        long id = snapshots.create(department, 2025, SnapshotPeriod.YEAR);
        jdbc.update("update snapshot set figures = ? where id = ?", "{\"municipalityId\":" + municipality
                + ",\"asOf\":\"2025-08-31\",\"coverage\":{\"whole\":200},\"pairsByForm\":{\"Учитель – учитель\":3},"
                + "\"aFigureOfLongAgo\":1,\"schools\":[{\"id\":" + school + ",\"name\":\"Школа без цифр\"}]}", id);
        var response = mvc.perform(get("/snapshots/" + id).with(user(users.loadUserByUsername(departmentName))))
                .andReturn().getResponse();
        String page = response.getContentAsString();
        assertThat(response.getStatus()).as(page).isEqualTo(200);
        assertThat(page).contains("<td data-testid=\"fig-involved\">—</td>", "<td>— / —</td>", "Школа без цифр",
                "<td>3</td>").doesNotContain("Exception", "at ru.edu", "null");
        // the whole is known, the share is not: «нет данных» as for a snapshot without a student count
        assertThat(page).contains("<td data-testid=\"fig-coverage\">нет данных</td>");

        // the region's summary sums what it knows and shows the line with «—»
        snapshots.submit(department, id, snapshots.currentVersion(id));
        snapshots.approve(regionUser, id, snapshots.currentVersion(id), null);
        response = mvc.perform(get("/snapshots/region").param("region", region)
                .with(user(users.loadUserByUsername(regionName)))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("<td data-testid=\"region-involved\">0</td>")
                .doesNotContain("Exception");

        // JSON that cannot be read at all: the page still opens, every figure «—»
        jdbc.update("update snapshot set figures = ? where id = ?", "{\"coverage\": [", id);
        response = mvc.perform(get("/snapshots/" + id).with(user(users.loadUserByUsername(departmentName))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("<td data-testid=\"fig-involved\">—</td>");
    }

    private CurrentUser account(String username) {
        return ((AccountPrincipal) users.loadUserByUsername(username)).getUser();
    }
}
