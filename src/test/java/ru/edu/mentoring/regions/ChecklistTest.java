package ru.edu.mentoring.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.edu.mentoring.monitoring.Coverage;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The region's school checklist (issue 22 point 2): items filled from the portal's own records agree with them, the
 * curator answers the others (with the version check), and completeness sums the items, never averages shares.
 */
class ChecklistTest extends IntegrationTest {

    @Autowired
    Checklists checklists;

    @Autowired
    Schools schools;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private long demoMunicipality() {
        return jdbc.queryForObject("select id from municipality where name = 'Городской округ Первоуральск'",
                Long.class);
    }

    @Test
    void itemsFilledByThePortalAgreeWithItsRegisters() {
        long m = demoMunicipality();
        List<Checklists.SchoolChecklist> lists = checklists.of(List.of(m), schools.ofMunicipality(m));
        assertThat(lists).hasSizeGreaterThan(3);
        int yes = 0;
        for (Checklists.SchoolChecklist c : lists) {
            long id = c.school().id();
            Set<String> kinds = Set.copyOf(jdbc.queryForList("select kind from school_document where school_id = ?",
                    String.class, id));
            Map<String, Checklists.ItemValue> items = c.items().stream()
                    .collect(Collectors.toMap(Checklists.ItemValue::code, i -> i));
            assertThat(items.keySet()).hasSize(11);
            boolean order = kinds.contains("ORDER_STUDENTS") || kinds.contains("ORDER_TEACHERS");
            assertThat(items.get("ORDER_MODEL").yes()).as(c.school().shortName()).isEqualTo(order);
            assertThat(items.get("PROGRAMME").yes()).isEqualTo(
                    kinds.contains("PROGRAMME_STUDENTS") || kinds.contains("PROGRAMME_TEACHERS"));
            boolean approved = jdbc.queryForObject("select count(*) from roadmap where school_id = ? and status ="
                    + " 'APPROVED'", Long.class, id) > 0;
            assertThat(items.get("ROADMAP").yes()).isEqualTo(approved);
            boolean bases = jdbc.queryForObject("select count(*) from mentor_profile where school_id = ? and in_base",
                    Long.class, id) > 0 && jdbc.queryForObject("select count(*) from person where school_id = ? and"
                    + " kind = 'STUDENT'", Long.class, id) > 0;
            assertThat(items.get("BASES").yes()).isEqualTo(bases);
            long ordered = jdbc.queryForObject("select count(*) from mentoring_pair where school_id = ? and status ="
                    + " 'ACTIVE' and order_number is not null", Long.class, id);
            assertThat(items.get("PAIRS_BY_ORDER").count()).isEqualTo(ordered);
            assertThat(items.get("CURATOR_ORDER").yes()).isEqualTo(c.school().hasCurator());
            assertThat(items.get("SITE_SECTION").auto()).isFalse();
            yes += (int) c.fulfilled();
        }
        assertThat(yes).as("the demo fills some items").isPositive();
    }

    @Test
    void theCuratorAnswersAnItemAndAStaleAnswerIsRefused() throws Exception {
        long school = Fixtures.school1(jdbc);
        jdbc.update("delete from checklist_answer where school_id = ? and item_code = 'REWARD_ACT'", school);
        assertThat(send(post("/schools/" + school + "/checklist").param("itemCode", "REWARD_ACT")
                .param("answer", "true").param("evidence", "https://school1.example.ru/reward"), "curator1"))
                .isEqualTo(302);
        Map<String, Object> row = jdbc.queryForMap("select answer, evidence, version from checklist_answer"
                + " where school_id = ? and item_code = 'REWARD_ACT'", school);
        assertThat(row.get("answer")).isEqualTo(true);
        assertThat(row.get("evidence")).isEqualTo("https://school1.example.ru/reward");
        long version = ((Number) row.get("version")).longValue();

        // a second answer without the version it read, or with an old one, is a conflict (409), not a silent overwrite
        assertThat(send(post("/schools/" + school + "/checklist").param("itemCode", "REWARD_ACT")
                .param("answer", "false"), "curator1")).isEqualTo(409);
        assertThat(send(post("/schools/" + school + "/checklist").param("itemCode", "REWARD_ACT")
                .param("answer", "false").param("version", String.valueOf(version)), "curator1")).isEqualTo(302);
        assertThat(jdbc.queryForObject("select answer from checklist_answer where school_id = ? and item_code ="
                + " 'REWARD_ACT'", Boolean.class, school)).isFalse();
        assertThat(send(post("/schools/" + school + "/checklist").param("itemCode", "REWARD_ACT")
                .param("answer", "true").param("version", String.valueOf(version)), "curator1")).isEqualTo(409);
    }

    @Test
    void anItemThePortalFillsCannotBeAnsweredAndOnlyTheCuratorAnswers() throws Exception {
        long school = Fixtures.school1(jdbc);
        long before = jdbc.queryForObject("select count(*) from checklist_answer", Long.class);
        assertThat(send(post("/schools/" + school + "/checklist").param("itemCode", "ROADMAP")
                .param("answer", "true"), "curator1")).isEqualTo(200);
        assertThat(send(post("/schools/" + school + "/checklist").param("itemCode", "BEST_CASES")
                .param("answer", "true"), "department")).isEqualTo(403);
        assertThat(send(post("/schools/" + school + "/checklist").param("itemCode", "BEST_CASES")
                .param("answer", "true"), "region")).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from checklist_answer", Long.class)).isEqualTo(before);
    }

    @Test
    void theMunicipalitysCompletenessSumsItsSchoolsItems() throws Exception {
        long m = demoMunicipality();
        List<SchoolSummary> list = schools.ofMunicipality(m);
        List<Checklists.SchoolChecklist> lists = checklists.of(List.of(m), list);
        long fulfilled = lists.stream().mapToLong(Checklists.SchoolChecklist::fulfilled).sum();
        long items = lists.stream().mapToLong(c -> c.items().size()).sum();
        String expected = Coverage.format(Coverage.share(fulfilled, items));
        String page = mvc.perform(get("/municipalities/" + m + "/checklist")
                .with(user(users.loadUserByUsername("region")))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Полнота: " + expected);
        String region = mvc.perform(get("/checklist").with(user(users.loadUserByUsername("region"))))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(region).matches(".*/regions/\\d+/checklist");
        assertThat(mvc.perform(get(region).with(user(users.loadUserByUsername("region")))).andReturn().getResponse()
                .getContentAsString()).contains("Городской округ Первоуральск", "Городской округ Ревда");
    }

    private int send(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(username)))).andReturn()
                .getResponse().getStatus();
    }
}
