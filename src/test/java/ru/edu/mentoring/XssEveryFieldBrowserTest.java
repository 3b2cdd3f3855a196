package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnhandledAlertException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.edu.mentoring.support.Browser;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * A stored-XSS canary in every free-text column of the schema that a user fills and a page shows. Each column gets its
 * own marker (XSS01, XSS02, …) inside markup that would run a script and leave elements behind if it were rendered
 * unescaped; the rows of school 2 and its municipality (or rows inserted for the test) carry them; the pages that show
 * them are opened in headless Chromium as the roles that see them. On every page: no script ran (window.xssFired,
 * alerts) and no element of the canary exists in the DOM; every column's marker is seen as text or as a form value on
 * at least one page. A text column that is neither covered nor excluded with a reason fails the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssEveryFieldBrowserTest extends IntegrationTest {

    /** Text columns that get no canary, each with the reason. */
    static final Map<String, String> EXCLUDED = new TreeMap<>(Map.ofEntries(
            Map.entry("app_user.password_hash", "a password hash, never shown"),
            Map.entry("password_token.token_hash", "a set-password link's hash, never shown"),
            Map.entry("password_token.purpose", "enum code written by the application"),
            Map.entry("job_run.name", "a job's name written by the application, never shown"),
            Map.entry("reminder_sent.kind", "enum code written by the application"),
            Map.entry("reminder_sent.subject_key", "ids and dates written by the application, never shown"),
            Map.entry("app_user_role.role", "enum code"),
            Map.entry("audit_event.action", "enum code written by the application"),
            Map.entry("audit_event.entity", "a class name; the audit page shows its Russian label from the messages"),
            Map.entry("audit_event.entity_id", "an id; the audit page names the object from the current data instead"),
            Map.entry("audit_event.details", "field names and enum codes; the audit page shows their Russian labels"),
            Map.entry("consent.given_by", "enum code"),
            Map.entry("data_destruction.reason", "enum code"),
            Map.entry("coverage_target.indicator", "enum code"),
            Map.entry("curator_appointment.kind", "enum code"),
            Map.entry("flyway_schema_history.description", "migration bookkeeping, never shown"),
            Map.entry("flyway_schema_history.script", "migration bookkeeping, never shown"),
            Map.entry("flyway_schema_history.type", "migration bookkeeping, never shown"),
            Map.entry("flyway_schema_history.version", "migration bookkeeping, never shown"),
            Map.entry("flyway_schema_history.installed_by", "migration bookkeeping, never shown"),
            Map.entry("import_run.status", "enum code"),
            Map.entry("person_transfer.status", "enum code written by the application"),
            Map.entry("import_upload.state", "enum code"),
            Map.entry("import_upload.category", "enum code"),
            Map.entry("import_upload.mapping", "JSON of field codes chosen from a fixed list (ImportMapping.target)"),
            Map.entry("import_shape.shape", "a SHA-256 digest, never shown"),
            Map.entry("import_shape.mapping", "JSON of normalised headers and field codes; only the codes are used"),
            Map.entry("mail_outbox.letter", "enum code"),
            Map.entry("mail_outbox.status", "enum code"),
            Map.entry("mail_outbox.body_html", "HTML composed by escaping templates for the letter; the outbox page"
                    + " shows the plain text"),
            Map.entry("mail_preference.kind", "enum code"),
            Map.entry("mail_preference.channel", "enum code"),
            Map.entry("shedlock.name", "lock bookkeeping, never shown"),
            Map.entry("shedlock.locked_by", "lock bookkeeping (host name), never shown"),
            Map.entry("mentoring_form.code", "code constant referenced by the application"),
            Map.entry("mentoring_form.mentor_categories", "comma-separated enum codes, parsed"),
            Map.entry("mentoring_form.mentee_categories", "comma-separated enum codes, parsed"),
            Map.entry("mentoring_form.applies_to", "comma-separated enum codes, parsed"),
            Map.entry("mentoring_pair.status", "enum code"),
            Map.entry("mentoring_pair.teacher_format", "enum code"),
            Map.entry("notification.kind", "enum code"),
            Map.entry("notification.link", "a path the application writes, never user input"),
            Map.entry("person.external_kind", "enum code"),
            Map.entry("person.kind", "enum code"),
            Map.entry("person.processing_stop_reason", "enum code"),
            Map.entry("person.search_name", "derived from the name for searching, never shown"),
            Map.entry("approval_transition.subject_kind", "enum code"),
            Map.entry("approval_transition.from_status", "enum code"),
            Map.entry("approval_transition.to_status", "enum code"),
            Map.entry("roadmap.status", "enum code"),
            Map.entry("school.kind", "enum code"),
            Map.entry("school.sort_key", "generated by PostgreSQL from the short name (digits padded), never shown"),
            Map.entry("school_document.file_type", "enum code"),
            Map.entry("school_document.kind", "enum code"),
            Map.entry("school_report.figures", "key=value figures the application freezes, parsed"),
            Map.entry("school_report.status", "enum code"),
            Map.entry("spring_session.primary_id", "session store"),
            Map.entry("spring_session.session_id", "session store"),
            Map.entry("spring_session.principal_name", "session store"),
            Map.entry("spring_session_attributes.session_primary_id", "session store"),
            Map.entry("spring_session_attributes.attribute_name", "session store"),
            Map.entry("student_class.letter", "three letters or digits (validated): no markup fits"),
            // issue 20 point 2 (training): enum codes; the mentor form's hand-entered training, emptied by V73 and
            // never shown since (training comes from mentor_course, whose columns carry canaries)
            Map.entry("mentor_candidate.status", "enum code"),
            Map.entry("mentor_candidate.interview_result", "enum code"),
            Map.entry("mentor_course.doc_type", "enum code"),
            Map.entry("mentor_credential.kind", "enum code"),
            Map.entry("mentor_profile.training_programme", "legacy hand-entered training, emptied by V73 and never"
                    + " shown: a mentor's training is read from mentor_course"),
            Map.entry("meeting.type", "enum code"),
            Map.entry("meeting.format", "enum code"),
            // issue 20 point 1 (programmes)
            Map.entry("school_programme.status", "enum code"),
            // issue 22 (regions): a region's name is copied from municipality.region_name (which carries a canary),
            // never typed in; the checklist's items are codes seeded by V81, an answer names its item by that code
            Map.entry("region.name", "copied from municipality.region_name, which carries a canary; never typed in"),
            Map.entry("checklist_item.code", "item code seeded by V81"),
            Map.entry("checklist_item.source", "enum code"),
            Map.entry("checklist_item.kind", "enum code"),
            Map.entry("checklist_answer.item_code", "item code, checked against checklist_item"),
            Map.entry("contest.level", "enum code"),
            Map.entry("contest.type", "enum code"),
            Map.entry("contest.phase", "enum code"),
            Map.entry("contest_criterion.kind", "enum code"),
            Map.entry("contest_file.kind", "enum code"),
            Map.entry("contest_file.content_type", "a media type the application sets from the checked file type"),
            Map.entry("contest_criterion_template.template", "a template code seeded by the migration (V79)"),
            Map.entry("contest_criterion_template.title", "seeded by the migration (V79), copied as a criterion"),
            Map.entry("contest_criterion_template.description", "seeded by the migration (V79), copied as a criterion"),
            Map.entry("contest_criterion_template.kind", "enum code seeded by the migration (V79)"),
            Map.entry("contest_criterion_template.bands", "seeded by the migration (V79), copied as a criterion"),
            Map.entry("honour_nomination.kind", "enum code"),
            Map.entry("honour_nomination.status", "enum code"),
            // issue 22 points 3 and 4 (snapshots, API): codes, digests and JSON the application writes
            Map.entry("snapshot.period", "enum code"),
            Map.entry("snapshot.status", "enum code"),
            Map.entry("snapshot.figures", "JSON of figures the application computes and freezes; its strings are"
                    + " organisation and form names, whose own columns carry canaries, shown with th:text"),
            Map.entry("api_token.token_hash", "a SHA-256 digest, never shown"),
            Map.entry("api_call.method", "the HTTP method, written by the API's filter, never shown"),
            Map.entry("api_call.path", "the request path, written by the API's filter, never shown"),
            // issue 20 points 4-5 (questionnaires): enum codes, keys the application writes, a digest
            Map.entry("questionnaire_template.respondent", "enum code"),
            Map.entry("questionnaire_question.kind", "enum code"),
            Map.entry("questionnaire_question.metric_key", "a stable parameter key from the seed or written by the"
                    + " application (custom_…), never typed"),
            Map.entry("questionnaire_answer.metric_key", "the question's parameter key, copied by the application"),
            Map.entry("questionnaire_link.token_hash", "a SHA-256 digest, never shown"),
            Map.entry("questionnaire_link.respondent", "enum code"),
            Map.entry("questionnaire_link.wave", "enum code"),
            Map.entry("questionnaire_response.respondent", "enum code"),
            Map.entry("questionnaire_response.wave", "enum code"),
            Map.entry("questionnaire_response.source", "enum code"),
            // issue 21 points 1 and 4 (practices): enum codes and the server's own content type of a checked file
            Map.entry("practice.level", "enum code"),
            Map.entry("practice.status", "enum code"),
            Map.entry("practice_event.kind", "enum code"),
            Map.entry("practice_file.content_type", "set by the server from the type checked by the file's first"
                    + " bytes (PDF, PNG, JPEG), never typed")));

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** The rows change by plain SQL, behind the caches' back: they are emptied after planting and after restoring. */
    @Autowired
    org.springframework.cache.CacheManager caches;

    Browser browser;

    /** Column → its marker; planted rows to restore (or delete) afterwards. */
    final Map<String, String> markers = new LinkedHashMap<>();
    final Map<String, String> probes = new LinkedHashMap<>();
    final List<Runnable> undo = new ArrayList<>();
    Map<String, Integer> lengths;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = Browser.start(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Every text column of the schema, with its length limit (null for text). */
    private Map<String, Integer> textColumns() {
        Map<String, Integer> columns = new TreeMap<>();
        jdbc.query("select table_name, column_name, character_maximum_length from information_schema.columns"
                + " where table_schema = current_schema() and data_type in ('text', 'character varying', 'character')"
                // the tables only: a view another module reads (V63) shows columns its table already has
                + " and table_name in (select table_name from information_schema.tables"
                + " where table_schema = current_schema() and table_type = 'BASE TABLE')",
                rs -> {
                    String column = rs.getString(1) + "." + rs.getString(2);
                    int max = rs.getInt(3);
                    columns.put(column, rs.wasNull() ? null : max);
                });
        return columns;
    }

    @Test
    void aCanaryInEveryFreeTextColumnIsShownAsTextAndNeverRuns() {
        lengths = textColumns();
        long started = System.nanoTime();
        List<String[]> pages;
        try {
            pages = plant();
            caches.getCacheNames().forEach(n -> caches.getCache(n).clear());
            Set<String> covered = markers.keySet();
            Set<String> uncovered = new TreeSet<>(lengths.keySet());
            uncovered.removeAll(covered);
            uncovered.removeAll(EXCLUDED.keySet());
            assertThat(uncovered).as("text columns with neither a canary nor a reason in EXCLUDED").isEmpty();
            Set<String> both = new TreeSet<>(covered);
            both.retainAll(EXCLUDED.keySet());
            assertThat(both).as("columns both covered and excluded").isEmpty();
            Set<String> stale = new TreeSet<>(EXCLUDED.keySet());
            stale.removeAll(lengths.keySet());
            assertThat(stale).as("EXCLUDED names columns the schema no longer has").isEmpty();
            check(pages);
        } finally {
            for (int i = undo.size() - 1; i >= 0; i--) {
                undo.get(i).run();
            }
            caches.getCacheNames().forEach(n -> caches.getCache(n).clear());
        }
        System.out.printf("XssEveryFieldBrowserTest: %d text columns, %d covered with a canary, %d excluded with a"
                + " reason; %d pages opened in %.1f s%n", lengths.size(), markers.size(), EXCLUDED.size(),
                pages.size(), (System.nanoTime() - started) / 1e9);
    }

    private void check(List<String[]> pages) {
        List<String> failures = new ArrayList<>();
        Map<String, String> seenOn = new TreeMap<>();
        String loggedIn = null;
        for (String[] page : pages) {
            String who = page[0];
            String path = page[1];
            if (!who.equals(loggedIn)) {
                if (who.equals("anonymous")) {
                    browser.driver().manage().deleteAllCookies();
                } else {
                    browser.login(who, "demo");
                }
                loggedIn = who;
            }
            Map<String, Object> result;
            try {
                browser.open(path);
                result = inspect();
            } catch (UnhandledAlertException e) {
                failures.add(who + " " + path + ": an alert opened (" + e.getAlertText() + ")");
                continue;
            }
            if (result.get("fired") != null) {
                failures.add(who + " " + path + ": script ran for " + result.get("fired"));
            }
            @SuppressWarnings("unchecked")
            List<Object> injected = (List<Object>) result.get("injected");
            if (!injected.isEmpty()) {
                failures.add(who + " " + path + ": canary markup became elements " + injected);
            }
            String title = String.valueOf(result.get("title"));
            if (title.startsWith("Ошибка") || title.contains("Страница не найдена") || title.contains("Доступ запрещён")
                    || title.contains("Внутренняя ошибка") || title.contains("Конфликт изменений")) {
                failures.add(who + " " + path + ": an error page «" + title + "»");
            }
            String shown = result.get("text") + "\n" + result.get("values");
            probes.forEach((column, probe) -> {
                if (shown.contains(probe)) {
                    seenOn.putIfAbsent(column, who + " " + path);
                }
            });
        }
        Set<String> unseen = new TreeSet<>(markers.keySet());
        unseen.removeAll(seenOn.keySet());
        if (!unseen.isEmpty()) {
            failures.add("covered columns whose marker no opened page showed: " + unseen);
        }
        Map<String, String> legend = new TreeMap<>();
        markers.forEach((column, marker) -> legend.put(marker, column));
        assertThat(failures).as("pages where a canary misbehaved (markers: %s)", legend).isEmpty();
    }

    private Map<String, Object> inspect() {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return {fired: window.xssFired === undefined ? null : String(window.xssFired),"
                        + " injected: Array.from(document.querySelectorAll('[data-xss],[data-x],[onerror],[onload],"
                        + "script:not([src]),a[href^=\"javascript:\" i]')).map(e => e.outerHTML.slice(0, 120)),"
                        + " title: document.title, text: document.body.innerText,"
                        + " values: Array.from(document.querySelectorAll('input,textarea,option'))"
                        + ".map(e => e.value + ' ' + (e.textContent || '')).join('\\n')};");
        return r;
    }

    // ---- planting

    /** The canary for a column: the longest form that fits its length. */
    private String canary(String column) {
        String marker = String.format("XSS%02d", markers.size() + 1);
        Integer max = lengths.get(column);
        String full = marker + " <script>window.xssFired='" + marker + "'</script><img src=x data-xss onerror=\""
                + "window.xssFired='" + marker + "'\">\"'><svg data-xss onload=\"window.xssFired='" + marker + "'\">";
        String medium = marker + "\"'><img src=x data-xss onerror=xssFired='" + marker + "'>";
        String small = marker + "<svg onload=alert()>";
        // 20 characters: no room for a script, but markup that would become an element if rendered unescaped
        String tiny = "<i data-x>" + marker + "</i>";
        String value = max == null || full.length() <= max ? full : medium.length() <= max ? medium
                : small.length() <= max ? small : tiny;
        assertThat(value.length()).as("a canary fits %s", column).isLessThanOrEqualTo(max == null ? 10_000 : max);
        markers.put(column, marker);
        probes.put(column, value.substring(0, Math.min(value.length(), value == tiny ? tiny.length()
                : marker.length() + 9)));
        return value;
    }

    /**
     * Puts canaries into the named columns of one existing row and restores the row afterwards. The key column and id
     * name the row; the columns' old values come back in the undo list.
     */
    private void update(String table, String key, Object id, String... columns) {
        assertThat(id).as("a row of %s to plant into", table).isNotNull();
        Map<String, Object> old = jdbc.queryForMap("select * from " + table + " where " + key + " = ?", id);
        List<Object> args = new ArrayList<>();
        StringBuilder set = new StringBuilder();
        for (String c : columns) {
            set.append(set.isEmpty() ? "" : ", ").append(c).append(" = ?");
            args.add(canary(table + "." + c));
        }
        args.add(id);
        jdbc.update("update " + table + " set " + set + " where " + key + " = ?", args.toArray());
        undo.add(() -> {
            List<Object> back = new ArrayList<>();
            for (String c : columns) {
                back.add(old.get(c));
            }
            back.add(id);
            jdbc.update("update " + table + " set " + set + " where " + key + " = ?", back.toArray());
        });
    }

    private Long one(String sql, Object... args) {
        return jdbc.query(sql, rs -> rs.next() ? (Long) rs.getObject(1) : null, args);
    }

    private List<String[]> plant() {
        long s2 = Fixtures.school2(jdbc);
        long m = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class, s2);
        long curator2 = Fixtures.userId(jdbc, "curator2");

        update("municipality", "id", m, "name", "region_name");
        update("school", "id", s2, "full_name", "short_name", "address", "site", "head_name");
        update("curator_appointment", "id", one("select id from curator_appointment where school_id = ?"
                + " and kind = 'CURATOR' and ended_at is null", s2), "order_number");

        long mentee = one("select min(mp.person_id) from mentee_profile mp join consent c on c.person_id ="
                + " mp.person_id where mp.school_id = ?", s2);
        update("person", "id", mentee, "last_name", "first_name", "middle_name", "external_key");
        update("mentee_profile", "person_id", mentee, "request");
        long consent = one("select min(id) from consent where person_id = ?", mentee);
        update("consent", "id", consent, "representative_name", "text_version", "purpose", "data_categories",
                "revoked_reason");
        // the reason of a withdrawal shows only on a withdrawn consent: withdrawn for the test, restored after
        Object revokedBefore = jdbc.queryForObject("select revoked_on from consent where id = ?", Object.class, consent);
        jdbc.update("update consent set revoked_on = coalesce(revoked_on, current_date) where id = ?", consent);
        undo.add(() -> jdbc.update("update consent set revoked_on = ? where id = ?", revokedBefore, consent));
        long mentor = one("select min(mp.person_id) from mentor_profile mp join person p on p.id = mp.person_id"
                + " where mp.school_id = ? and p.kind = 'TEACHER'", s2);
        update("person", "id", mentor, "position", "subjects");
        update("mentor_profile", "person_id", mentor, "competences", "achievements", "interests", "wanted_mentee_age",
                "contact_time_place");
        Long external = one("select min(id) from person where school_id = ? and kind = 'EXTERNAL'", s2);
        Long organisationHolder = external != null ? external : mentor;
        update("person", "id", organisationHolder, "organisation");

        // the destruction register is append-only: its canary row stays (one per database, keyed by the person)
        jdbc.update("insert into data_destruction (person_id, school_id, subject, categories, reason, destroyed_on,"
                + " performed_by) values (?, ?, ?, ?, 'RETENTION', current_date, ?) on conflict (person_id) do nothing",
                mentor, s2, canary("data_destruction.subject"), canary("data_destruction.categories"),
                canary("data_destruction.performed_by"));
        long pair = one("select min(p.id) from mentoring_pair p join pair_mentee pm on pm.pair_id = p.id"
                + " where pm.person_id = ?", mentee);
        update("mentoring_pair", "id", pair, "goal", "order_number");
        Long ended = one("select min(id) from mentoring_pair where school_id = ? and status in ('COMPLETED',"
                + " 'TERMINATED')", s2);
        if (ended != null) {
            update("mentoring_pair", "id", ended, "result");
        }
        Long terminated = one("select min(id) from mentoring_pair where school_id = ? and status = 'TERMINATED'", s2);
        if (terminated != null) {
            update("mentoring_pair", "id", terminated, "termination_reason");
        }
        long form = one("select form_id from mentoring_pair where id = ?", pair);
        update("mentoring_form", "id", form, "name");
        Long variation = one("select variation_id from mentoring_pair where id = ?", pair);
        update("form_variation", "id", variation != null ? variation
                : one("select min(id) from form_variation where form_id = ?", form), "name");

        long roadmap = one("select id from roadmap where school_id = ?", s2);
        update("roadmap", "id", roadmap, "title");
        long measure = one("select min(id) from roadmap_measure where roadmap_id = ?", roadmap);
        update("roadmap_measure", "id", measure, "number", "title", "deadline_text", "responsible", "result");
        Long done = one("select min(id) from roadmap_measure where roadmap_id = ? and done_on is not null", roadmap);
        if (done != null) {
            update("roadmap_measure", "id", done, "evidence");
        }
        Long transition = one("select max(id) from approval_transition where subject_kind = 'ROADMAP'"
                + " and subject_id = ?", roadmap);
        if (transition != null) {
            update("approval_transition", "id", transition, "actor_name", "comment");
        }
        Long revision = one("select max(id) from roadmap_revision where roadmap_id = ?", roadmap);
        if (revision != null) {
            update("roadmap_revision", "id", revision, "title", "approved_by", "comment");
            jdbc.queryForList("select position from roadmap_revision_measure where revision_id = ? order by position"
                    + " limit 1", Integer.class, revision).forEach(position -> {
                        Map<String, Object> old = jdbc.queryForMap("select * from roadmap_revision_measure where"
                                + " revision_id = ? and position = ?", revision, position);
                        String[] cols = {"number", "title", "deadline_text", "responsible", "result"};
                        for (String c : cols) {
                            jdbc.update("update roadmap_revision_measure set " + c + " = ? where revision_id = ? and"
                                    + " position = ?", canary("roadmap_revision_measure." + c), revision, position);
                        }
                        undo.add(() -> {
                            for (String c : cols) {
                                jdbc.update("update roadmap_revision_measure set " + c + " = ? where revision_id = ?"
                                        + " and position = ?", old.get(c), revision, position);
                            }
                        });
                    });
        }

        long section = one("select min(id) from municipal_section where municipality_id = ?", m);
        update("municipal_section", "id", section, "number", "title", "deadline_text");
        update("municipal_measure", "id", one("select min(id) from municipal_measure where section_id = ?", section),
                "number", "title", "deadline_text", "responsible_municipal", "responsible_school");

        long campaign = one("select min(c.id) from campaign c join campaign_school cs on cs.campaign_id = c.id"
                + " where cs.school_id = ?", s2);
        update("campaign", "id", campaign, "title");
        long campaignSchool = one("select id from campaign_school where campaign_id = ? and school_id = ?", campaign,
                s2);
        Map<String, Object> informed = jdbc.queryForMap("select informed_on, evidence from campaign_school where id ="
                + " ?", campaignSchool);
        jdbc.update("update campaign_school set informed_on = coalesce(informed_on, current_date), evidence = ? where"
                + " id = ?", canary("campaign_school.evidence"), campaignSchool);
        undo.add(() -> jdbc.update("update campaign_school set informed_on = ?, evidence = ? where id = ?",
                informed.get("informed_on"), informed.get("evidence"), campaignSchool));

        update("school_document", "id", one("select min(id) from school_document where school_id = ? and published",
                s2), "title", "file_name", "uploaded_by");
        update("school_news", "id", one("select min(id) from school_news where school_id = ?", s2), "title", "body");
        update("normative_act", "id", one("select min(id) from normative_act where municipality_id = ?", m), "title",
                "number", "link");

        Long report = one("select min(id) from school_report where school_id = ?", s2);
        update("school_report", "id", report, "results", "practices", "difficulties");
        Long reportTransition = one("select max(id) from approval_transition where subject_kind = 'REPORT'"
                + " and subject_id = ?", report);
        if (reportTransition != null) {
            update("approval_transition", "id", reportTransition, "actor_name", "comment");
        }

        // rows of their own, deleted afterwards (the audit trail is append-only: its row stays)
        long user = jdbc.queryForObject("insert into app_user (username, password_hash, full_name, email,"
                + " municipality_id) values (?, '{noop}x', ?, ?, ?) returning id", Long.class,
                canary("app_user.username"), canary("app_user.full_name"), canary("app_user.email"), m);
        jdbc.update("insert into app_user_role (user_id, role) values (?, 'METHODOLOGIST')", user);
        undo.add(() -> jdbc.update("delete from app_user where id = ?", user));
        long notification = jdbc.queryForObject("insert into notification (user_id, kind, school_id, school_name,"
                + " actor_name, comment, link, created_at) values (?, 'ROADMAP_RETURNED', ?, ?, ?, ?, '/roadmaps',"
                + " now()) returning id", Long.class, curator2, s2, canary("notification.school_name"),
                canary("notification.actor_name"), canary("notification.comment"));
        undo.add(() -> jdbc.update("delete from notification where id = ?", notification));
        long letter = jdbc.queryForObject("insert into mail_outbox (user_id, recipient, letter, status, subject,"
                + " body_text, last_error, created_at, next_attempt_at) values (?, ?, 'NOTIFICATION', 'DEMO', ?, ?, ?,"
                + " now(), now()) returning id", Long.class, curator2, canary("mail_outbox.recipient"),
                canary("mail_outbox.subject"), canary("mail_outbox.body_text"), canary("mail_outbox.last_error"));
        undo.add(() -> jdbc.update("delete from mail_outbox where id = ?", letter));
        String problem = canary("import_run.report");
        long run = jdbc.queryForObject("insert into import_run (school_id, user_id, user_name, file_name, duration_ms,"
                + " status, data_rows, created, updated, unchanged, error_count, report) values (?, ?, ?, ?, 5,"
                + " 'REJECTED', 1, 0, 0, 0, 1, ?) returning id", Long.class, s2, curator2,
                canary("import_run.user_name"), canary("import_run.file_name"), "{\"notes\": [" + json(problem)
                        + "], \"errors\": [{\"row\": 2, \"column\": " + json(problem) + ", \"message\": "
                        + json(problem) + "}]}");
        undo.add(() -> jdbc.update("delete from import_run where id = ?", run));
        long upload = jdbc.queryForObject("insert into import_upload (school_id, user_id, file_name, file_bytes, state)"
                + " values (?, ?, ?, convert_to(E'Категория;Фамилия;Имя\\nобучающийся;Канарейкин;Иван\\n', 'UTF8'),"
                + " 'MAPPING') returning id", Long.class, s2, curator2, canary("import_upload.file_name"));
        undo.add(() -> jdbc.update("delete from import_upload where id = ?", upload));
        jdbc.update("insert into audit_event (username, action, entity, entity_id, school_id, details) values (?,"
                + " 'UPDATE', ?, ?, ?, ?)", canary("audit_event.username"), "<b>Entity</b>", "<i>1</i>", s2,
                "<u>field</u>=<s>X</s>");

        // training (issue 20 point 2): a refused candidate with the questionnaire and interview, a course and a
        // credential of «иное» kind; rows of their own, deleted afterwards
        long candidate = jdbc.queryForObject("insert into mentor_candidate (school_id, person_id, status, applied_on,"
                + " motivation, experience, competences, interests, preferred_mentees, availability, interview_date,"
                + " interviewer, interview_result, interview_comment, refusal_reason, decided_on) values (?, ?,"
                + " 'REFUSED', current_date, ?, ?, ?, ?, ?, ?, current_date, ?, 'NOT_RECOMMENDED', ?, ?, current_date)"
                + " returning id", Long.class, s2, mentor, canary("mentor_candidate.motivation"),
                canary("mentor_candidate.experience"), canary("mentor_candidate.competences"),
                canary("mentor_candidate.interests"), canary("mentor_candidate.preferred_mentees"),
                canary("mentor_candidate.availability"), canary("mentor_candidate.interviewer"),
                canary("mentor_candidate.interview_comment"), canary("mentor_candidate.refusal_reason"));
        undo.add(() -> jdbc.update("delete from mentor_candidate where id = ?", candidate));
        long course = jdbc.queryForObject("insert into mentor_course (school_id, person_id, title, provider, hours,"
                + " end_date, doc_type, doc_number) values (?, ?, ?, ?, 36, current_date, 'CERTIFICATE', ?)"
                + " returning id", Long.class, s2, mentor, canary("mentor_course.title"),
                canary("mentor_course.provider"), canary("mentor_course.doc_number"));
        undo.add(() -> jdbc.update("delete from mentor_course where id = ?", course));
        long credential = jdbc.queryForObject("insert into mentor_credential (school_id, person_id, kind, title,"
                + " issued_on, doc_number) values (?, ?, 'OTHER', ?, current_date, ?) returning id", Long.class, s2,
                mentor, canary("mentor_credential.title"), canary("mentor_credential.doc_number"));
        undo.add(() -> jdbc.update("delete from mentor_credential where id = ?", credential));
        // the meetings module: a meeting and a plan activity of the pair, the school's final event of this year
        long meeting = jdbc.queryForObject("insert into meeting (pair_id, school_id, type, starts_at, duration_min,"
                + " format, topic, content, outcome, homework) values (?, ?, 'WORKING', now(), 40, 'IN_PERSON', ?, ?, ?,"
                + " ?) returning id", Long.class, pair, s2, canary("meeting.topic"), canary("meeting.content"),
                canary("meeting.outcome"), canary("meeting.homework"));
        undo.add(() -> jdbc.update("delete from meeting where id = ?", meeting));
        long activity = jdbc.queryForObject("insert into plan_activity (pair_id, school_id, section, activity, format,"
                + " expected_result) values (?, ?, ?, ?, ?, ?) returning id", Long.class, pair, s2,
                canary("plan_activity.section"), canary("plan_activity.activity"), canary("plan_activity.format"),
                canary("plan_activity.expected_result"));
        undo.add(() -> jdbc.update("delete from plan_activity where id = ?", activity));
        int academicYear = ru.edu.mentoring.shared.AcademicYear.of(java.time.LocalDate.now());
        jdbc.update("delete from final_event where school_id = ? and academic_year = ?", s2, academicYear);
        long finalEvent = jdbc.queryForObject("insert into final_event (school_id, academic_year, event_date, format,"
                + " participants_count, cases, publication_url) values (?, ?, current_date, ?, 10, ?, ?) returning id",
                Long.class, s2, academicYear, canary("final_event.format"), canary("final_event.cases"),
                canary("final_event.publication_url"));
        undo.add(() -> jdbc.update("delete from final_event where id = ?", finalEvent));
        // the contests module (issue 21): a contest at the jury stage, the department's specialist its juror with a
        // score of an application of the school
        long contest = jdbc.queryForObject("insert into contest (municipality_id, title, level, year, type, phase)"
                + " values (?, ?, 'MUNICIPAL', 2026, 'PRACTICE', 'JURY') returning id", Long.class, m,
                canary("contest.title"));
        undo.add(() -> jdbc.update("delete from contest where id = ?", contest));
        jdbc.update("insert into contest_nomination (contest_id, title, position) values (?, ?, 1)", contest,
                canary("contest_nomination.title"));
        long criterion = jdbc.queryForObject("insert into contest_criterion (contest_id, position, title, description,"
                + " kind, min_points, max_points) values (?, 1, ?, ?, 'YES_NO', 0, 20) returning id", Long.class,
                contest, canary("contest_criterion.title"), canary("contest_criterion.description"));
        String bands = canary("contest_criterion.bands");
        jdbc.update("insert into contest_criterion (contest_id, position, title, kind, min_points, max_points, bands)"
                + " values (?, 2, 'Стаж', 'BANDS', 1, 5, ?)", contest,
                bands.substring(0, Math.min(bands.length(), 990)) + "=1");
        long application = jdbc.queryForObject("insert into contest_application (contest_id, school_id,"
                + " practice_title, practice_summary) values (?, ?, ?, ?) returning id", Long.class, contest, s2,
                canary("contest_application.practice_title"), canary("contest_application.practice_summary"));
        jdbc.update("insert into contest_file (contest_id, application_id, kind, file_name, content_type, size_bytes,"
                + " bytes) values (?, ?, 'APPLICATION', ?, 'application/pdf', 9, ?)", contest, application,
                canary("contest_file.file_name"), "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        long juror = jdbc.queryForObject("insert into contest_juror (contest_id, user_id) values (?, (select id from"
                + " app_user where username = 'department')) returning id", Long.class, contest);
        jdbc.update("insert into contest_score (application_id, juror_id, criterion_id, points, evidence, comment)"
                + " values (?, ?, ?, 20, ?, ?)", application, juror, criterion, canary("contest_score.evidence"),
                canary("contest_score.comment"));

        // programmes (issue 20 point 1): an approved programme of a form the demo leaves free (shown on the school's
        // page and the public page) and a personalised programme of a teacher pair with one plan row
        int programmeYear = ru.edu.mentoring.shared.AcademicYear.of(java.time.LocalDate.now());
        long programme = jdbc.queryForObject("insert into school_programme (school_id, municipality_id, form_id,"
                + " academic_year, goal, tasks, variations, period_from, period_to, status, status_changed_at,"
                + " updated_at) values (?, ?, (select id from mentoring_form where code = 'EMPLOYER_STUDENT'), ?, ?, ?, ?,"
                + " ?, ?, 'APPROVED', now(), now()) returning id", Long.class, s2, m, programmeYear - 5,
                canary("school_programme.goal"), canary("school_programme.tasks"),
                canary("school_programme.variations"), java.time.LocalDate.of(programmeYear - 5, 9, 1),
                java.time.LocalDate.of(programmeYear - 4, 5, 31));
        undo.add(() -> jdbc.update("delete from school_programme where id = ?", programme));
        long teacherPair = one("select min(p.id) from mentoring_pair p join mentoring_form f on f.id = p.form_id"
                + " where p.school_id = ? and f.code = 'TEACHER_TEACHER' and not exists (select 1 from"
                + " personal_programme x where x.pair_id = p.id)", s2);
        long personalProgramme = jdbc.queryForObject("insert into personal_programme (pair_id, school_id,"
                + " difficulties, goal, tasks, start_date, end_date, self_analysis, mentor_review, curator_conclusion,"
                + " updated_at) values (?, ?, ?, ?, ?, current_date, current_date + 180, ?, ?, ?, now()) returning id",
                Long.class, teacherPair, s2, canary("personal_programme.difficulties"),
                canary("personal_programme.goal"), canary("personal_programme.tasks"),
                canary("personal_programme.self_analysis"), canary("personal_programme.mentor_review"),
                canary("personal_programme.curator_conclusion"));
        undo.add(() -> jdbc.update("delete from personal_programme where id = ?", personalProgramme));
        jdbc.update("insert into personal_programme_activity (programme_id, activity, due_date, expected_result,"
                + " result) values (?, ?, current_date, ?, ?)", personalProgramme,
                canary("personal_programme_activity.activity"), canary("personal_programme_activity.expected_result"),
                canary("personal_programme_activity.result"));
        // the regions module (issue 22): a reporting period of the demo region, school 2's answer to the checklist
        long demoRegion = jdbc.queryForObject("select id from region where name = 'Свердловская область'", Long.class);
        long period = jdbc.queryForObject("insert into reporting_period (region_id, title, starts_on, ends_on, due_on)"
                + " values (?, ?, date '2026-01-01', date '2026-06-30', date '2026-07-15') returning id", Long.class,
                demoRegion, canary("reporting_period.title"));
        undo.add(() -> jdbc.update("delete from reporting_period where id = ?", period));
        update("checklist_answer", "id", one("select id from checklist_answer where school_id = ?"
                + " and item_code = 'SITE_SECTION'", s2), "evidence");

        // honours (issue 21 point 3): a returned nomination of the school's mentor, the department's signatory
        long nomination = jdbc.queryForObject("insert into honour_nomination (school_id, municipality_id, person_id,"
                + " kind, year, wording, justification, nominated_by, status, status_changed_at) values (?, ?, ?,"
                + " 'GRAMOTA', 2026, ?, ?, ?, 'RETURNED', now()) returning id", Long.class, s2, m, mentor,
                canary("honour_nomination.wording"), canary("honour_nomination.justification"),
                canary("honour_nomination.nominated_by"));
        undo.add(() -> jdbc.update("delete from honour_nomination where id = ?", nomination));
        List<java.util.Map<String, Object>> signatory = jdbc.queryForList("select department_name, head_position,"
                + " head_name from honour_settings where municipality_id = ?", m);
        jdbc.update("delete from honour_settings where municipality_id = ?", m);
        jdbc.update("insert into honour_settings (municipality_id, department_name, head_position, head_name)"
                + " values (?, ?, ?, ?)", m, canary("honour_settings.department_name"),
                canary("honour_settings.head_position"), canary("honour_settings.head_name"));
        undo.add(() -> {
            jdbc.update("delete from honour_settings where municipality_id = ?", m);
            for (java.util.Map<String, Object> old : signatory) {
                jdbc.update("insert into honour_settings (municipality_id, department_name, head_position, head_name)"
                        + " values (?, ?, ?, ?)", m, old.get("department_name"), old.get("head_position"),
                        old.get("head_name"));
            }
        });

        // the snapshots and API module: a snapshot sent to the region, a token of the API
        long snapshot = jdbc.queryForObject("insert into snapshot (municipality_id, region_name, period_year, period,"
                + " as_of, version_no, figures, computed_at, computed_by_id, signed_by_id, signed_by_name, signed_at,"
                + " status, status_changed_at) values (?, ?, 2021, 'HALF_YEAR', date '2021-06-30', 1, ?, now(), 0, 0,"
                + " ?, now(), 'SUBMITTED', now()) returning id", Long.class, m, canary("snapshot.region_name"),
                "{\"municipalityId\":" + m + ",\"asOf\":\"2021-06-30\",\"year\":2021,\"coverage\":{\"part\":0},"
                        + "\"trainedMentorsShare\":{\"part\":0},\"youngTeachersMentoredShare\":{\"part\":0},"
                        + "\"pairsByForm\":{},\"studentsByForm\":{},\"pairsByStatus\":{},\"schools\":[],"
                        + "\"mentors\":0,\"trainedMentors\":0,\"youngTeachers\":0,\"youngTeachersMentored\":0,"
                        + "\"pairsWithMeetings\":0,\"pairsCompletedWithFinal\":0,\"schoolsWithoutCount\":0}",
                canary("snapshot.signed_by_name"));
        undo.add(() -> jdbc.update("delete from snapshot where id = ?", snapshot));
        long token = jdbc.queryForObject("insert into api_token (name, region_name, token_hash, created_at,"
                + " created_by_id) values (?, ?, md5(random()::text) || md5(random()::text), now(), 0) returning id",
                Long.class, canary("api_token.name"), canary("api_token.region_name"));
        undo.add(() -> jdbc.update("delete from api_token where id = ?", token));

        // questionnaires (issue 20 points 4-5): a template version of the municipality with a choice question, an
        // answer of the pair to it, the school's SWOT analysis of this year; rows of their own, deleted afterwards
        long qTemplate = jdbc.queryForObject("insert into questionnaire_template (form_id, respondent, municipality_id,"
                + " version_no, title, source_note) values ((select form_id from mentoring_pair where id = ?), 'MENTEE',"
                + " ?, 999, ?, ?) returning id", Long.class, pair, m, canary("questionnaire_template.title"),
                canary("questionnaire_template.source_note"));
        undo.add(() -> jdbc.update("delete from questionnaire_template where id = ?", qTemplate));
        long qChoice = jdbc.queryForObject("insert into questionnaire_question (template_id, position, kind, metric_key,"
                + " text, options) values (?, 10, 'CHOICE', 'xss_choice', ?, ?) returning id", Long.class, qTemplate,
                canary("questionnaire_question.text"), canary("questionnaire_question.options"));
        long qText = jdbc.queryForObject("insert into questionnaire_question (template_id, position, kind, metric_key,"
                + " text, required) values (?, 20, 'TEXT', 'xss_text', 'Комментарий', false) returning id", Long.class,
                qTemplate);
        long qResponse = jdbc.queryForObject("insert into questionnaire_response (template_id, school_id, pair_id,"
                + " form_id, respondent, slot, wave, academic_year, source) select ?, ?, p.id, p.form_id, 'MENTEE', 9,"
                + " 'ENTRY', ?, 'PAPER' from mentoring_pair p where p.id = ? returning id", Long.class, qTemplate, s2,
                academicYear, pair);
        undo.add(() -> jdbc.update("delete from questionnaire_response where id = ?", qResponse));
        jdbc.update("insert into questionnaire_answer (response_id, question_id, metric_key, choice) values (?, ?,"
                + " 'xss_choice', ?)", qResponse, qChoice, canary("questionnaire_answer.choice"));
        jdbc.update("insert into questionnaire_answer (response_id, question_id, metric_key, text_value) values (?, ?,"
                + " 'xss_text', ?)", qResponse, qText, canary("questionnaire_answer.text_value"));
        long swotForm = jdbc.queryForObject("select form_id from mentoring_pair where id = ?", Long.class, pair);
        jdbc.update("delete from swot_analysis where school_id = ? and form_id = ? and academic_year = ?", s2, swotForm,
                academicYear);
        long swot = jdbc.queryForObject("insert into swot_analysis (school_id, form_id, academic_year, strengths,"
                + " weaknesses, opportunities, threats) values (?, ?, ?, ?, ?, ?, ?) returning id", Long.class, s2,
                swotForm, academicYear, canary("swot_analysis.strengths"), canary("swot_analysis.weaknesses"),
                canary("swot_analysis.opportunities"), canary("swot_analysis.threats"));
        undo.add(() -> jdbc.update("delete from swot_analysis where id = ?", swot));
        // the practices module: a published practice of the school with a file, and an event presenting it
        long practice = jdbc.queryForObject("insert into practice (school_id, municipality_id, title, role_model,"
                + " problem, goal, participants, description, resources, results, effectiveness, uniqueness,"
                + " replicability, scalability, contest_title, contest_year, publish_consent, status,"
                + " status_changed_at, published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2026, true,"
                + " 'APPROVED', now(), now()) returning id", Long.class, s2, m, canary("practice.title"),
                canary("practice.role_model"), canary("practice.problem"), canary("practice.goal"),
                canary("practice.participants"), canary("practice.description"), canary("practice.resources"),
                canary("practice.results"), canary("practice.effectiveness"), canary("practice.uniqueness"),
                canary("practice.replicability"), canary("practice.scalability"), canary("practice.contest_title"));
        undo.add(() -> jdbc.update("delete from practice where id = ?", practice));
        jdbc.update("insert into practice_file (practice_id, school_id, file_name, content_type, size_bytes, content)"
                + " values (?, ?, ?, 'application/pdf', 9, convert_to('%PDF-1.4 ', 'UTF8'))", practice, s2,
                canary("practice_file.file_name"));
        long practiceEvent = jdbc.queryForObject("insert into practice_event (municipality_id, title, kind,"
                + " event_date, place, description) values (?, ?, 'SEMINAR', current_date, ?, ?) returning id",
                Long.class, m, canary("practice_event.title"), canary("practice_event.place"),
                canary("practice_event.description"));
        jdbc.update("insert into practice_event_school (event_id, school_id) values (?, ?)", practiceEvent, s2);
        jdbc.update("insert into practice_event_practice (event_id, practice_id) values (?, ?)", practiceEvent,
                practice);
        undo.add(() -> jdbc.update("delete from practice_event where id = ?", practiceEvent));

        long act = one("select min(id) from normative_act where municipality_id = ?", m);
        long municipalMeasure = one("select min(id) from municipal_measure where section_id = ?", section);
        List<String[]> pages = new ArrayList<>();
        for (String p : List.of("/", "/schools/" + s2, "/schools/" + s2 + "/people", "/schools/" + s2 + "/mentors",
                "/schools/" + s2 + "/mentees", "/people/" + mentee, "/people/" + mentee + "/edit",
                "/people/" + mentee + "/mentee", "/people/" + mentor, "/people/" + mentor + "/edit",
                "/people/" + mentor + "/mentor", "/people/" + organisationHolder, "/schools/" + s2 + "/pairs",
                "/pairs/" + pair, "/pairs/" + pair + "/edit", "/schools/" + s2 + "/pairs/new",
                "/roadmaps/" + roadmap, "/roadmaps/measures/" + measure + "/edit", "/roadmaps/" + roadmap + "/approved",
                "/reports", "/documents/school/" + s2, "/documents/school/" + s2 + "/pair-order",
                "/schools/" + s2 + "/import?run=" + run, "/import/uploads/" + upload, "/notifications", "/campaigns", "/campaigns/" + campaign,
                "/campaigns/informed/" + campaignSchool, "/forms", "/roadmaps/municipal/" + m,
                "/documents/municipalities/" + m + "/acts", "/candidates/" + candidate, "/people/" + mentor + "/training",
                "/schools/" + s2 + "/training", "/schools/" + s2 + "/candidates")) {
            pages.add(new String[] {"curator2", p});
        }
        for (String p : List.of("/pairs/" + pair + "/meetings", "/meetings/" + meeting + "/edit",
                "/plan/" + activity + "/edit", "/schools/" + s2 + "/final-event")) {
            pages.add(new String[] {"curator2", p});
        }
        pages.add(new String[] {"department", "/schools/" + s2 + "/final-event"});
        pages.add(new String[] {"department", "/programmes/" + programme});
        pages.add(new String[] {"curator2", "/pairs/" + teacherPair + "/personal-programme"});
        pages.add(new String[] {"department", "/pairs/" + teacherPair + "/personal-programme"});
        for (String p : List.of("/contests", "/contests/" + contest, "/applications/" + application)) {
            pages.add(new String[] {"department", p});
        }
        pages.add(new String[] {"curator2", "/contests/" + contest});
        for (String p : List.of("/nominations", "/nominations/" + nomination, "/nominations/" + nomination + "/edit",
                "/people/" + mentor + "/record")) {
            pages.add(new String[] {"curator2", p});
        }
        pages.add(new String[] {"department", "/nominations/settings"});
        for (String p : List.of("/questionnaire-templates/" + qTemplate, "/questionnaire-responses/" + qResponse,
                "/pairs/" + pair + "/questionnaires", "/schools/" + s2 + "/questionnaires/swot?form=" + swotForm)) {
            pages.add(new String[] {"curator2", p});
        }
        pages.add(new String[] {"department", "/schools/" + s2 + "/questionnaires/swot?form=" + swotForm});

        for (String p : List.of("/practice-bank", "/practice-bank/" + practice, "/practice-bank/" + practice + "/edit")) {
            pages.add(new String[] {"curator2", p});
        }
        for (String p : List.of("/practice-events", "/practice-events/" + practiceEvent + "/edit")) {
            pages.add(new String[] {"department", p});
        }
        for (String p : List.of("/practices", "/practices/" + practice, "/public/schools/" + s2,
                "/public/municipalities/" + m)) {
            pages.add(new String[] {"anonymous", p});
        }
        if (ended != null) {
            pages.add(new String[] {"curator2", "/pairs/" + ended});
        }
        if (terminated != null) {
            pages.add(new String[] {"curator2", "/pairs/" + terminated});
        }
        if (done != null) {
            pages.add(new String[] {"curator2", "/roadmaps/measures/" + done + "/done"});
        }
        if (report != null) {
            pages.add(new String[] {"curator2", "/reports/" + report});
        }
        for (String p : List.of("/", "/schools", "/schools/" + s2 + "/edit", "/schools/" + s2 + "/curator",
                "/campaigns/" + campaign + "/edit", "/roadmaps", "/roadmaps/" + roadmap, "/roadmaps/municipal",
                "/roadmaps/municipal/measures/" + municipalMeasure + "/edit", "/reports/summary",
                "/documents", "/documents/acts/" + act + "/edit", "/monitoring",
                "/monitoring/municipalities/" + m, "/monitoring/municipalities/" + m + "/quality",
                "/monitoring/municipalities/" + m + "/targets", "/monitoring/schools/" + s2, "/audit", "/privacy")) {
            pages.add(new String[] {"department", p});
        }
        if (report != null) {
            pages.add(new String[] {"department", "/reports/" + report});
        }
        for (String p : List.of("/admin/users", "/admin/users/" + user, "/audit", "/forms/" + form + "/edit",
                "/admin/mail?status=DEMO")) {
            pages.add(new String[] {"admin", p});
        }
        pages.add(new String[] {"admin", "/regions/" + demoRegion + "/settings"});
        pages.add(new String[] {"curator2", "/schools/" + s2 + "/checklist"});
        pages.add(new String[] {"region", "/monitoring/region"});
        pages.add(new String[] {"department", "/snapshots/" + snapshot});
        pages.add(new String[] {"admin", "/admin/api-tokens"});
        pages.add(new String[] {"anonymous", "/public/schools/" + s2});
        pages.add(new String[] {"anonymous", "/public/municipalities/" + m});
        return pages;
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
