package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.DatabaseFingerprint;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Every endpoint has a row in {@code src/test/resources/access-matrix/*.txt} (one file per module), and every cell of it is exercised: allowed requests succeed,
 * refused ones answer 403 or 404 (anonymous ones are sent to the login page) and change nothing in the database.
 */
class AccessMatrixTest extends IntegrationTest {

    static final String[] ROLES = {"ANON", "ADMIN", "DEPARTMENT", "METHODOLOGIST", "CURATOR", "SCHOOL_HEAD", "REGION"};
    static final String[] USERS = {null, "admin", "department", "methodologist", "curator1", "head1", "region"};

    record Row(String method, String path, String target, String params, String[] cells, String file) {
        String key() {
            return method + " " + path;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schools schools;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    ru.edu.mentoring.audit.AuditLog audit;

    @Autowired
    ru.edu.mentoring.people.PeopleRegistry people;

    @Autowired
    ru.edu.mentoring.pairing.PairingService pairing;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    long school1;
    long school2;
    long foreignMunicipalitySchool;

    @BeforeEach
    void fixtures() {
        school1 = Fixtures.school1(jdbc);
        school2 = Fixtures.school2(jdbc);
        foreignMunicipalitySchool = Fixtures.foreignSchoolWithPair(schools, jdbc, people, pairing);
        for (long school : List.of(school1, school2, foreignMunicipalitySchool)) {
            Fixtures.consentToWithdraw(jdbc, people, school);
            Fixtures.pairOrder(jdbc, school);
            ru.edu.mentoring.training.TrainingFixtures.records(jdbc, school);
            ru.edu.mentoring.regions.RegionsFixtures.records(jdbc, school);
            ru.edu.mentoring.contests.ContestsFixtures.records(jdbc, school);
            ru.edu.mentoring.honours.HonoursFixtures.records(jdbc, school);
            ru.edu.mentoring.snapshots.SnapshotsFixtures.records(jdbc, school);
        }
    }

    /** Target kinds: name → SQL giving one id of that kind for the school id written as :school. */
    static final java.util.Map<String, String> TARGETS = new java.util.concurrent.ConcurrentHashMap<>();

    static List<Row> matrix() throws IOException {
        List<Row> rows = new ArrayList<>();
        List<java.nio.file.Path> files;
        try (var list = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/access-matrix"))) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (java.nio.file.Path file : files) {
            for (String line : java.nio.file.Files.readString(file).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("@target ")) {
                    String[] t = l.split("\\s+", 3);
                    TARGETS.put(t[1], t[2]);
                    continue;
                }
                String[] f = l.split("\\s+");
                assertThat(f).as("row «%s» needs 4 columns and %d cells", l, ROLES.length).hasSize(4 + ROLES.length);
                String[] cells = new String[ROLES.length];
                System.arraycopy(f, 4, cells, 0, ROLES.length);
                for (String c : cells) {
                    assertThat(c).as("cell in «%s»", l).isIn("Y", "O", "N");
                }
                rows.add(new Row(f[0], f[1], f[2], f[3], cells, file.getFileName().toString()));
            }
        }
        return rows;
    }

    @Test
    void everyEndpointHasARowAndEveryRowAnEndpoint() throws IOException {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue; // Spring Boot's error page controller: rendered for failures of other requests
                }
                String path = pattern.replaceAll("\\{[^}]+}", "{id}");
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + path);
                }
                methods.forEach(m -> endpoints.add(m.name() + " " + path));
            }
        }
        Set<String> rows = new TreeSet<>();
        matrix().forEach(r -> rows.add(r.key()));
        assertThat(endpoints).as("endpoints without a row in access-matrix/*.txt").isSubsetOf(rows);
        assertThat(rows).as("rows of access-matrix/*.txt without an endpoint").isSubsetOf(endpoints);
    }

    @Test
    void everyCellOfTheMatrixHolds() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        downloads = 0;
        List<Row> rows = matrix();
        // -Daccess.only=training.txt,meetings.txt checks only those files' cells (a developer's quick run);
        // the whole matrix runs when the property is absent, as in CI.
        String only = System.getProperty("access.only", "");
        if (!only.isBlank()) {
            List<String> files = List.of(only.split(","));
            rows = rows.stream().filter(r -> files.contains(r.file())).toList();
        }
        for (Row row : rows) {
            for (int r = 0; r < ROLES.length; r++) {
                String cell = row.cells()[r];
                if (row.target().equals("-")) {
                    checked++;
                    check(row, r, row.path(), !cell.equals("N"), failures);
                } else {
                    checked += 2;
                    check(row, r, row.path().replace("{id}", String.valueOf(ownId(row.target(), r))),
                            !cell.equals("N"), failures);
                    check(row, r, row.path().replace("{id}", String.valueOf(foreignId(row.target(), r))),
                            cell.equals("Y"), failures);
                }
            }
        }
        assertThat(failures).as("cells that do not hold (of %d checked)", checked).isEmpty();
        assertThat(checked).isGreaterThan(only.isBlank() ? 100 : 0);
        if (only.isBlank()) {
            assertThat(downloads).as("downloads checked for Cache-Control: no-store").isGreaterThan(10);
        }
        System.out.println("Access matrix: " + checked + " cells checked, " + downloads + " downloads with no-store");
    }

    private int downloads;

    /** A record of the target kind that belongs to the role's own school. */
    private long ownId(String target, int role) {
        return targetId(target, school1);
    }

    /** A record of the target kind that belongs to a school outside the role's scope. */
    private long foreignId(String target, int role) {
        long school = switch (ROLES[role]) {
            case "CURATOR", "SCHOOL_HEAD" -> school2;
            default -> foreignMunicipalitySchool;
        };
        return targetId(target, school);
    }

    private long targetId(String target, long school) {
        String sql = TARGETS.get(target);
        assertThat(sql).as("@target " + target + " is declared in a matrix file").isNotNull();
        Long id = jdbc.query(sql.replace(":school", Long.toString(school)), rs -> rs.next() ? rs.getLong(1) : null);
        assertThat(id).as("a record for @target %s of school %d (give the fixtures one)", target, school).isNotNull();
        return id;
    }

    private void check(Row row, int role, String path, boolean allowed, List<String> failures) throws Exception {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), path).with(csrf());
        if (!row.params().equals("-")) {
            for (String pair : row.params().split("&")) {
                String[] kv = pair.split("=", 2);
                request.param(kv[0], kv[1]);
            }
        }
        if (USERS[role] != null) {
            request.with(user(userDetailsService.loadUserByUsername(USERS[role])));
        }
        // the reads of minors earlier requests showed are written in batches: write them now, so that only this
        // request's own changes can alter the fingerprint
        audit.flushReads();
        String before = allowed ? null : DatabaseFingerprint.of(jdbc);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        boolean toLogin = status == 302 && location != null && location.endsWith("/login");
        String what = ROLES[role] + " " + row.method() + " " + path + " → " + status
                + (location == null ? "" : " " + location);
        if (allowed) {
            // 409: the request reached the business rules and met a stale version, which is not a refusal
            if ((status >= 400 && status != 409) || toLogin) {
                failures.add("should be allowed: " + what);
            }
            // a file (document, order, export) is never kept by a browser or proxy
            if (response.getHeader("Content-Disposition") != null) {
                downloads++;
                String cache = String.valueOf(response.getHeader("Cache-Control"));
                if (!cache.contains("no-store")) {
                    failures.add("download without Cache-Control: no-store (" + cache + "): " + what);
                }
            }
        } else {
            // the API (/api/**, a stateless chain of its own) answers an anonymous request 401 in JSON, not a redirect
            boolean apiRefusal = path.startsWith("/api/") && status == 401;
            boolean refused = role == 0 ? (toLogin || apiRefusal) : (status == 403 || status == 404);
            if (!refused) {
                failures.add("should be refused: " + what);
            }
            if (!DatabaseFingerprint.of(jdbc).equals(before)) {
                failures.add("refused request changed the database: " + what);
            }
        }
    }
}
