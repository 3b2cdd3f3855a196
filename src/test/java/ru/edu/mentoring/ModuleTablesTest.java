package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Modules own their tables (issue 19, point 4): every table of the migrated schema has exactly one owning module,
 * derived from the {@code @Table}, {@code @CollectionTable} and {@code @JoinTable} of the module's entities plus
 * {@link #WITHOUT_ENTITY}; the SQL in the string literals and text blocks of a module's Java sources names only its
 * own tables and the views other modules publish ({@link #PUBLISHED_VIEWS}, created by migration V63).
 */
class ModuleTablesTest extends IntegrationTest {

    static final Path SOURCES = Path.of("src", "main", "java", "ru", "edu", "mentoring");

    /** Tables no entity maps: read models, join tables kept by SQL, infrastructure. Table → owning module. */
    static final Map<String, String> WITHOUT_ENTITY = Map.ofEntries(
            Map.entry("audit_event", "audit"),
            Map.entry("involvement", "monitoring"),
            Map.entry("involvement_form", "monitoring"),
            Map.entry("pair_order_pair", "documents"),
            Map.entry("spring_session", "accounts"),
            Map.entry("spring_session_attributes", "accounts"),
            Map.entry("mail_outbox", "mail"),
            Map.entry("mail_preference", "mail"),
            Map.entry("mail_settings", "mail"),
            Map.entry("reminder_sent", "reminders"),
            // an import's working state (issue 17): the file between the steps, the matching remembered per shape
            Map.entry("import_upload", "people"),
            Map.entry("import_shape", "people"),
            // infrastructure, not business data: the change log (shared.ChangeLog, written from monitoring's events),
            // the jobs' locks (ShedLock) and days (web.DailyJobs, the web shell), the schema's history
            Map.entry("monitoring_change", "shared"),
            Map.entry("shedlock", "web"),
            Map.entry("job_run", "web"),
            Map.entry("flyway_schema_history", "shared"));

    /** The only tables {@code shared} may own: infrastructure, no business data. */
    static final Set<String> SHARED_INFRASTRUCTURE = Set.of("monitoring_change", "flyway_schema_history");

    /** The views a module publishes for other modules to read (migration V63). View → owning module. */
    static final Map<String, String> PUBLISHED_VIEWS = Map.ofEntries(
            Map.entry("accounts_user_v", "accounts"),
            Map.entry("notifications_notification_v", "notifications"),
            Map.entry("schools_school_v", "schools"),
            Map.entry("schools_municipality_v", "schools"),
            Map.entry("schools_student_count_v", "schools"),
            Map.entry("schools_curator_appointment_v", "schools"),
            Map.entry("people_person_v", "people"),
            Map.entry("people_student_class_v", "people"),
            Map.entry("people_mentor_profile_v", "people"),
            Map.entry("people_consent_v", "people"),
            Map.entry("people_data_destruction_v", "people"),
            Map.entry("pairing_pair_v", "pairing"),
            Map.entry("pairing_pair_mentee_v", "pairing"),
            Map.entry("pairing_form_v", "pairing"),
            Map.entry("campaigns_campaign_v", "campaigns"),
            Map.entry("campaigns_campaign_school_v", "campaigns"),
            Map.entry("reports_report_v", "reports"),
            Map.entry("approval_transition_v", "approval"),
            Map.entry("monitoring_target_v", "monitoring"),
            Map.entry("documents_document_v", "documents"),
            Map.entry("documents_news_v", "documents"),
            Map.entry("documents_act_v", "documents"),
            // issue 20 point 2: the periods in which a person counts as a trained mentor (V73)
            Map.entry("training_trained_v", "training"),
            Map.entry("meetings_pair_stats_v", "meetings"));

    /**
     * Files whose SQL still names another module's tables, each with the reason. Temporary: the test fails when an
     * exception is no longer needed, so that it is deleted.
     */
    static final Map<String, String> KNOWN_EXCEPTIONS = Map.of();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTableOfTheSchemaHasOneOwningModule() throws IOException {
        Map<String, String> owners = owners();
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1", String.class);
        assertThat(tables).as("the migrated schema").contains("person", "mentoring_pair", "audit_event");
        assertThat(tables.stream().filter(t -> !owners.containsKey(t)).toList())
                .as("tables without an owning module: add the entity's @Table or a row to WITHOUT_ENTITY").isEmpty();
        assertThat(owners.keySet().stream().filter(t -> !tables.contains(t)).toList())
                .as("owned tables missing from the schema").isEmpty();
        assertThat(owners.entrySet().stream().filter(e -> e.getValue().equals("shared")).map(Map.Entry::getKey)
                .filter(t -> !SHARED_INFRASTRUCTURE.contains(t)).toList()).as("shared owns no business tables").isEmpty();
    }

    @Test
    void everyViewOfTheSchemaIsPublishedByItsOwner() throws IOException {
        List<String> views = jdbc.queryForList("select table_name from information_schema.views"
                + " where table_schema = current_schema() order by 1", String.class);
        assertThat(new TreeSet<>(views)).as("views in the schema = views published").isEqualTo(
                new TreeSet<>(PUBLISHED_VIEWS.keySet()));
        Set<String> modules = modules();
        assertThat(PUBLISHED_VIEWS.entrySet()).allSatisfy(e -> {
            assertThat(modules).contains(e.getValue());
            assertThat(e.getKey()).as("a view is named after its module").startsWith(e.getValue() + "_");
        });
    }

    @Test
    void noModuleNamesAnotherModulesTableInItsSql() throws IOException {
        Map<String, String> owners = owners();
        List<String> violations = new ArrayList<>();
        Map<String, Integer> perModule = new TreeMap<>();
        Set<String> excepted = new HashSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                if (!relative.contains("/")) {
                    continue;
                }
                String module = relative.substring(0, relative.indexOf('/'));
                for (Naming n : namings(Files.readString(file, StandardCharsets.UTF_8))) {
                    String viewOwner = PUBLISHED_VIEWS.get(n.table());
                    if (viewOwner != null && !viewOwner.equals(module) && n.write()) {
                        violations.add(relative + ":" + n.line() + " writes through " + n.table() + " (a view "
                                + viewOwner + " publishes for reading)");
                        perModule.merge(module, 1, Integer::sum);
                        continue;
                    }
                    String owner = owners.get(n.table());
                    if (owner == null || owner.equals(module)) {
                        continue;
                    }
                    if (KNOWN_EXCEPTIONS.containsKey(relative)) {
                        excepted.add(relative);
                        continue;
                    }
                    violations.add(relative + ":" + n.line() + " names " + n.table() + " (owned by " + owner + ")");
                    perModule.merge(module, 1, Integer::sum);
                }
            }
        }
        assertThat(violations).as("SQL naming another module's table (per module: " + perModule
                + "); read through the owner's Java API or a view it publishes").isEmpty();
        assertThat(new TreeSet<>(KNOWN_EXCEPTIONS.keySet())).as("known exceptions still needed (delete the others)")
                .isEqualTo(new TreeSet<>(excepted));
    }

    @Test
    void theScannerFindsTablesInSqlPositionsOnly() {
        String source = """
                class X {
                    String a = "select p.id from mentoring_pair p join pair_mentee m on m.pair_id = p.id";
                    String b = "select count(*) from "
                            + "person where exists (select 1 FROM\\tstudent_class c where c.person_id = id)";
                    String c = \"""
                            insert into audit_event (x) values (1);
                            update  school set name = 'person'
                            \""";
                    @Query("select p from MentoringPair p join p.mentees m where p.school = :school")
                    String d = "from a, consent c, public.municipality m"; // "from mentoring_form"
                    /* "from school" */
                    char q = '"';
                    String e = "update";
                    String f = "the person from school № 1 table";
                }
                """;
        List<Naming> found = namings(source);
        assertThat(found).extracting(Naming::table).contains("mentoring_pair", "pair_mentee", "person",
                "student_class", "audit_event", "school", "consent", "municipality");
        // names are compared exactly with the tables, so an entity name (MentoringPair) or a path (p.mentees) never
        // matches one; nothing is read from comments
        assertThat(found).extracting(Naming::table).doesNotContain("mentoring_form", "set", "mentees");
        assertThat(found).filteredOn(Naming::write).extracting(Naming::table).containsOnly("audit_event", "school");
        assertThat(found).filteredOn(n -> n.table().equals("student_class")).extracting(Naming::line).containsOnly(4);
        assertThat(found).filteredOn(n -> n.table().equals("school")).extracting(Naming::line).containsOnly(7, 14);
    }

    /** A table named by SQL, the line of the source it is on, and whether the statement writes to it. */
    record Naming(String table, int line, boolean write) {}

    private static final Pattern POSITION = Pattern.compile(
            "(?i:\\b(delete\\s+from|from|join|into|update|table)\\s+(?:only\\s+)?)(?:public\\.)?([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern NEXT_IN_LIST = Pattern.compile(
            "(?:\\s+(?i:as\\s+)?(?!(?i:where|on|join|left|right|inner|cross|full|group|order|limit|set)\\b)"
                    + "[a-z_][a-z0-9_]*)?\\s*,\\s*(?:public\\.)?([a-z_][a-z0-9_]*)");

    /**
     * The tables named in SQL positions (after from, join, into, update, table; the further tables of a
     * {@code from a x, b y} list) in the string literals of a Java source; adjacent literals joined with {@code +}
     * are read as one string. Keywords are matched in any case, names exactly, so JPQL entity names and property
     * paths do not match a table.
     */
    static List<Naming> namings(String source) {
        List<Naming> out = new ArrayList<>();
        for (Literal l : literals(source)) {
            Matcher m = POSITION.matcher(l.text());
            while (m.find()) {
                String keyword = m.group(1).toLowerCase(java.util.Locale.ROOT);
                out.add(new Naming(m.group(2), l.lines()[m.start(2)], !keyword.equals("from") && !keyword.equals("join")));
                Matcher next = NEXT_IN_LIST.matcher(l.text());
                int at = m.end();
                while (next.region(at, l.text().length()).lookingAt()) {
                    out.add(new Naming(next.group(1), l.lines()[next.start(1)], false));
                    at = next.end();
                }
            }
        }
        return out;
    }

    /** The text of a string (several literals joined by {@code +}) and the source line of each of its characters. */
    record Literal(String text, int[] lines) {}

    static List<Literal> literals(String s) {
        List<Literal> out = new ArrayList<>();
        StringBuilder text = null;
        List<Integer> lines = null;
        int line = 1;
        int i = 0;
        boolean joinable = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                for (int k = i; k < end; k++) {
                    if (s.charAt(k) == '\n') {
                        line++;
                    }
                }
                i = end;
            } else if (c == '\'') {
                int k = i + 1;
                while (k < s.length() && s.charAt(k) != '\'') {
                    k += s.charAt(k) == '\\' ? 2 : 1;
                }
                i = k + 1;
                joinable = false;
            } else if (c == '"') {
                if (text == null || !joinable) {
                    if (text != null) {
                        out.add(literal(text, lines));
                    }
                    text = new StringBuilder();
                    lines = new ArrayList<>();
                } else {
                    text.append(' ');
                    lines.add(line);
                }
                if (s.startsWith("\"\"\"", i)) {
                    int k = i + 3;
                    while (k < s.length() && !s.startsWith("\"\"\"", k)) {
                        char d = s.charAt(k);
                        if (d == '\\' && k + 1 < s.length()) {
                            text.append(escape(s.charAt(k + 1)));
                            lines.add(line);
                            k += 2;
                            continue;
                        }
                        text.append(d);
                        lines.add(line);
                        if (d == '\n') {
                            line++;
                        }
                        k++;
                    }
                    i = k + 3;
                } else {
                    int k = i + 1;
                    while (k < s.length() && s.charAt(k) != '"' && s.charAt(k) != '\n') {
                        char d = s.charAt(k);
                        if (d == '\\' && k + 1 < s.length()) {
                            text.append(escape(s.charAt(k + 1)));
                            lines.add(line);
                            k += 2;
                            continue;
                        }
                        text.append(d);
                        lines.add(line);
                        k++;
                    }
                    i = k + 1;
                }
                joinable = true;
            } else if (c == '+' || Character.isWhitespace(c)) {
                if (c == '+' && !joinable) {
                    joinable = false;
                }
                i++;
            } else {
                joinable = false;
                i++;
            }
        }
        if (text != null) {
            out.add(literal(text, lines));
        }
        return out;
    }

    private static char escape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            default -> c;
        };
    }

    private static Literal literal(StringBuilder text, List<Integer> lines) {
        int[] l = new int[lines.size() + 1];
        for (int k = 0; k < lines.size(); k++) {
            l[k] = lines.get(k);
        }
        l[lines.size()] = lines.isEmpty() ? 0 : lines.get(lines.size() - 1);
        return new Literal(text.toString(), l);
    }

    private static final Pattern TABLE_ANNOTATION = Pattern.compile(
            "@(?:Table|CollectionTable|JoinTable)\\s*\\(\\s*name\\s*=\\s*\"([a-z_][a-z0-9_]*)\"");

    /** Table → owning module: the modules' entities, then the tables without an entity. */
    static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                if (!relative.contains("/")) {
                    continue;
                }
                String module = relative.substring(0, relative.indexOf('/'));
                Matcher m = TABLE_ANNOTATION.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String previous = owners.put(m.group(1), module);
                    assertThat(previous == null || previous.equals(module))
                            .as(m.group(1) + " mapped by two modules").isTrue();
                }
            }
        }
        WITHOUT_ENTITY.forEach((table, module) -> {
            String previous = owners.put(table, module);
            assertThat(previous).as(table + " has an entity: remove it from WITHOUT_ENTITY").isNull();
        });
        return owners;
    }

    static Set<String> modules() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .collect(java.util.stream.Collectors.toSet());
        }
    }
}
