package ru.edu.mentoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.edu.mentoring.accounts.AccountPrincipal;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.monitoring.Coverage;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API for regional systems with tokens: the figures a token reads are the dashboard's, a revoked token is refused
 * at once, the scope holds (403), calls without a token get 401 in JSON, the rate limit answers 429, every call is
 * audited and old calls are forgotten, and no surname of any demo person appears in any answer.
 */
class ApiTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String REGION = "Свердловская область";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    ApiRateLimiter limiter;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schools schools;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void limitAsConfigured() {
        limiter.reset(120);
    }

    long demoMunicipality() {
        return jdbc.queryForObject("select municipality_id from school where id = ?", Long.class,
                Fixtures.school1(jdbc));
    }

    String regionToken() {
        return tokens.issue(admin(), "Тестовая система " + System.nanoTime(), REGION, null);
    }

    @Test
    void aTokenReadsTheSameFiguresTheMunicipalDashboardShows() throws Exception {
        String token = regionToken();
        long municipality = demoMunicipality();
        JsonNode api = json(call("/api/v1/municipalities/" + municipality + "/coverage", token), 200);
        String page = mvc.perform(get("/monitoring").with(user(users.loadUserByUsername("methodologist"))))
                .andReturn().getResponse().getContentAsString();
        var total = org.jsoup.Jsoup.parse(page).selectFirst("[data-testid=total-coverage]");
        assertThat(api.get("coverage").get("percent").isNull()).isFalse();
        assertThat(total.text()).isEqualTo(Coverage.format(api.get("coverage").get("percent").decimalValue())
                .replace('\u00a0', ' ').strip().replace(" ", "\u00a0").replace('\u00a0', ' '));
        assertThat(page.replace('\u00a0', ' ')).contains(String.format("%,d", api.get("coverage").get("part").asLong())
                .replace(',', ' '));
        // the school table of the dashboard: each school's name with its pairs
        var schoolsTable = org.jsoup.Jsoup.parse(page).selectFirst("[data-testid=schools-table]").text();
        for (JsonNode school : api.get("schools")) {
            assertThat(schoolsTable).contains(school.get("name").asString());
        }
        // a school and the region give the same school's and municipality's figures
        JsonNode school = json(call("/api/v1/schools/" + Fixtures.school1(jdbc) + "/coverage", token), 200);
        JsonNode line = null;
        for (JsonNode s : api.get("schools")) {
            if (s.get("id").asLong() == Fixtures.school1(jdbc)) {
                line = s;
            }
        }
        assertThat(school.get("coverage")).isEqualTo(line.get("coverage"));
        JsonNode region = json(call("/api/v1/region/coverage", token), 200);
        boolean found = false;
        for (JsonNode m : region.get("municipalities")) {
            if (m.get("id").asLong() == municipality) {
                assertThat(m.get("coverage")).isEqualTo(api.get("coverage"));
                found = true;
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void aRevokedTokenGets401FromItsNextRequest() throws Exception {
        String token = regionToken();
        long municipality = demoMunicipality();
        assertThat(call("/api/v1/municipalities/" + municipality + "/snapshots", token).getStatus()).isEqualTo(200);
        long id = jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class,
                ApiTokens.hash(token));
        tokens.revoke(admin(), id, jdbc.queryForObject("select version from api_token where id = ?", Long.class, id));
        MockHttpServletResponse refused = call("/api/v1/municipalities/" + municipality + "/snapshots", token);
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getContentType()).startsWith("application/json");
        assertThat(json(refused, 401).get("error").asString()).contains("токен");
    }

    @Test
    void withoutATokenTheAnswerIs401JsonAndAPortalSessionGets403() throws Exception {
        MockHttpServletResponse none = mvc.perform(get("/api/v1/region/coverage")).andReturn().getResponse();
        assertThat(none.getStatus()).isEqualTo(401);
        assertThat(none.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(none.getHeader("Set-Cookie")).isNull();
        assertThat(json(none, 401).get("status").asInt()).isEqualTo(401);
        MockHttpServletResponse wrong = call("/api/v1/region/coverage", "nst_not-a-token");
        assertThat(wrong.getStatus()).isEqualTo(401);
        MockHttpServletResponse session = mvc.perform(get("/api/v1/region/coverage")
                .with(user(users.loadUserByUsername("region")))).andReturn().getResponse();
        assertThat(session.getStatus()).isEqualTo(403);
    }

    @Test
    void aTokenReadsOnlyItsScope() throws Exception {
        long demo = demoMunicipality();
        long foreignSchool = Fixtures.foreignMunicipalitySchool(schools, jdbc);
        long foreign = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class,
                foreignSchool);
        // a municipality's token: its own municipality only, no region
        String own = tokens.issue(admin(), "Система муниципалитета", null, demo);
        assertThat(call("/api/v1/municipalities/" + demo + "/coverage", own).getStatus()).isEqualTo(200);
        assertThat(call("/api/v1/municipalities/" + foreign + "/coverage", own).getStatus()).isEqualTo(403);
        assertThat(call("/api/v1/schools/" + foreignSchool + "/coverage", own).getStatus()).isEqualTo(403);
        assertThat(call("/api/v1/region/coverage", own).getStatus()).isEqualTo(403);
        MockHttpServletResponse refused = call("/api/v1/region/snapshots", own);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(json(refused, 403).get("error").asString()).isEqualTo("Токен не даёт доступа к этим данным.");
        // a region's token: the municipalities of its region, not another region's
        String region = regionToken();
        assertThat(call("/api/v1/municipalities/" + foreign + "/coverage", region).getStatus()).isEqualTo(403);
        assertThat(call("/api/v1/region/coverage?region=Ростовская область", region).getStatus()).isEqualTo(403);
        long foreignSnapshot = sentSnapshotOf(foreign);
        assertThat(call("/api/v1/snapshots/" + foreignSnapshot, region).getStatus()).isEqualTo(403);
        // a draft is not served, an unknown id is 404, a year to come is 400
        Long draft = jdbc.query("select id from snapshot where status = 'DRAFT' limit 1",
                rs -> rs.next() ? rs.getLong(1) : null);
        if (draft != null) {
            assertThat(call("/api/v1/snapshots/" + draft, region).getStatus()).isEqualTo(404);
        }
        assertThat(call("/api/v1/municipalities/999999999/coverage", region).getStatus()).isEqualTo(404);
        assertThat(call("/api/v1/municipalities/" + demo + "/coverage?year=" + (LocalDate.now().getYear() + 1),
                region).getStatus()).isEqualTo(400);
    }

    @Test
    void overTheRateLimitATokenGets429WithRetryAfter() throws Exception {
        limiter.reset(3);
        String token = regionToken();
        String other = regionToken();
        long municipality = demoMunicipality();
        for (int i = 0; i < 3; i++) {
            assertThat(call("/api/v1/municipalities/" + municipality + "/snapshots", token).getStatus())
                    .isEqualTo(200);
        }
        MockHttpServletResponse limited = call("/api/v1/municipalities/" + municipality + "/snapshots", token);
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(limited.getHeader("Retry-After"))).isBetween(1L, 60L);
        assertThat(json(limited, 429).get("error").asString()).contains("Слишком много запросов");
        // per token: another system is not limited by the first one's calls
        assertThat(call("/api/v1/municipalities/" + municipality + "/snapshots", other).getStatus()).isEqualTo(200);
    }

    @Test
    void everyCallIsAuditedAndCallsOlderThanTheRetentionAreForgotten() throws Exception {
        String token = regionToken();
        long id = jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class,
                ApiTokens.hash(token));
        long municipality = demoMunicipality();
        call("/api/v1/municipalities/" + municipality + "/snapshots", token);
        call("/api/v1/municipalities/999999999/coverage?year=2025", token);
        List<String> rows = jdbc.query("select method || ' ' || path || ' ' || status from api_call"
                + " where token_id = ? order by id", (rs, n) -> rs.getString(1), id);
        assertThat(rows).containsExactly("GET /api/v1/municipalities/" + municipality + "/snapshots 200",
                "GET /api/v1/municipalities/999999999/coverage 404");
        jdbc.update("insert into api_call (token_id, method, path, status, at, duration_ms)"
                + " values (?, 'GET', '/api/v1/old', 200, now() - interval '181 days', 1)", id);
        tokens.purge();
        assertThat(jdbc.queryForObject("select count(*) from api_call where token_id = ?", Long.class, id))
                .isEqualTo(2);
    }

    @Test
    void noSurnameOfAnyDemoPersonAppearsInAnyAnswer() throws Exception {
        String token = regionToken();
        long municipality = demoMunicipality();
        List<String> paths = new ArrayList<>(List.of("/api/v1/region/coverage", "/api/v1/region/snapshots",
                "/api/v1/municipalities/" + municipality + "/coverage",
                "/api/v1/municipalities/" + municipality + "/coverage?year=2025",
                "/api/v1/municipalities/" + municipality + "/snapshots"));
        jdbc.queryForList("select id from school where municipality_id = ?", Long.class, municipality)
                .forEach(s -> paths.add("/api/v1/schools/" + s + "/coverage"));
        jdbc.queryForList("select id from snapshot where municipality_id = ? and status <> 'DRAFT'", Long.class,
                municipality).forEach(s -> paths.add("/api/v1/snapshots/" + s));
        StringBuilder answers = new StringBuilder();
        for (String path : paths) {
            MockHttpServletResponse r = call(path, token);
            assertThat(r.getStatus()).as(path).isEqualTo(200);
            answers.append(r.getContentAsString()).append('\n');
        }
        assertThat(answers).contains("\"coverage\"", "Первоуральск");
        // every surname the database holds: people of the schools, the staff (accounts), heads of the schools
        Set<String> surnames = new java.util.TreeSet<>();
        surnames.addAll(jdbc.queryForList("select distinct last_name from people_person_v where last_name is not null",
                String.class));
        jdbc.queryForList("select full_name from app_user", String.class)
                .forEach(n -> surnames.add(n.split(" ")[0]));
        jdbc.queryForList("select head_name from school where head_name is not null", String.class)
                .forEach(n -> surnames.add(n.split(" ")[0]));
        assertThat(surnames).hasSizeGreaterThan(20).contains("Кузнецова", "Белова");
        String text = answers.toString();
        List<String> found = surnames.stream().filter(s -> s.length() > 2)
                .filter(s -> java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(s)
                        + "(?![\\p{L}])").matcher(text).find()).toList();
        assertThat(found).as("surnames in the API's answers").isEmpty();
    }

    @Test
    void theDocsAreServedFromThisServerWithoutAToken() throws Exception {
        MockHttpServletResponse spec = mvc.perform(get("/api/docs/openapi.json")).andReturn().getResponse();
        assertThat(spec.getStatus()).as(spec.getContentAsString()).isEqualTo(200);
        assertThat(spec.getContentAsString()).contains("/api/v1/municipalities/{id}/coverage", "/api/v1/snapshots/{id}",
                "bearer").doesNotContain("/admin/", "/snapshots/{id}/approve");
        MockHttpServletResponse ui = mvc.perform(get("/api/docs")).andReturn().getResponse();
        assertThat(ui.getStatus()).isEqualTo(302);
        String location = ui.getRedirectedUrl();
        MockHttpServletResponse index = mvc.perform(get(location)).andReturn().getResponse();
        assertThat(index.getStatus()).as(location).isEqualTo(200);
        assertThat(index.getContentAsString()).contains("swagger-ui").doesNotContain("http://", "https://");
        assertThat(index.getHeader("Content-Security-Policy")).contains("script-src 'self'");
    }

    private long sentSnapshotOf(long municipality) {
        ru.edu.mentoring.snapshots.SnapshotsFixtures.records(jdbc, Fixtures.foreignMunicipalitySchool(schools, jdbc));
        return jdbc.queryForObject("select min(id) from snapshot where municipality_id = ? and status <> 'DRAFT'",
                Long.class, municipality);
    }

    private MockHttpServletResponse call(String path, String token) throws Exception {
        MockHttpServletRequestBuilder request = get(path).header("Authorization", "Bearer " + token);
        return mvc.perform(request).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return JSON.readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private CurrentUser admin() {
        return ((AccountPrincipal) users.loadUserByUsername("admin")).getUser();
    }

}
