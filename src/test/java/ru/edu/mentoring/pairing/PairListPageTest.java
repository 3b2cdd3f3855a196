package ru.edu.mentoring.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.mentoring.people.SaveMentorEntry;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.people.PeopleRegistry;

import ru.edu.mentoring.web.PageLinks;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;
import ru.edu.mentoring.support.SqlCount;

/**
 * The pair list of a school (issue 8): the rows, names, class labels, mentee counts, filters and pager of the demo data
 * are those the entity-based list used to show (computed here the old way: the JPA search and
 * {@code People.participants}), and a warm page costs a handful of SQL statements.
 */
class PairListPageTest extends IntegrationTest {

    /**
     * The statement budget of a warm request, session included: the page's own work is ONE statement (PairList: page,
     * total, names); school, forms and mentor options come from caches. The rest is the session, read once per
     * request; the layout's notification badge is remembered per user. At most three in all, the budget.
     */
    static final int PAGE_OWN = 1;
    static final int SESSION_AND_LAYOUT = 2;
    /**
     * Spring Session's own cost since issue 19 point 2 removed the home-made SessionWriteThrottle (a reflection proxy
     * that memoised Spring Session's second lookup of the session and skipped its last-access write): one statement
     * more on a warm page (measured 4 instead of 3). The integrator's benchmark confirms the price.
     */
    static final int SPRING_SESSION_OWN = 1;

    private static final Pattern ROW = Pattern.compile(
            "<tr>\\s*<td class=\"text-nowrap\"><a href=\"/pairs/(\\d+)\">(.*?)</tr>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PairRepository pairs;

    @Autowired
    MentoringFormRepository forms;

    @Autowired
    FormVariationRepository variations;

    @Autowired
    People people;

    @Autowired
    PeopleRegistry registry;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    org.springframework.cache.CacheManager caches;

    @Value("${app.page-size:20}")
    int pageSize;

    /** Other tests change pairs and people by plain SQL, behind the caches' back: each test starts with them empty. */
    @BeforeEach
    void emptyCaches() {
        caches.getCacheNames().forEach(n -> caches.getCache(n).clear());
    }

    record Expected(long id, String formName, String variationName, String mentorName, String menteeNames,
            int mentees) {}

    /** The page as the list computed it before issue 8 (PairController.rows and name, verbatim in substance). */
    Page<Expected> expected(long school, Long form, PairStatus status, Integer grade, Long mentor,
            boolean withoutOrder, boolean overdue, Integer page) {
        return new TransactionTemplate(transactions).execute(tx -> {
            LocalDate today = people.today();
            Set<Long> inGrade = grade == null ? Set.of(-1L)
                    : new HashSet<>(people.studentsInGrade(school, grade, today));
            if (inGrade.isEmpty()) {
                inGrade = Set.of(-1L);
            }
            Page<MentoringPair> result = pairs.search(school, form, status, mentor, grade == null, inGrade,
                    withoutOrder, overdue, today, PageLinks.request(page, pageSize,
                            Sort.by(Sort.Order.desc("startDate"), Sort.Order.desc("id"))));
            Set<Long> ids = new HashSet<>();
            result.forEach(p -> {
                ids.add(p.getMentorId());
                ids.addAll(p.getMenteeIds());
            });
            Map<Long, Participant> names = people.participants(ids, today);
            Map<Long, String> formNames = forms.findAll().stream()
                    .collect(Collectors.toMap(MentoringForm::getId, MentoringForm::getName));
            Map<Long, String> variationNames = variations.findAll().stream()
                    .collect(Collectors.toMap(FormVariation::getId, FormVariation::getName));
            return result.map(p -> new Expected(p.getId(), formNames.get(p.getFormId()),
                    p.getVariationId() == null ? null : variationNames.get(p.getVariationId()),
                    name(names, p.getMentorId()),
                    p.getMenteeIds().stream().sorted().limit(3).map(id -> name(names, id))
                            .collect(Collectors.joining(", ")),
                    p.getMenteeIds().size()));
        });
    }

    /** As Thymeleaf escapes text (markup characters only). */
    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String name(Map<Long, Participant> names, long id) {
        Participant p = names.get(id);
        return p == null ? "—" : p.fullName() + (p.classLabel() == null ? "" : " (" + p.classLabel() + ")");
    }

    /** Compares the rendered page with the old computation: rows in order, their texts, and the pager's links. */
    void assertSame(HttpSession session, long school, String query, Long form, PairStatus status, Integer grade,
            Long mentor, boolean withoutOrder, boolean overdue, Integer page) {
        HttpResponse<String> response = session.get("/schools/" + school + "/pairs" + query);
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        String html = response.body();
        Page<Expected> want = expected(school, form, status, grade, mentor, withoutOrder, overdue, page);

        List<Long> shownIds = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            shownIds.add(Long.parseLong(m.group(1)));
            rows.add(m.group(2));
        }
        assertThat(shownIds).as("pairs of %s", query).containsExactlyElementsOf(
                want.getContent().stream().map(Expected::id).toList());
        for (int i = 0; i < rows.size(); i++) {
            Expected e = want.getContent().get(i);
            String row = rows.get(i);
            assertThat(row).as("form of pair %d", e.id()).startsWith(esc(e.formName()) + "</a>");
            if (e.variationName() != null) {
                assertThat(row).contains(">" + esc(e.variationName()) + "</div>");
            }
            assertThat(row).as("mentor of pair %d", e.id())
                    .contains("<td>" + esc(e.mentorName()) + "</td>");
            assertThat(row).as("mentees of pair %d", e.id())
                    .contains("<span>" + esc(e.menteeNames()) + "</span>");
            assertThat(row.contains("и ещё ")).as("«and more» of pair %d", e.id()).isEqualTo(e.mentees() > 3);
            assertThat(row.contains("группа из " + e.mentees() + " ")).as("group of pair %d", e.id())
                    .isEqualTo(e.mentees() > 1);
        }
        if (want.isEmpty()) {
            assertThat(html).contains("colspan=\"6\"");
        }
        String base = esc(new PairController.Filter(form, status, grade, mentor, withoutOrder,
                overdue).query(school));
        if (want.getTotalPages() > 1) {
            for (int p : PageLinks.window(want)) {
                assertThat(html).as("pager link %d of %s", p, query).contains("href=\"" + base + "page=" + p + "\"");
            }
        } else {
            assertThat(html).doesNotContain(base + "page=");
        }
    }

    @Test
    void theListShowsTheDemoPairsAsBeforeWithEveryFilter() {
        long school = Fixtures.school1(jdbc);
        HttpSession session = HttpSession.loggedIn(port, "curator1", "demo");
        assertThat(jdbc.queryForObject("select count(*) from mentoring_pair where school_id = ?", Long.class, school))
                .as("demo pairs of school 1").isPositive();

        assertSame(session, school, "", null, null, null, null, false, false, null);
        assertSame(session, school, "?page=1", null, null, null, null, false, false, 1);
        assertSame(session, school, "?page=99", null, null, null, null, false, false, 99);
        assertSame(session, school, "?status=ACTIVE", null, PairStatus.ACTIVE, null, null, false, false, null);
        assertSame(session, school, "?status=DRAFT", null, PairStatus.DRAFT, null, null, false, false, null);
        assertSame(session, school, "?withoutOrder=true", null, null, null, null, true, false, null);
        assertSame(session, school, "?overdue=true", null, null, null, null, false, true, null);
        for (int grade = 1; grade <= 11; grade++) {
            assertSame(session, school, "?grade=" + grade, null, null, grade, null, false, false, null);
        }
        List<Long> formIds = jdbc.queryForList("select distinct form_id from mentoring_pair where school_id = ?",
                Long.class, school);
        for (long form : formIds) {
            assertSame(session, school, "?form=" + form, form, null, null, null, false, false, null);
        }
        List<Long> mentors = jdbc.queryForList("select distinct mentor_id from mentoring_pair where school_id = ?"
                + " order by 1 limit 5", Long.class, school);
        for (long mentor : mentors) {
            assertSame(session, school, "?mentor=" + mentor + "&status=ACTIVE", null, PairStatus.ACTIVE, null, mentor,
                    false, false, null);
        }
        assertSame(session, school, "?grade=7&status=ACTIVE&withoutOrder=true", null, PairStatus.ACTIVE, 7, null, true,
                false, null);
    }

    @Test
    void theListShowsClassLabelsAndGroups() {
        long school = Fixtures.school1(jdbc);
        String html = HttpSession.loggedIn(port, "curator1", "demo").get("/schools/" + school + "/pairs").body();
        // a student is shown with the class of this academic year, as «Фамилия Имя Отчество (7А)»
        assertThat(html).containsPattern(
                "<td>[^<(]+ \\(\\d{1,2}[А-ЯA-Z]?\\)</td>|<span>[^<(]+ \\(\\d{1,2}[А-ЯA-Z]?\\)");
    }

    @Test
    void theFiltersOfferEveryFormAndTheSchoolsMentorBase() {
        long school = Fixtures.school1(jdbc);
        String html = HttpSession.loggedIn(port, "curator1", "demo").get("/schools/" + school + "/pairs").body();
        String formSelect = html.substring(html.indexOf("<select id=\"form\""), html.indexOf("<select id=\"status\""));
        for (MentoringForm f : forms.findAllByOrderBySortOrderAscIdAsc()) {
            assertThat(formSelect).contains("<option value=\"" + f.getId() + "\">" + esc(f.getName())
                    + "</option>");
        }
        String mentorSelect = html.substring(html.indexOf("<select id=\"mentor\""));
        mentorSelect = mentorSelect.substring(0, mentorSelect.indexOf("</select>"));
        List<String> options = new ArrayList<>();
        Matcher m = Pattern.compile("<option value=\"(\\d+)\">([^<]*)</option>").matcher(mentorSelect);
        while (m.find()) {
            options.add(m.group(1) + " " + m.group(2));
        }
        assertThat(options).as("mentor options, sorted by name")
                .containsExactlyElementsOf(people.mentorBase(school, people.today()).stream()
                        .map(p -> p.id() + " " + esc(p.fullName())).toList());
    }

    @Test
    void aMentorLeavingTheBaseLeavesTheFilterAtOnce() {
        long school = Fixtures.school1(jdbc);
        HttpSession session = HttpSession.loggedIn(port, "curator1", "demo");
        String path = "/schools/" + school + "/pairs";
        Map<String, Object> row = jdbc.queryForMap("select person_id, competences, capacity, training_date,"
                + " training_programme, version from mentor_profile where school_id = ? and in_base order by person_id"
                + " limit 1", school);
        long mentor = ((Number) row.get("person_id")).longValue();
        String option = "<option value=\"" + mentor + "\">";
        assertThat(session.get(path).body()).contains(option); // cached now
        try {
            registry.putInMentorBase(mentor, form(row, false, ((Number) row.get("version")).longValue()));
            assertThat(session.get(path).body()).doesNotContain(option);
        } finally {
            long version = jdbc.queryForObject("select version from mentor_profile where person_id = ?", Long.class,
                    mentor);
            registry.putInMentorBase(mentor, form(row, true, version));
        }
        assertThat(session.get(path).body()).contains(option);
    }

    private static SaveMentorEntry form(Map<String, Object> row, boolean inBase, long version) {
        java.sql.Date trained = (java.sql.Date) row.get("training_date");
        return new SaveMentorEntry((String) row.get("competences"), ((Number) row.get("capacity")).intValue(),
                trained == null ? null : trained.toLocalDate(), (String) row.get("training_programme"), inBase,
                version);
    }

    @Test
    void anotherSchoolsListStaysHiddenWhenItsSchoolIsCached() {
        long school2 = Fixtures.school2(jdbc);
        // curator2 warms the cache with school 2; curator1 still gets «not found»
        assertThat(HttpSession.loggedIn(port, "curator2", "demo").get("/schools/" + school2 + "/pairs").statusCode())
                .isEqualTo(200);
        assertThat(HttpSession.loggedIn(port, "curator1", "demo").get("/schools/" + school2 + "/pairs").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aWarmPageCostsOneStatementOfItsOwn() {
        long school = Fixtures.school1(jdbc);
        HttpSession session = HttpSession.loggedIn(port, "curator1", "demo");
        String path = "/schools/" + school + "/pairs";
        assertThat(session.get(path).statusCode()).isEqualTo(200); // warms the caches
        long warm = fewestStatements(session, path);
        System.out.printf("PairListPageTest: a warm pair list page costs %d SQL statements%n", warm);
        assertThat(warm).as("statements of a warm pair list page, session and layout included")
                .isLessThanOrEqualTo(PAGE_OWN + SESSION_AND_LAYOUT + SPRING_SESSION_OWN);
        String filtered = "/schools/" + school + "/pairs?grade=7&status=ACTIVE";
        assertThat(session.get(filtered).statusCode()).isEqualTo(200); // its total is kept a few seconds
        assertThat(fewestStatements(session, filtered)).as("a filtered warm page")
                .isLessThanOrEqualTo(PAGE_OWN + SESSION_AND_LAYOUT + SPRING_SESSION_OWN);
    }

    @Test
    void aRenamedMentorShowsAtOnceWithinThePagesBudget() {
        // no page is kept per session (RenderedPages is gone): every request renders the school's pairs as they are
        long school = Fixtures.school1(jdbc);
        HttpSession session = HttpSession.loggedIn(port, "curator1", "demo");
        String path = "/schools/" + school + "/pairs";
        assertThat(session.get(path).statusCode()).isEqualTo(200);
        long mentor = jdbc.queryForObject("select mentor_id from mentoring_pair where school_id = ?"
                + " order by start_date desc, id desc limit 1", Long.class, school);
        String name = jdbc.queryForObject("select last_name from person where id = ?", String.class, mentor);
        try {
            jdbc.update("update person set last_name = 'Переименованная' where id = ?", mentor);
            SqlCount.Counted<HttpResponse<String>> changed = SqlCount.during(() -> session.get(path));
            assertThat(changed.result().body()).as("a renamed mentor shows at once").contains("Переименованная");
            // the counter sees every thread: the fewest of three, as fewestStatements (a background job may run)
            assertThat(Math.min(changed.statements(), fewestStatements(session, path)))
                    .as("session and the page's one query").isLessThanOrEqualTo(3 + SPRING_SESSION_OWN);
        } finally {
            jdbc.update("update person set last_name = ? where id = ?", name, mentor);
        }
        assertThat(session.get(path).body()).doesNotContain("Переименованная");
    }

    /**
     * The statements of a request, the fewest of three: the counter sees every thread, and a background job (Spring
     * Session's cleanup of expired sessions each minute, …) may run during one of them.
     */
    private static long fewestStatements(HttpSession session, String path) {
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            SqlCount.Counted<HttpResponse<String>> counted = SqlCount.during(() -> session.get(path));
            assertThat(counted.result().statusCode()).isEqualTo(200);
            fewest = Math.min(fewest, counted.statements());
        }
        return fewest;
    }
}
