package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * As curator1 and head1 (school 1), every page reachable from the navigation and the lists is crawled (GET only,
 * same origin, bounded) and no id of a record of another school — people, pairs, consents, documents, roadmaps and
 * their measures, reports, notifications, import runs, campaign rows, accounts — appears in a link, a form action, an
 * option or hidden value, or a data attribute. Ids are matched where they name a record (a URL path segment after the
 * kind's name, a query parameter or field named for the kind), never as bare numbers in text.
 */
class ForeignIdCrawlTest extends IntegrationTest {

    static final int MAX_PAGES = 400;
    static final int MAX_PER_PATTERN = 4;

    /** URL path segment → kind of the id that follows it. */
    static final Map<String, String> SEGMENT_KIND = Map.ofEntries(Map.entry("people", "person"),
            Map.entry("pairs", "pair"), Map.entry("consents", "consent"), Map.entry("documents", "document"),
            Map.entry("news", "news"), Map.entry("roadmaps", "roadmap"), Map.entry("measures", "measure"),
            Map.entry("reports", "report"), Map.entry("notifications", "notification"),
            Map.entry("informed", "campaignSchool"), Map.entry("users", "user"), Map.entry("campaigns", "campaign"),
            Map.entry("acts", "act"), Map.entry("schools", "school"), Map.entry("school", "school"),
            Map.entry("municipalities", "municipality"), Map.entry("municipal", "municipality"));

    /** Query parameter or form field name → kind of the id it carries. */
    static final Map<String, String> NAME_KIND = Map.ofEntries(Map.entry("mentor", "person"),
            Map.entry("mentorId", "person"), Map.entry("mentee", "person"), Map.entry("menteeIds", "person"),
            Map.entry("person", "person"), Map.entry("personId", "person"), Map.entry("pair", "pair"),
            Map.entry("pairId", "pair"), Map.entry("pairs", "pair"), Map.entry("run", "importRun"),
            Map.entry("user", "user"), Map.entry("userId", "user"), Map.entry("consentId", "consent"),
            Map.entry("report", "report"), Map.entry("reportId", "report"), Map.entry("roadmap", "roadmap"),
            Map.entry("school", "school"), Map.entry("schoolId", "school"), Map.entry("data-school-id", "school"),
            Map.entry("document", "document"), Map.entry("campaign", "campaign"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Schools schools;

    @Autowired
    ru.edu.mentoring.people.PeopleRegistry people;

    @Autowired
    ru.edu.mentoring.pairing.PairingService pairing;

    @Test
    void curatorAndHeadOfSchoolOneNeverSeeAnotherSchoolsIds() throws Exception {
        Fixtures.foreignSchoolWithPair(schools, jdbc, people, pairing);
        // school 2 gets what the demo data lacks: an unpublished document and an import run (removed afterwards)
        long school2 = Fixtures.school2(jdbc);
        long municipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class,
                school2);
        java.util.UUID file = java.util.UUID.randomUUID();
        jdbc.update("insert into document_file (id, content) values (?, ?)", file,
                "%PDF-1.4\n%test\n".getBytes(StandardCharsets.US_ASCII));
        long document = jdbc.queryForObject("insert into school_document (school_id, municipality_id, kind, title,"
                + " file_name, file_type, size_bytes, file_id, published, uploaded_by, uploaded_at) values (?, ?,"
                + " 'OTHER', 'Черновик (тест)', 'draft.pdf', 'PDF', 15, ?, false, 'Тест', now()) returning id",
                Long.class, school2, municipality, file);
        long run = jdbc.queryForObject("insert into import_run (school_id, user_id, user_name, file_name, duration_ms,"
                + " status, data_rows, created, updated, unchanged, error_count, report) values (?, ?, 'Тест',"
                + " 'people.csv', 5, 'REJECTED', 1, 0, 0, 0, 1, '{\"notes\": [], \"errors\": []}') returning id",
                Long.class, school2, Fixtures.userId(jdbc, "curator2"));
        List<String> leaks = new ArrayList<>();
        try {
            for (String username : List.of("curator1", "head1")) {
                leaks.addAll(crawl(username));
            }
        } finally {
            jdbc.update("delete from import_run where id = ?", run);
            jdbc.update("delete from school_document where id = ?", document);
            jdbc.update("delete from document_file where id = ?", file);
        }
        assertThat(leaks).as("ids of another school's records on pages of school 1's curator and head").isEmpty();
    }

    @Test
    void idsAreReadWhereTheyNameARecordAndNowhereElse() {
        assertThat(refsInUrl("/people/5/edit")).containsExactly(new Ref("person", 5));
        assertThat(refsInUrl("/roadmaps/municipal/measures/7/edit")).containsExactly(new Ref("municipalMeasure", 7));
        assertThat(refsInUrl("/roadmaps/measures/7/done")).containsExactly(new Ref("measure", 7));
        assertThat(refsInUrl("/schools/3/pairs?mentor=9&page=2&grade=5")).containsExactlyInAnyOrder(
                new Ref("school", 3), new Ref("person", 9));
        assertThat(refsInUrl("/schools/3/import?run=12")).contains(new Ref("importRun", 12));
        assertThat(refsInUrl("/reports?year=2025")).isEmpty();
        assertThat(refsInUrl("https://example.org/people/5")).isEmpty();
    }

    private List<String> crawl(String username) throws Exception {
        long own = Fixtures.school1(jdbc);
        long userId = Fixtures.userId(jdbc, username);
        Map<String, Set<Long>> foreign = foreignIds(own, userId);
        Map<String, Set<Long>> ownIds = ownIds(own);
        var principal = users.loadUserByUsername(username);

        List<String> leaks = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new HashSet<>(queue);
        Map<String, Integer> perPattern = new HashMap<>();
        Map<String, Integer> ownSeen = new TreeMap<>();
        int pages = 0;
        int references = 0;
        while (!queue.isEmpty() && pages < MAX_PAGES) {
            String url = queue.poll();
            MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(url).with(user(principal)))
                    .andReturn().getResponse();
            pages++;
            String type = response.getContentType() == null ? "" : response.getContentType();
            if (response.getStatus() != 200 || !type.startsWith("text/html")) {
                continue;
            }
            org.jsoup.nodes.Document doc = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
            for (Element el : doc.getAllElements()) {
                for (Attribute a : el.attributes()) {
                    String key = a.getKey();
                    String value = a.getValue();
                    List<Ref> refs = new ArrayList<>();
                    if (key.equals("href") || key.equals("action") || key.equals("src") || key.equals("formaction")
                            || (key.startsWith("data-") && value.startsWith("/"))) {
                        refs.addAll(refsInUrl(value));
                        if (key.equals("href") && follow(value)) {
                            String next = normalise(value);
                            String pattern = next.replaceAll("\\d+", "#").replaceAll("\\?.*", "");
                            if (seen.add(next) && perPattern.merge(pattern, 1, Integer::sum) <= MAX_PER_PATTERN) {
                                queue.add(next);
                            }
                        }
                    } else if (key.equals("value") || key.startsWith("data-")) {
                        String name = key.equals("value") ? fieldName(el) : key;
                        String kind = NAME_KIND.get(name);
                        if (kind != null && value.matches("\\d+")) {
                            refs.add(new Ref(kind, Long.parseLong(value)));
                        }
                    }
                    for (Ref r : refs) {
                        references++;
                        if (foreign.getOrDefault(r.kind(), Set.of()).contains(r.id())) {
                            leaks.add(username + " on " + url + ": " + r.kind() + " " + r.id() + " in " + el.tagName()
                                    + "[" + key + "=" + value + "]");
                        }
                        if (ownIds.getOrDefault(r.kind(), Set.of()).contains(r.id())) {
                            ownSeen.merge(r.kind(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        Map<String, Integer> sizes = new TreeMap<>();
        foreign.forEach((k, v) -> sizes.put(k, v.size()));
        System.out.printf("ForeignIdCrawlTest: %s — %d pages crawled, %d id references checked, foreign ids per kind"
                + " %s, own ids seen per kind %s%n", username, pages, references, sizes, ownSeen);
        // the crawl saw the school's own records, so the matcher works and the pages were the right ones
        assertThat(ownSeen).as("own records referenced on %s's pages", username)
                .containsKeys("person", "pair", "document", "roadmap");
        assertThat(pages).isGreaterThan(30);
        if (username.startsWith("curator")) {
            assertThat(seen).as("the pair registration form (its mentor and mentee options) was crawled")
                    .contains("/schools/" + own + "/pairs/new");
        }
        return leaks;
    }

    record Ref(String kind, long id) {}

    /** Ids named by a URL: the segment after a kind's name, and query parameters named for a kind. */
    static List<Ref> refsInUrl(String url) {
        List<Ref> refs = new ArrayList<>();
        if (!url.startsWith("/") || url.startsWith("//")) {
            return refs;
        }
        UriComponents uri = UriComponentsBuilder.fromUriString(url).build();
        List<String> segments = uri.getPathSegments();
        for (int i = 1; i < segments.size(); i++) {
            String kind = SEGMENT_KIND.get(segments.get(i - 1));
            if (kind != null && segments.get(i).matches("\\d+")) {
                // /roadmaps/municipal/measures/{id} is a municipal measure, not a school roadmap's
                if (kind.equals("measure") && segments.contains("municipal")) {
                    kind = "municipalMeasure";
                }
                refs.add(new Ref(kind, Long.parseLong(segments.get(i))));
            }
        }
        uri.getQueryParams().forEach((name, values) -> {
            String kind = NAME_KIND.get(name);
            if (kind != null) {
                values.stream().filter(v -> v != null && v.matches("\\d+"))
                        .forEach(v -> refs.add(new Ref(kind, Long.parseLong(v))));
            }
        });
        return refs;
    }

    private static String fieldName(Element el) {
        Element field = el.tagName().equals("option") ? el.closest("select") : el;
        return field == null ? "" : field.attr("name");
    }

    private static boolean follow(String href) {
        if (!href.startsWith("/") || href.startsWith("//")) {
            return false;
        }
        String path = href.replaceAll("[?#].*", "");
        return !(path.startsWith("/logout") || path.startsWith("/public/") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/webjars/") || path.startsWith("/img/")
                || path.endsWith(".xlsx") || path.endsWith(".pdf") || path.endsWith(".csv") || path.endsWith("/file")
                || path.equals("/login"));
    }

    private static String normalise(String href) {
        return href.replaceAll("#.*", "");
    }

    private Map<String, Set<Long>> foreignIds(long own, long userId) {
        Map<String, String> sql = new LinkedHashMap<>();
        sql.put("person", "select id from person where school_id <> :own");
        sql.put("pair", "select id from mentoring_pair where school_id <> :own");
        sql.put("consent", "select c.id from consent c join person p on p.id = c.person_id where p.school_id <> :own");
        // published documents are public (the municipality's public page lists them)
        sql.put("document", "select id from school_document where school_id <> :own and not published");
        sql.put("roadmap", "select id from roadmap where school_id <> :own");
        sql.put("measure", "select m.id from roadmap_measure m join roadmap r on r.id = m.roadmap_id"
                + " where r.school_id <> :own");
        sql.put("report", "select id from school_report where school_id <> :own");
        sql.put("notification", "select id from notification where user_id <> :user");
        sql.put("importRun", "select id from import_run where school_id <> :own");
        sql.put("campaignSchool", "select id from campaign_school where school_id <> :own");
        sql.put("user", "select id from app_user where id <> :user");
        sql.put("campaign", "select id from campaign where municipality_id <> (select municipality_id from school"
                + " where id = :own)");
        sql.put("act", "select id from normative_act where municipality_id <> (select municipality_id from school"
                + " where id = :own)");
        sql.put("municipalMeasure", "select m.id from municipal_measure m join municipal_section s"
                + " on s.id = m.section_id where s.municipality_id <> (select municipality_id from school where id = :own)");
        sql.put("school", "select id from school where municipality_id <> (select municipality_id from school"
                + " where id = :own)");
        sql.put("municipality", "select id from municipality where id <> (select municipality_id from school"
                + " where id = :own)");
        Map<String, Set<Long>> ids = new LinkedHashMap<>();
        sql.forEach((kind, q) -> ids.put(kind, new HashSet<>(jdbc.queryForList(q.replace(":own", Long.toString(own))
                .replace(":user", Long.toString(userId)), Long.class))));
        return ids;
    }

    private Map<String, Set<Long>> ownIds(long own) {
        Map<String, Set<Long>> ids = new LinkedHashMap<>();
        ids.put("person", new HashSet<>(jdbc.queryForList("select id from person where school_id = ?", Long.class,
                own)));
        ids.put("pair", new HashSet<>(jdbc.queryForList("select id from mentoring_pair where school_id = ?",
                Long.class, own)));
        ids.put("document", new HashSet<>(jdbc.queryForList("select id from school_document where school_id = ?",
                Long.class, own)));
        ids.put("roadmap", new HashSet<>(jdbc.queryForList("select id from roadmap where school_id = ?", Long.class,
                own)));
        return ids;
    }
}
