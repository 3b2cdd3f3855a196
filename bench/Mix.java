import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator of bench/mix (issue 19 point 1): many logged-in sessions of every role over every municipality and
 * school, driving a mix of the pages people use. JDK 17 only (java.net.http), one file, no libraries:
 *
 * <pre>
 *   java bench/Mix.java login   BASE USERS.tsv SESSIONS OUT-sessions.tsv
 *   java bench/Mix.java run     BASE SESSIONS.tsv SCHOOLS.tsv OUT.properties
 *   java bench/Mix.java visible BASE DEPARTMENT-USER CURATOR-USER SCHOOL FORM MENTOR MENTEE EXPECTED-DRAFTS
 *   java bench/Mix.java report  HEADER.txt CACHE-ON.properties CACHE-OFF.properties
 * </pre>
 *
 * <b>login</b> picks SESSIONS accounts from USERS.tsv (username, role, municipality, school; written by bench/mix from
 * the database): a department user and a methodologist of every municipality, then curators and heads (two to one) of
 * schools taken from a shuffled list of all schools, so every municipality is reached in proportion to its schools.
 * It logs each in with the login form (CSRF token included) and, for curators, reads the registration form's token.
 * <p>
 * <b>run</b> measures, in this order: the static file {@code /css/app.css} in a closed loop of CONNS connections (the
 * machine's ceiling for this client); WARMUP seconds of the mix (not recorded); DURATION seconds of the mix in an open
 * loop at RATE requests a second (requests are sent on a fixed schedule whatever the answers do, and each latency is
 * counted from the request's scheduled time, so queueing is not hidden); DURATION seconds of the mix in a closed loop
 * of CONNS connections (its maximum); then PROBE requests of each page kind one after another with the portal's SQL
 * counter ({@code app.bench.sql-count=true}) reset before and read after (SQL statements per request, and the time a
 * request takes with nothing else running). An error is any answer other than 2xx/3xx, a redirect to the login page or
 * a login page where a page was expected, an export that is not a spreadsheet, a registration that is not answered by
 * a redirect to the new pair (the form shown again means refused), a transport error or timeout (30 s). Throughput
 * (req/s) counts the answers that were not errors; percentiles are over every request, errors included.
 * <p>
 * <b>visible</b> logs in the two users, registers one draft and polls the department's dashboard until its count of
 * drafts reaches EXPECTED-DRAFTS (counted in the database by bench/mix just before): milliseconds from the
 * registration's answer, as bench/run measures it.
 * <p>
 * <b>report</b> writes the two runs side by side per page kind and the goals of issue 19 for each.
 * <p>
 * Environment of run: RATE (300), DURATION (60), WARMUP (15), CONNS (16), STATIC_SECONDS (10), PROBE (20), SEED (42),
 * IN_FLIGHT (1024: open-loop requests awaiting an answer; beyond, a scheduled request counts as an error unsent, so an
 * overloaded portal does not drown the machine in connections), MIX (weights, e.g. {@code dashboard=12,register=5}).
 */
public class Mix {

    static final String GOAL_TEXT = "Нагрузочный тест";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    enum Role { DEPARTMENT, METHODOLOGIST, CURATOR, SCHOOL_HEAD }

    /** The page kinds of the mix, their default weight and who requests them. */
    enum Kind {
        HOME("home", 8, Role.values()),
        DASHBOARD("dashboard", 12, Role.DEPARTMENT, Role.METHODOLOGIST),
        DRILL_DOWN("drill-down", 12, Role.DEPARTMENT, Role.METHODOLOGIST),
        PAIR_LIST("pair list", 14, Role.CURATOR, Role.SCHOOL_HEAD, Role.DEPARTMENT),
        PEOPLE_LIST("people list", 8, Role.CURATOR, Role.SCHOOL_HEAD, Role.DEPARTMENT),
        BASES("bases", 5, Role.CURATOR, Role.SCHOOL_HEAD),
        PERSON("person page", 8, Role.CURATOR, Role.SCHOOL_HEAD, Role.DEPARTMENT),
        PAIR("pair page", 5, Role.CURATOR, Role.SCHOOL_HEAD, Role.DEPARTMENT),
        REGISTER("register", 5, Role.CURATOR),
        REPORTS("reports", 5, Role.values()),
        ROADMAPS("roadmaps", 5, Role.values()),
        SCHOOL("school page", 5, Role.SCHOOL_HEAD),
        EXPORT("export xlsx", 1, Role.DEPARTMENT, Role.METHODOLOGIST, Role.CURATOR);

        final String label;
        final int weight;
        final List<Role> roles;

        Kind(String label, int weight, Role... roles) {
            this.label = label;
            this.weight = weight;
            this.roles = List.of(roles);
        }

        String key() {
            return label.replace(' ', '_');
        }
    }

    record Session(String username, Role role, long municipality, long school, String cookie, String csrf) {}

    record School(long id, long municipality, long[] persons, long[] mentors, long[] mentees, long[] pairs) {}

    record Req(Kind kind, String method, String path, String body) {}

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    static String base;

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        if (args.length < 1) {
            usage();
        }
        switch (args[0]) {
            case "login" -> login(args);
            case "run" -> run(args);
            case "visible" -> visible(args);
            case "report" -> report(args);
            default -> usage();
        }
        System.exit(0);
    }

    static void usage() {
        System.err.println("usage: java bench/Mix.java login|run|visible|report ... (see the comment at the top)");
        System.exit(2);
    }

    static int env(String name, int def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : Integer.parseInt(v.trim());
    }

    // ---------------------------------------------------------------------------------------------------- login

    static void login(String[] args) throws Exception {
        base = args[1];
        List<String[]> users = tsv(Path.of(args[2]));
        int wanted = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        Random rnd = new Random(env("SEED", 42));
        Map<Role, Map<Long, List<String[]>>> byRole = new EnumMap<>(Role.class);
        for (String[] u : users) {
            Role role = Role.valueOf(u[1]);
            long key = role == Role.DEPARTMENT || role == Role.METHODOLOGIST ? Long.parseLong(u[2]) : Long.parseLong(u[3]);
            byRole.computeIfAbsent(role, r -> new TreeMap<>()).computeIfAbsent(key, k -> new ArrayList<>()).add(u);
        }
        List<String[]> chosen = new ArrayList<>();
        List<Long> munis = new ArrayList<>(byRole.getOrDefault(Role.DEPARTMENT, Map.of()).keySet());
        Collections.shuffle(munis, rnd);
        // every municipality's department user and methodologist when there are sessions enough, else a quarter each
        int perRole = wanted >= 2 * munis.size() + 2 ? munis.size() : Math.min(munis.size(), wanted / 4);
        for (Role r : List.of(Role.DEPARTMENT, Role.METHODOLOGIST)) {
            Map<Long, List<String[]>> m = byRole.getOrDefault(r, Map.of());
            for (Long muni : munis.subList(0, perRole)) {
                if (m.containsKey(muni)) {
                    chosen.add(m.get(muni).get(0));
                }
            }
        }
        int rest = Math.max(0, wanted - chosen.size());
        int curators = (2 * rest + 2) / 3;
        List<Long> schools = new ArrayList<>(byRole.getOrDefault(Role.CURATOR, Map.of()).keySet());
        Collections.shuffle(schools, rnd);
        Map<Long, List<String[]>> cur = byRole.getOrDefault(Role.CURATOR, Map.of());
        Map<Long, List<String[]>> heads = byRole.getOrDefault(Role.SCHOOL_HEAD, Map.of());
        for (int i = 0; i < rest && !schools.isEmpty(); i++) {
            long school = schools.get(i % schools.size());
            Map<Long, List<String[]>> m = i < curators ? cur : heads;
            if (m.containsKey(school)) {
                chosen.add(m.get(school).get(0));
            }
        }
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Session> sessions = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        for (String[] u : chosen) {
            pool.submit(() -> {
                try {
                    sessions.add(logIn(u[0], Role.valueOf(u[1]), Long.parseLong(u[2]),
                            u[3].isEmpty() ? 0 : Long.parseLong(u[3])));
                } catch (Exception e) {
                    failed.incrementAndGet();
                    System.err.println("login failed for " + u[0] + ": " + e.getMessage());
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        StringBuilder sb = new StringBuilder();
        for (Session s : sessions) {
            sb.append(String.join("\t", s.username(), s.role().name(), Long.toString(s.municipality()),
                    Long.toString(s.school()), s.cookie(), s.csrf() == null ? "" : s.csrf())).append('\n');
        }
        Files.writeString(out, sb.toString());
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        sessions.forEach(s -> counts.merge(s.role(), 1L, Long::sum));
        long munisReached = sessions.stream().mapToLong(Session::municipality).distinct().count();
        long schoolsReached = sessions.stream().filter(s -> s.school() > 0).mapToLong(Session::school).distinct().count();
        System.out.printf("logged in %d sessions (%s) in %.1f s, %d failed; %d municipalities, %d schools with a "
                + "curator or head session%n", sessions.size(), counts, (System.nanoTime() - t0) / 1e9, failed.get(),
                munisReached, schoolsReached);
        if (sessions.isEmpty() || failed.get() > chosen.size() / 10) {
            System.exit(1);
        }
    }

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s*value=\"([^\"]*)\"");

    static Session logIn(String username, Role role, long muni, long school) throws Exception {
        HttpResponse<String> page = CLIENT.send(get("/login", null).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(page).orElse(null);
        String token = match(CSRF, page.body()).orElseThrow(() -> new IOException("no CSRF token on /login"));
        String body = "username=" + enc(username) + "&password=demo&_csrf=" + enc(token);
        HttpResponse<String> res = CLIENT.send(post("/login", cookie, body).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = res.headers().firstValue("location").orElse("");
        if (res.statusCode() != 302 || location.contains("/login")) {
            throw new IOException("login answered " + res.statusCode() + " " + location);
        }
        cookie = sessionCookie(res).orElse(cookie);
        String csrf = null;
        if (role == Role.CURATOR) {
            HttpResponse<String> form = CLIENT.send(get("/schools/" + school + "/pairs/new", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());
            csrf = match(CSRF, form.body()).orElseThrow(() -> new IOException("no CSRF token on the pair form: "
                    + form.statusCode()));
        }
        return new Session(username, role, muni, school, cookie, csrf);
    }

    static Optional<String> sessionCookie(HttpResponse<?> res) {
        for (String c : res.headers().allValues("set-cookie")) {
            if (c.startsWith("NSESSION=")) {
                return Optional.of(c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
            }
        }
        return Optional.empty();
    }

    static Optional<String> match(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpRequest.Builder get(String path, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return b;
    }

    static HttpRequest.Builder post(String path, String cookie, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return b;
    }

    static List<String[]> tsv(Path p) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(p)) {
            if (!line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    static long[] ids(String csv) {
        return csv == null || csv.isBlank() ? new long[0]
                : Arrays.stream(csv.split(",")).mapToLong(Long::parseLong).toArray();
    }

    // ------------------------------------------------------------------------------------------------------ run

    /** Every latency of one phase and kind, in microseconds, and its errors by reason. */
    static final class Stats {
        private long[] values = new long[1024];
        private int n;
        private long slowest = -1;
        private String slowestPath;
        final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

        synchronized void add(long micros, String path) {
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = micros;
            if (micros > slowest) {
                slowest = micros;
                slowestPath = path;
            }
        }

        synchronized String slowest() {
            return slowestPath == null ? "" : slowestPath + " " + fmt(slowest / 1000.0) + " ms";
        }

        void error(String reason) {
            errors.computeIfAbsent(reason, r -> new LongAdder()).increment();
        }

        synchronized int count() {
            return n;
        }

        /** Answers that were not errors, per second of the phase: the throughput the goals speak of. */
        double okPerSecond(double seconds) {
            return (count() - errorCount()) / seconds;
        }

        long errorCount() {
            return errors.values().stream().mapToLong(LongAdder::sum).sum();
        }

        synchronized double percentileMs(double p) {
            if (n == 0) {
                return Double.NaN;
            }
            long[] sorted = Arrays.copyOf(values, n);
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * n);
            return sorted[Math.max(0, Math.min(n - 1, rank - 1))] / 1000.0;
        }
    }

    static final class Phase {
        final String name;
        final Map<Kind, Stats> byKind = new EnumMap<>(Kind.class);
        final Stats all = new Stats();
        long startNs;
        long endNs;

        Phase(String name) {
            this.name = name;
            for (Kind k : Kind.values()) {
                byKind.put(k, new Stats());
            }
        }

        double seconds() {
            return (endNs - startNs) / 1e9;
        }
    }

    static final class Mixer {
        final List<Session> sessions;
        final Map<Long, School> schools;
        final Map<Long, List<Long>> schoolsOf = new HashMap<>();
        final Map<Kind, List<Session>> eligible = new EnumMap<>(Kind.class);
        final int[] cumulative;
        final Kind[] kinds;
        final int total;
        final long form;
        final long[] forms;
        final String start;
        final String end;

        Mixer(List<Session> sessions, Map<Long, School> schools, long form, long[] forms, Map<Kind, Integer> weights) {
            this.sessions = sessions;
            this.schools = schools;
            this.form = form;
            this.forms = forms;
            this.start = LocalDate.now().toString();
            this.end = LocalDate.now().plusMonths(9).toString();
            schools.values().forEach(s -> schoolsOf.computeIfAbsent(s.municipality(), m -> new ArrayList<>())
                    .add(s.id()));
            List<Kind> used = new ArrayList<>();
            List<Integer> cum = new ArrayList<>();
            int sum = 0;
            for (Kind k : Kind.values()) {
                List<Session> list = sessions.stream().filter(s -> k.roles.contains(s.role()))
                        .filter(s -> k != Kind.REGISTER || (s.csrf() != null && schools.containsKey(s.school())
                                && schools.get(s.school()).mentors().length > 0
                                && schools.get(s.school()).mentees().length > 0))
                        .toList();
                eligible.put(k, list);
                int w = weights.getOrDefault(k, k.weight);
                if (!list.isEmpty() && w > 0) {
                    sum += w;
                    used.add(k);
                    cum.add(sum);
                }
            }
            kinds = used.toArray(new Kind[0]);
            cumulative = cum.stream().mapToInt(Integer::intValue).toArray();
            total = sum;
        }

        double share(Kind k) {
            for (int i = 0; i < kinds.length; i++) {
                if (kinds[i] == k) {
                    return (cumulative[i] - (i == 0 ? 0 : cumulative[i - 1])) * 100.0 / total;
                }
            }
            return 0;
        }

        Kind pickKind(ThreadLocalRandom r) {
            int x = r.nextInt(total);
            for (int i = 0; i < kinds.length; i++) {
                if (x < cumulative[i]) {
                    return kinds[i];
                }
            }
            return kinds[kinds.length - 1];
        }

        static long any(long[] a, ThreadLocalRandom r) {
            return a[r.nextInt(a.length)];
        }

        /** A school the session reads: its own, or for the municipality's staff a random one of the municipality. */
        long schoolOf(Session s, ThreadLocalRandom r) {
            if (s.school() > 0) {
                return s.school();
            }
            List<Long> list = schoolsOf.get(s.municipality());
            return list.get(r.nextInt(list.size()));
        }

        Req next(Kind k, Session[] chosen) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            List<Session> list = eligible.get(k);
            Session s = list.get(r.nextInt(list.size()));
            chosen[0] = s;
            long school = schoolOf(s, r);
            School data = schools.get(school);
            String path;
            switch (k) {
                case HOME -> path = "/";
                case DASHBOARD -> {
                    int pages = Math.max(1, (schoolsOf.get(s.municipality()).size() + 49) / 50);
                    path = switch (r.nextInt(8)) {
                        case 0 -> "/monitoring?below=true";
                        case 1 -> "/monitoring?sort=coverage";
                        case 2 -> "/monitoring?sort=gap&page=" + (1 + r.nextInt(pages));
                        case 3 -> "/monitoring?page=" + (1 + r.nextInt(pages));
                        default -> "/monitoring";
                    };
                }
                case DRILL_DOWN -> path = "/monitoring/schools/" + school;
                case PAIR_LIST -> {
                    StringBuilder q = new StringBuilder("/schools/" + school + "/pairs?");
                    int f = r.nextInt(20);
                    if (f < 6) {
                        q.append("status=").append(new String[] {"ACTIVE", "DRAFT", "COMPLETED"}[r.nextInt(3)])
                                .append('&');
                    } else if (f < 9 && forms.length > 0) {
                        q.append("form=").append(any(forms, r)).append('&');
                    } else if (f < 11) {
                        q.append("grade=").append(1 + r.nextInt(11)).append('&');
                    } else if (f < 12) {
                        q.append("withoutOrder=true&");
                    }
                    q.append("page=").append(r.nextBoolean() ? 1 : 2 + r.nextInt(9));
                    path = q.toString();
                }
                case PEOPLE_LIST -> {
                    StringBuilder q = new StringBuilder("/schools/" + school + "/people?");
                    int f = r.nextInt(10);
                    if (f < 4) {
                        q.append("kind=STUDENT&");
                    } else if (f < 6) {
                        q.append("kind=TEACHER&");
                    } else if (f < 8) {
                        q.append("q=").append(enc(new String[] {"Иванов", "Петров", "Смирн", "Соколова", "Алекс",
                                "Кузнецов Дмитрий", "Орлов"}[r.nextInt(7)])).append('&');
                    }
                    q.append("page=").append(r.nextBoolean() ? 1 : 2 + r.nextInt(20));
                    path = q.toString();
                }
                case BASES -> {
                    if (r.nextInt(3) == 0) {
                        path = "/schools/" + school + "/mentors?untrained=" + r.nextBoolean() + "&page="
                                + (1 + r.nextInt(3));
                    } else {
                        path = "/schools/" + school + "/mentees?grade=" + (1 + r.nextInt(11)) + "&mentor="
                                + new String[] {"ANY", "WITH", "WITHOUT"}[r.nextInt(3)] + "&page=" + (1 + r.nextInt(3));
                    }
                }
                case PERSON -> path = data == null || data.persons().length == 0 ? "/schools/" + school + "/people"
                        : "/people/" + any(data.persons(), r);
                case PAIR -> path = data == null || data.pairs().length == 0 ? "/schools/" + school + "/pairs"
                        : "/pairs/" + any(data.pairs(), r);
                case REGISTER -> {
                    String body = "_csrf=" + enc(s.csrf()) + "&formId=" + form + "&mentorId=" + any(data.mentors(), r)
                            + "&menteeIds=" + any(data.mentees(), r) + "&startDate=" + start + "&plannedEnd=" + end
                            + "&goal=" + enc(GOAL_TEXT) + "&token=" + UUID.randomUUID();
                    return new Req(k, "POST", "/schools/" + school + "/pairs", body);
                }
                case REPORTS -> path = (s.role() == Role.DEPARTMENT || s.role() == Role.METHODOLOGIST)
                        && r.nextInt(3) == 0 ? "/reports/summary" : "/reports";
                case ROADMAPS -> path = r.nextBoolean() ? "/roadmaps" : "/roadmaps/school/" + school;
                case SCHOOL -> path = "/schools/" + school;
                case EXPORT -> path = s.role() == Role.CURATOR ? "/schools/" + school + "/requests.xlsx"
                        : "/monitoring/municipalities/" + s.municipality() + "/schools.xlsx";
                default -> throw new IllegalStateException();
            }
            return new Req(k, "GET", path, null);
        }
    }

    static HttpRequest request(Req q, Session s) {
        return "POST".equals(q.method()) ? post(q.path(), s.cookie(), q.body()).build()
                : get(q.path(), s == null ? null : s.cookie()).build();
    }

    static final byte[] PASSWORD_FIELD = "name=\"password\"".getBytes(StandardCharsets.UTF_8);

    /** Null when the answer is what the page kind expects, else the reason it counts as an error. */
    static String problem(Kind kind, HttpResponse<byte[]> res) {
        int status = res.statusCode();
        String location = res.headers().firstValue("location").orElse("");
        if (kind == Kind.REGISTER) {
            if (status == 302 && location.contains("/pairs/")) {
                return null;
            }
            return status == 200 ? "refused (form shown again)" : "status " + status;
        }
        if (status >= 400 || status < 200) {
            return "status " + status;
        }
        if (status >= 300) {
            return location.contains("/login") ? "redirect to login" : null;
        }
        String type = res.headers().firstValue("content-type").orElse("");
        if (kind == Kind.EXPORT) {
            return type.contains("spreadsheetml") ? null : "not a spreadsheet";
        }
        if (type.startsWith("text/html") && indexOf(res.body(), PASSWORD_FIELD) >= 0) {
            return "login page";
        }
        return null;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static void record(Phase phase, Kind kind, long micros, String error, String path) {
        Stats st = phase.byKind.get(kind);
        if (error != null) {
            st.error(error);
            phase.all.error(error);
        }
        st.add(micros, path);
        phase.all.add(micros, path);
    }

    /** Requests of the open loop waiting for an answer at most; beyond, a request counts as an error unsent. */
    static final int MAX_IN_FLIGHT = env("IN_FLIGHT", 1024);

    /** The mix on a fixed schedule: request i is sent at start + i / rate whatever happened to the earlier ones. */
    static Phase openLoop(String name, Mixer mix, int rate, int seconds) throws InterruptedException {
        Phase phase = new Phase(name);
        long period = 1_000_000_000L / rate;
        long durationNs = seconds * 1_000_000_000L;
        AtomicInteger inFlight = new AtomicInteger();
        phase.startNs = System.nanoTime() + 20_000_000L;
        AtomicLong lastEnd = new AtomicLong(phase.startNs);
        for (long i = 0; ; i++) {
            final long scheduled = phase.startNs + i * period;
            if (scheduled - phase.startNs >= durationNs) {
                break;
            }
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Session[] s = new Session[1];
            Kind kind = mix.pickKind(ThreadLocalRandom.current());
            Req q = mix.next(kind, s);
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                record(phase, kind, (System.nanoTime() - scheduled) / 1000, "client: too many in flight", q.path());
                continue;
            }
            inFlight.incrementAndGet();
            CLIENT.sendAsync(request(q, s[0]), HttpResponse.BodyHandlers.ofByteArray()).whenComplete((res, ex) -> {
                long now = System.nanoTime();
                String error = ex != null ? "transport: " + rootCause(ex) : problem(kind, res);
                record(phase, kind, (now - scheduled) / 1000, error, q.path());
                lastEnd.accumulateAndGet(now, Math::max);
                inFlight.decrementAndGet();
            });
        }
        long deadline = System.nanoTime() + TIMEOUT.toNanos() + 5_000_000_000L;
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        phase.endNs = Math.max(lastEnd.get(), phase.startNs + durationNs);
        return phase;
    }

    static String rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName();
    }

    /** CONNS loops each sending the next request when the last is answered, for the given time. */
    static Phase closedLoop(String name, Mixer mix, Req fixed, int conns, int seconds) throws InterruptedException {
        return closedLoop(name, mix, fixed, conns, seconds, null);
    }

    /** A closed loop of the mix, of one kind of it ({@code only}), or of one fixed request. */
    static Phase closedLoop(String name, Mixer mix, Req fixed, int conns, int seconds, Kind only)
            throws InterruptedException {
        Phase phase = new Phase(name);
        phase.startNs = System.nanoTime();
        long stop = phase.startNs + seconds * 1_000_000_000L;
        Thread[] threads = new Thread[conns];
        for (int t = 0; t < conns; t++) {
            threads[t] = new Thread(() -> {
                while (System.nanoTime() < stop) {
                    Session[] s = new Session[1];
                    Req q = fixed != null ? fixed
                            : mix.next(only != null ? only : mix.pickKind(ThreadLocalRandom.current()), s);
                    long t0 = System.nanoTime();
                    String error;
                    try {
                        HttpResponse<byte[]> res = CLIENT.send(request(q, s[0]), HttpResponse.BodyHandlers.ofByteArray());
                        error = problem(q.kind(), res);
                    } catch (IOException e) {
                        error = "transport: " + rootCause(e);
                    } catch (InterruptedException e) {
                        return;
                    }
                    record(phase, q.kind(), (System.nanoTime() - t0) / 1000, error, q.path());
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        phase.endNs = System.nanoTime();
        return phase;
    }

    static long[] sqlCount(boolean reset) {
        try {
            HttpResponse<String> res = CLIENT.send(get("/bench/sql-count" + (reset ? "?reset" : ""), null).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("requests=(\\d+).*statements=(\\d+)").matcher(res.body());
            return m.find() ? new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))} : null;
        } catch (Exception e) {
            return null;
        }
    }

    static void run(String[] args) throws Exception {
        base = args[1];
        List<Session> sessions = new ArrayList<>();
        for (String[] r : tsv(Path.of(args[2]))) {
            sessions.add(new Session(r[0], Role.valueOf(r[1]), Long.parseLong(r[2]), Long.parseLong(r[3]), r[4],
                    r.length > 5 && !r[5].isEmpty() ? r[5] : null));
        }
        Map<Long, School> schools = new HashMap<>();
        long form = 0;
        long[] forms = new long[0];
        for (String[] r : tsv(Path.of(args[3]))) {
            if (r[0].equals("form")) {
                form = Long.parseLong(r[1]);
                forms = ids(r[2]);
                continue;
            }
            schools.put(Long.parseLong(r[0]), new School(Long.parseLong(r[0]), Long.parseLong(r[1]), ids(r[2]),
                    ids(r[3]), ids(r[4]), ids(r[5])));
        }
        Path out = Path.of(args[4]);
        Map<Kind, Integer> weights = new EnumMap<>(Kind.class);
        String mixEnv = System.getenv("MIX");
        if (mixEnv != null && !mixEnv.isBlank()) {
            for (String part : mixEnv.split(",")) {
                String[] kv = part.split("=");
                for (Kind k : Kind.values()) {
                    if (k.label.equals(kv[0].trim().replace('_', ' '))) {
                        weights.put(k, Integer.parseInt(kv[1].trim()));
                    }
                }
            }
        }
        int rate = env("RATE", 300);
        int duration = env("DURATION", 60);
        int warmup = env("WARMUP", 15);
        int conns = env("CONNS", 16);
        int staticSeconds = env("STATIC_SECONDS", Math.min(10, duration));
        int probe = env("PROBE", 20);
        Mixer mix = new Mixer(sessions, schools, form, forms, weights);
        Properties p = new Properties();
        p.setProperty("sessions", Integer.toString(sessions.size()));
        p.setProperty("rate", Integer.toString(rate));
        p.setProperty("duration", Integer.toString(duration));
        p.setProperty("conns", Integer.toString(conns));
        PrintStream o = System.out;

        Req css = new Req(Kind.HOME, "GET", "/css/app.css", null);
        closedLoop("static warm-up", null, css, conns, 2);
        Phase stat = closedLoop("static", null, css, conns, staticSeconds);
        double staticRps = stat.all.okPerSecond(stat.seconds());
        p.setProperty("static.rps", fmt(staticRps));
        p.setProperty("static.p99", fmt(stat.all.percentileMs(99)));
        p.setProperty("static.errors", Long.toString(stat.all.errorCount()));
        o.printf("static file /css/app.css, closed loop of %d: %.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors%n",
                conns, staticRps, stat.all.percentileMs(50), stat.all.percentileMs(99), stat.all.errorCount());

        if (warmup > 0) {
            Phase w = openLoop("warm-up", mix, rate, warmup);
            o.printf("warm-up: %d s of the mix at %d req/s (%d answers, %d errors, p99 %.0f ms)%n", warmup, rate,
                    w.all.count(), w.all.errorCount(), w.all.percentileMs(99));
        }

        long[] before = sqlCount(true);
        Phase open = openLoop("open", mix, rate, duration);
        long[] after = sqlCount(false);
        if (before != null && after != null && open.all.count() > 0) {
            p.setProperty("open.sqlPerRequest", fmt((double) after[1] / open.all.count()));
        }
        store(p, open, mix);
        print(o, "open loop at " + rate + " req/s offered for " + duration + " s (latency from the scheduled send)",
                open, mix);

        Phase closed = closedLoop("closed", mix, null, conns, duration);
        store(p, closed, mix);
        print(o, "closed loop, " + conns + " connections, " + duration + " s (the maximum)", closed, mix);
        double closedRps = closed.all.okPerSecond(closed.seconds());
        p.setProperty("ratio.closedToStatic", fmt(closedRps / staticRps));
        p.setProperty("ratio.openToStatic", fmt(open.all.okPerSecond(open.seconds()) / staticRps));
        o.printf("mix ÷ static file: closed-loop maximum %.3f, open loop at %d req/s %.3f%n", closedRps / staticRps,
                rate, open.all.okPerSecond(open.seconds()) / staticRps);

        if (probe > 0) {
            o.printf("one at a time, %d requests per kind (SQL statements per request from app.bench.sql-count, "
                    + "background work included):%n", probe);
            for (Kind k : mix.kinds) {
                Phase one = new Phase("probe");
                sqlCount(true);
                for (int i = 0; i < probe; i++) {
                    Session[] s = new Session[1];
                    Req q = mix.next(k, s);
                    long t0 = System.nanoTime();
                    String error;
                    try {
                        error = problem(k, CLIENT.send(request(q, s[0]), HttpResponse.BodyHandlers.ofByteArray()));
                    } catch (IOException e) {
                        error = "transport: " + rootCause(e);
                    }
                    record(one, k, (System.nanoTime() - t0) / 1000, error, q.path());
                }
                long[] c = sqlCount(false);
                Stats st = one.byKind.get(k);
                if (c != null) {
                    p.setProperty("probe." + k.key() + ".sql", fmt((double) c[1] / probe));
                }
                p.setProperty("probe." + k.key() + ".p50", fmt(st.percentileMs(50)));
                p.setProperty("probe." + k.key() + ".max", fmt(st.percentileMs(100)));
                p.setProperty("probe." + k.key() + ".slowest", st.slowest());
                o.printf("  %-12s SQL/req %6s   alone: p50 %8.1f ms, max %8.1f ms, %d errors; slowest %s%n", k.label,
                        c == null ? "?" : fmt((double) c[1] / probe), st.percentileMs(50), st.percentileMs(100),
                        st.errorCount(), st.slowest());
            }
        }
        int aloneSeconds = env("ALONE_SECONDS", 0);
        if (aloneSeconds > 0) {
            // each kind's own maximum: which pages the mix's maximum waits for
            o.printf("each kind alone, closed loop of %d connections for %d s after 3 s of warm-up:%n", conns,
                    aloneSeconds);
            p.setProperty("alone.seconds", Integer.toString(aloneSeconds));
            for (Kind k : mix.kinds) {
                closedLoop("alone warm-up", mix, null, conns, 3, k);
                Phase a = closedLoop("alone", mix, null, conns, aloneSeconds, k);
                Stats st = a.byKind.get(k);
                double rps = st == null ? 0 : st.okPerSecond(a.seconds());
                p.setProperty("alone." + k.key() + ".rps", fmt(rps));
                p.setProperty("alone." + k.key() + ".p99", st == null ? "" : fmt(st.percentileMs(99)));
                p.setProperty("alone." + k.key() + ".share", fmt(mix.share(k)));
                o.printf("  %-12s %8.1f req/s, p99 %8.1f ms, %d errors%n", k.label, rps,
                        st == null ? Double.NaN : st.percentileMs(99), st == null ? 0 : st.errorCount());
            }
        }
        try (var w = Files.newBufferedWriter(out)) {
            p.store(w, "bench/Mix.java run");
        }
    }

    static String fmt(double d) {
        return Double.isNaN(d) ? "" : String.format(Locale.ROOT, "%.2f", d);
    }

    static void store(Properties p, Phase ph, Mixer mix) {
        String n = ph.name;
        p.setProperty(n + ".rps", fmt(ph.all.okPerSecond(ph.seconds())));
        p.setProperty(n + ".requests", Integer.toString(ph.all.count()));
        p.setProperty(n + ".errors", Long.toString(ph.all.errorCount()));
        p.setProperty(n + ".p50", fmt(ph.all.percentileMs(50)));
        p.setProperty(n + ".p95", fmt(ph.all.percentileMs(95)));
        p.setProperty(n + ".p99", fmt(ph.all.percentileMs(99)));
        StringBuilder reasons = new StringBuilder();
        ph.all.errors.forEach((r, c) -> reasons.append(reasons.length() > 0 ? "; " : "").append(r).append(" × ")
                .append(c.sum()));
        p.setProperty(n + ".errorReasons", reasons.toString());
        for (Kind k : mix.kinds) {
            Stats st = ph.byKind.get(k);
            String key = n + "." + k.key();
            p.setProperty(key + ".share", fmt(mix.share(k)));
            p.setProperty(key + ".n", Integer.toString(st.count()));
            p.setProperty(key + ".rps", fmt(st.okPerSecond(ph.seconds())));
            p.setProperty(key + ".p50", fmt(st.percentileMs(50)));
            p.setProperty(key + ".p95", fmt(st.percentileMs(95)));
            p.setProperty(key + ".p99", fmt(st.percentileMs(99)));
            p.setProperty(key + ".max", fmt(st.percentileMs(100)));
            p.setProperty(key + ".errors", Long.toString(st.errorCount()));
            p.setProperty(key + ".slowest", st.slowest());
        }
    }

    static void print(PrintStream o, String title, Phase ph, Mixer mix) {
        o.println(title + ":");
        o.printf("  %-12s %6s %7s %8s %9s %9s %9s %9s %7s%n", "kind", "share", "n", "ok/s", "p50 ms", "p95 ms",
                "p99 ms", "max ms", "errors");
        for (Kind k : mix.kinds) {
            Stats st = ph.byKind.get(k);
            o.printf("  %-12s %5.1f%% %7d %8.1f %9.1f %9.1f %9.1f %9.1f %7d%n", k.label, mix.share(k), st.count(),
                    st.okPerSecond(ph.seconds()), st.percentileMs(50), st.percentileMs(95), st.percentileMs(99),
                    st.percentileMs(100), st.errorCount());
        }
        o.printf("  %-12s %6s %7d %8.1f %9.1f %9.1f %9.1f %9.1f %7d%n", "all", "", ph.all.count(),
                ph.all.okPerSecond(ph.seconds()), ph.all.percentileMs(50), ph.all.percentileMs(95),
                ph.all.percentileMs(99), ph.all.percentileMs(100), ph.all.errorCount());
        o.println("  slowest request of each kind:");
        for (Kind k : mix.kinds) {
            if (ph.byKind.get(k).count() > 0) {
                o.printf("    %-12s %s%n", k.label, ph.byKind.get(k).slowest());
            }
        }
        if (ph.all.errorCount() > 0) {
            o.print("  errors:");
            ph.all.errors.forEach((r, c) -> o.print(" " + r + " × " + c.sum() + ";"));
            o.println();
        }
    }

    // -------------------------------------------------------------------------------------------------- visible

    static final Pattern TEACHERS = Pattern.compile("data-testid=\"teachers\".*?</dl>", Pattern.DOTALL);
    static final Pattern DRAFTS = Pattern.compile("черновик\\s*:\\s*([0-9\\s\\u00a0\\u202f]+)");

    static long drafts(Session dept) throws Exception {
        String html = CLIENT.send(get("/monitoring", dept.cookie()).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = TEACHERS.matcher(html);
        if (!m.find()) {
            return -1;
        }
        String text = m.group().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        Matcher d = DRAFTS.matcher(text);
        return d.find() ? Long.parseLong(d.group(1).replaceAll("\\D", "")) : -1;
    }

    static void visible(String[] args) throws Exception {
        base = args[1];
        Session dept = logIn(args[2], Role.DEPARTMENT, 0, 0);
        long school = Long.parseLong(args[4]);
        Session curator = logIn(args[3], Role.CURATOR, 0, school);
        long expected = Long.parseLong(args[8]);
        drafts(dept); // the dashboard open, as it is under load
        String body = "_csrf=" + enc(curator.csrf()) + "&formId=" + args[5] + "&mentorId=" + args[6] + "&menteeIds="
                + args[7] + "&startDate=" + LocalDate.now() + "&plannedEnd=" + LocalDate.now().plusMonths(9)
                + "&goal=" + enc("Видимость") + "&token=" + UUID.randomUUID();
        HttpResponse<String> res = CLIENT.send(post("/schools/" + school + "/pairs", curator.cookie(), body).build(),
                HttpResponse.BodyHandlers.ofString());
        long t0 = System.nanoTime();
        if (res.statusCode() != 302) {
            System.out.println("registration refused (" + res.statusCode() + ")");
            return;
        }
        while (System.nanoTime() - t0 < 60_000_000_000L) {
            if (drafts(dept) >= expected) {
                System.out.println((System.nanoTime() - t0) / 1_000_000 + " ms");
                return;
            }
            Thread.sleep(50);
        }
        System.out.println("not within 60 s (expected " + expected + " drafts)");
    }

    // --------------------------------------------------------------------------------------------------- report

    static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p)) {
            props.load(r);
        }
        return props;
    }

    static double num(Properties p, String key) {
        String v = p.getProperty(key, "");
        try {
            return Double.parseDouble(v.replaceAll("[^0-9.\\-]", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A property as a number, NaN when it is missing or empty. */
    static double number(Properties p, String key) {
        String v = p.getProperty(key, "");
        return v.isEmpty() ? Double.NaN : Double.parseDouble(v);
    }

    static String cell(Properties p, String key) {
        String v = p.getProperty(key, "");
        return v.isEmpty() ? "–" : v;
    }

    static void report(String[] args) throws IOException {
        PrintStream o = System.out;
        o.print(Files.readString(Path.of(args[1])));
        Map<String, Properties> runs = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            if (Files.exists(Path.of(args[i]))) {
                Properties p = load(Path.of(args[i]));
                runs.put(p.getProperty("label", "run " + (i - 1)), p);
            }
        }
        List<String> names = new ArrayList<>(runs.keySet());
        Properties first = runs.get(names.get(0));
        o.println();
        o.printf("Open loop: the mix at %s req/s offered for %s s, %s sessions; latency from each request's scheduled "
                + "send time (queueing included)%n", first.getProperty("rate"), first.getProperty("duration"),
                first.getProperty("sessions"));
        o.printf("%-12s %5s |", "page kind", "share");
        for (String n : names) {
            o.printf(" %-44s|", n + ": req/s  p50  p95  p99 ms  errors  SQL/req");
        }
        o.println();
        for (Kind k : Kind.values()) {
            String key = "open." + k.key();
            if (first.getProperty(key + ".n") == null) {
                continue;
            }
            o.printf("%-12s %4s%% |", k.label, cell(first, key + ".share").replaceAll("\\.\\d+$", ""));
            for (String n : names) {
                Properties p = runs.get(n);
                o.printf(" %7s %6s %6s %7s %6s %7s |", cell(p, key + ".rps"), round(p, key + ".p50"),
                        round(p, key + ".p95"), round(p, key + ".p99"), cell(p, key + ".errors"),
                        cell(p, "probe." + k.key() + ".sql"));
            }
            o.println();
        }
        o.printf("%-12s %5s |", "all", "");
        for (String n : names) {
            Properties p = runs.get(n);
            o.printf(" %7s %6s %6s %7s %6s %7s |", cell(p, "open.rps"), round(p, "open.p50"), round(p, "open.p95"),
                    round(p, "open.p99"), cell(p, "open.errors"), cell(p, "open.sqlPerRequest"));
        }
        o.println();
        o.println();
        o.printf("Closed loop: %s connections as fast as answered for %s s (the maximum)%n",
                first.getProperty("conns"), first.getProperty("duration"));
        o.printf("%-12s        |", "page kind");
        for (String n : names) {
            o.printf(" %-44s|", n + ": req/s  p50  p95  p99 ms  errors  alone ms");
        }
        o.println();
        for (Kind k : Kind.values()) {
            String key = "closed." + k.key();
            if (first.getProperty(key + ".n") == null) {
                continue;
            }
            o.printf("%-12s        |", k.label);
            for (String n : names) {
                Properties p = runs.get(n);
                o.printf(" %7s %6s %6s %7s %6s %7s |", cell(p, key + ".rps"), round(p, key + ".p50"),
                        round(p, key + ".p95"), round(p, key + ".p99"), cell(p, key + ".errors"),
                        round(p, "probe." + k.key() + ".p50"));
            }
            o.println();
        }
        o.printf("%-12s        |", "all");
        for (String n : names) {
            Properties p = runs.get(n);
            o.printf(" %7s %6s %6s %7s %6s %7s |", cell(p, "closed.rps"), round(p, "closed.p50"),
                    round(p, "closed.p95"), round(p, "closed.p99"), cell(p, "closed.errors"), "");
        }
        o.println();
        if (first.getProperty("alone.seconds") != null) {
            o.println();
            o.printf("Each kind alone: a closed loop of %s connections for %s s of that kind only (ALONE_SECONDS), and"
                    + " the part of the mix's time it takes (its share ÷ its req/s, of the sum over kinds)%n",
                    first.getProperty("conns"), first.getProperty("alone.seconds"));
            o.printf("%-12s %5s |", "page kind", "share");
            for (String n : names) {
                o.printf(" %-32s|", n + ": req/s  p99 ms  of the time");
            }
            o.println();
            Map<String, Double> sums = new LinkedHashMap<>();
            for (String n : names) {
                double sum = 0;
                for (Kind k : Kind.values()) {
                    double rps = number(runs.get(n), "alone." + k.key() + ".rps");
                    double share = number(runs.get(n), "alone." + k.key() + ".share");
                    if (rps > 0 && share > 0) {
                        sum += share / 100 / rps;
                    }
                }
                sums.put(n, sum);
            }
            for (Kind k : Kind.values()) {
                String key = "alone." + k.key();
                if (first.getProperty(key + ".rps") == null) {
                    continue;
                }
                o.printf("%-12s %4s%% |", k.label, cell(first, key + ".share").replaceAll("\\.\\d+$", ""));
                for (String n : names) {
                    Properties p = runs.get(n);
                    double rps = number(p, key + ".rps");
                    double part = rps > 0 ? number(p, key + ".share") / 100 / rps / sums.get(n) * 100 : Double.NaN;
                    o.printf(" %7s %8s %13s |", cell(p, key + ".rps"), round(p, key + ".p99"),
                            Double.isNaN(part) ? "" : String.format(Locale.ROOT, "%.0f %%", part));
                }
                o.println();
            }
            o.printf("%-12s %5s |", "the mix", "");
            for (String n : names) {
                double sum = sums.get(n);
                o.printf(" %-32s|", sum > 0 ? String.format(Locale.ROOT, "%.1f req/s if each kind took its own"
                        + " time", 1 / sum) : "");
            }
            o.println();
        }
        o.println("(SQL/req and «alone ms»: each kind's requests sent one at a time after the loads, the statements "
                + "the portal sent meanwhile, background work included, divided by them, and their median time; "
                + "SQL/req of «all»: the statements of the whole open loop divided by its answers. req/s counts "
                + "answers that were not errors; the percentiles are over every request, errors included)");
        o.println();
        for (String n : names) {
            Properties p = runs.get(n);
            o.printf("%-9s static file %s req/s (p99 %s ms); mix ÷ static: closed-loop maximum %s, open loop %s; "
                    + "start %s s; heap used after the run %s MB (RSS %s MB); registration visible after %s%n", n,
                    cell(p, "static.rps"), cell(p, "static.p99"), cell(p, "ratio.closedToStatic"),
                    cell(p, "ratio.openToStatic"), cell(p, "start"), cell(p, "heapMb"), cell(p, "rssMb"),
                    cell(p, "visible"));
            if (!p.getProperty("open.errorReasons", "").isEmpty() || !p.getProperty("closed.errorReasons", "")
                    .isEmpty()) {
                o.printf("%-9s errors: open loop: %s; closed loop: %s%n", "", cell(p, "open.errorReasons"),
                        cell(p, "closed.errorReasons"));
            }
        }
        o.println();
        o.println("Slowest single request of each kind in the open loop:");
        for (Kind k : Kind.values()) {
            if (first.getProperty("open." + k.key() + ".n") == null) {
                continue;
            }
            o.printf("  %-12s", k.label);
            for (String n : names) {
                o.printf(" %s: %s;", n, cell(runs.get(n), "open." + k.key() + ".slowest"));
            }
            o.println();
        }
        o.println();
        o.println("Goals (issue 19, region data, this 2-core machine):");
        o.printf("  %-52s", "goal");
        for (String n : names) {
            o.printf(" %-24s", n);
        }
        o.println();
        goal(o, runs, "mix throughput, open loop (req/s) >= 300", p -> num(p, "open.rps"), 300, true);
        goal(o, runs, "mix throughput, closed-loop maximum (req/s) >= 300", p -> num(p, "closed.rps"), 300, true);
        goal(o, runs, "mix answered without errors (open loop)", p -> num(p, "open.errors"), 0, false);
        for (Kind k : Kind.values()) {
            if (first.getProperty("open." + k.key() + ".n") != null) {
                goal(o, runs, k.label + " p99 (ms, open loop) <= 250", p -> num(p, "open." + k.key() + ".p99"), 250,
                        false);
            }
        }
        goal(o, runs, "registration visible on the dashboard (ms) <= 1000", p -> num(p, "visible"), 1000, false);
        goal(o, runs, "start, 'Started … in N s' (s) <= 15", p -> num(p, "start"), 15, false);
        goal(o, runs, "heap used after the run (MB) <= 512", p -> num(p, "heapMb"), 512, false);
    }

    static String round(Properties p, String key) {
        double d = num(p, key);
        return Double.isNaN(d) ? "–" : d >= 100 ? String.format(Locale.ROOT, "%.0f", d)
                : String.format(Locale.ROOT, "%.1f", d);
    }

    interface Measure {
        double of(Properties p);
    }

    static void goal(PrintStream o, Map<String, Properties> runs, String text, Measure m, double goal,
            boolean atLeast) {
        o.printf("  %-52s", text);
        for (Properties p : runs.values()) {
            double v = m.of(p);
            boolean ok = !Double.isNaN(v) && (atLeast ? v >= goal : v <= goal);
            String shown = Double.isNaN(v) ? "?" : v == Math.rint(v) && Math.abs(v) < 1e9
                    ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
            o.printf(" %-24s", (ok ? "met     " : "MISSED  ") + shown);
        }
        o.println();
    }
}
