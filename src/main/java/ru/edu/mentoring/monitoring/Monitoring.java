package ru.edu.mentoring.monitoring;

import ru.edu.mentoring.web.Background;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.monitoring.MonitoringQueries.Fact;
import ru.edu.mentoring.monitoring.MonitoringQueries.Involvement;
import ru.edu.mentoring.monitoring.MonitoringQueries.SchoolCount;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.shared.NaturalOrder;
import ru.edu.mentoring.shared.NotFoundException;

/** Builds the dashboards from the read model, within the user's scope. */
@Service
class Monitoring {

    /** The first year of the target model's targets: the trend starts here. */
    static final int FIRST_YEAR = 2020;

    static final Collator RUSSIAN = Collator.getInstance(Locale.forLanguageTag("ru"));

    record YearPoint(int year, LocalDate asOf, Figure figure) {}

    record Count(String key, long n) {}

    record SchoolLine(long id, String name, Figure figure, Map<String, Long> pairsByForm, long mentors,
            long trainedMentors) {

        public String trainedText() {
            return Coverage.format(Coverage.share(trainedMentors, mentors));
        }

        public long pairs() {
            return pairsByForm.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    record Teachers(long young, long youngMentored, long mentors, long trained, List<Count> pairsByStatus) {

        public String youngText() {
            return Coverage.format(Coverage.share(youngMentored, young));
        }

        public String trainedText() {
            return Coverage.format(Coverage.share(trained, mentors));
        }
    }

    record Dashboard(long municipalityId, String municipalityName, LocalDate asOf, int year, Figure total,
            List<YearPoint> trend, List<SchoolLine> schools, List<String> forms, Teachers teachers,
            long schoolsWithoutCount, List<Count> byForm, List<Count> studentsByForm, List<Count> byGrade,
            Map<String, Long> registeredByGrade) {

        /** Students involved in one form (as mentor or mentee), 0 when none. */
        public long studentsIn(String form) {
            return studentsByForm.stream().filter(c -> c.key().equals(form)).mapToLong(Count::n).findFirst().orElse(0);
        }

        public SchoolLine school() {
            return schools.isEmpty() ? null : schools.get(0);
        }

        /** «2020,2021,…» and the matching values for the chart («» for a year without data). */
        public String chartYears() {
            return String.join(",", trend.stream().map(p -> String.valueOf(p.year())).toList());
        }

        public String chartCoverage() {
            return String.join(",", trend.stream().map(p -> p.figure().percent() == null ? ""
                    : p.figure().percent().toPlainString()).toList());
        }

        public String chartTargets() {
            return String.join(",", trend.stream().map(p -> p.figure().target() == null ? ""
                    : p.figure().target().toPlainString()).toList());
        }
    }

    private final MonitoringQueries queries;
    private final Targets targets;
    private final Clock clock;

    /** The involvement of past years, kept longer than the current year's ({@link PastYears}). */
    private final PastYears pastYears;

    /** Sends a dashboard's facts beside its involvement count (daemon threads); in the background, one after the other. */
    private final java.util.concurrent.Executor parallel = Background.besideUnlessInBackground(
            java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "monitoring-facts");
                t.setDaemon(true);
                return t;
            }));

    Monitoring(MonitoringQueries queries, Targets targets, Clock clock, PastYears pastYears) {
        this.queries = queries;
        this.targets = targets;
        this.clock = clock;
        this.pastYears = pastYears;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- scope -----------------------------------------------------------------------------------------------

    /** The municipality of a methodologist or department user; 403 for others (curators, heads). */
    static long ownMunicipality(CurrentUser user) {
        if (!user.seesWholeMunicipality()) {
            throw new AccessDeniedException("no municipality to monitor");
        }
        return user.municipalityId();
    }

    /** The municipality's dashboard is read by its department and methodologists, the region and the admin. */
    static void checkMunicipality(CurrentUser user, long municipalityId) {
        if (!user.readsMunicipality(municipalityId)) {
            throw new NotFoundException();
        }
    }

    static void checkRegion(CurrentUser user) {
        if (!user.readsSeveralMunicipalities()) {
            throw new AccessDeniedException("not a regional observer");
        }
    }

    static boolean editsTargets(CurrentUser user, long municipalityId) {
        return user.has(Role.DEPARTMENT) && Objects.equals(user.municipalityId(), municipalityId);
    }

    // --- dashboards ------------------------------------------------------------------------------------------

    /** A date no later than today and not before the first year. */
    LocalDate asOf(LocalDate requested) {
        LocalDate today = today();
        if (requested == null || requested.isAfter(today)) {
            return today;
        }
        return requested.getYear() < FIRST_YEAR ? LocalDate.of(FIRST_YEAR, 12, 31) : requested;
    }

    /**
     * The municipal dashboard (schoolId null) or one school's drill-down, as of a date: five SQL statements (and two
     * for the past years when their cache has none), the facts sent beside the involvement count.
     */
    // no transaction: each statement takes a connection of its own only while it runs, so statements sent in
    // parallel never wait for a connection held by the thread that waits for them
    Dashboard dashboard(long municipalityId, Long schoolId, LocalDate asOf) {
        int year = asOf.getYear();
        Map<Integer, BigDecimal> goals = targets.byYear(municipalityId);
        List<SchoolCount> counts = queries.schoolCounts(municipalityId, schoolId, FIRST_YEAR, year);
        if (counts.isEmpty() || (schoolId != null && counts.get(0).schoolId() == null)) {
            throw new NotFoundException();
        }
        String municipalityName = counts.get(0).municipalityName();
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, Map<Integer, Integer>> students = new HashMap<>();
        for (SchoolCount c : counts) {
            if (c.schoolId() == null) {
                continue;
            }
            names.put(c.schoolId(), c.shortName());
            Map<Integer, Integer> byYear = students.computeIfAbsent(c.schoolId(), k -> new HashMap<>());
            if (c.year() != null) {
                byYear.put(c.year(), c.students());
            }
        }
        Map<Integer, Map<Long, Involvement>> involvement = new HashMap<>();
        Map<Integer, Long> counted = new HashMap<>();
        List<Involvement> rows = new ArrayList<>();
        if (year > FIRST_YEAR) {
            rows.addAll(pastYears.involvement(new PastYears.Key(municipalityId, schoolId, year)));
        }
        // the facts (two statements) are counted on other connections meanwhile
        java.util.concurrent.CompletableFuture<List<Fact>> pending = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> queries.facts(municipalityId, schoolId, year, asOf, AcademicYear.of(asOf)), parallel);
        rows.addAll(queries.involvement(municipalityId, schoolId, year, year, asOf));
        for (Involvement i : rows) {
            if (i.schoolId() == null) {
                counted.put(i.year(), i.involvedCounted());
            } else {
                involvement.computeIfAbsent(i.year(), k -> new HashMap<>()).put(i.schoolId(), i);
            }
        }
        List<YearPoint> trend = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= year; y++) {
            LocalDate pointDate = y == year ? asOf : LocalDate.of(y, 12, 31);
            long sum = 0;
            boolean any = false;
            for (Long id : names.keySet()) {
                Integer n = students.get(id).get(y);
                if (n != null && n > 0) {
                    sum += n;
                    any = true;
                }
            }
            trend.add(new YearPoint(y, pointDate, Figure.of(counted.getOrDefault(y, 0L),
                    any ? Math.toIntExact(sum) : null, goals.get(y))));
        }
        Figure total = trend.get(trend.size() - 1).figure();

        Map<Long, Map<String, Map<String, Long>>> facts = new HashMap<>();
        for (Fact f : ru.edu.mentoring.shared.Futures.joined(pending)) {
            facts.computeIfAbsent(f.schoolId(), k -> new HashMap<>())
                    .computeIfAbsent(f.kind(), k -> new TreeMap<>(RUSSIAN::compare)).merge(f.key(), f.n(), Long::sum);
        }
        TreeSet<String> forms = new TreeSet<>(RUSSIAN::compare);
        List<SchoolLine> lines = new ArrayList<>();
        long young = 0;
        long youngMentored = 0;
        long mentors = 0;
        long trained = 0;
        long withoutCount = 0;
        Map<String, Long> statuses = new TreeMap<>();
        Map<String, Long> pairsByForm = new TreeMap<>(RUSSIAN::compare);
        Map<String, Long> studentsByForm = new TreeMap<>(RUSSIAN::compare);
        Map<String, Long> grades = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
        Map<String, Long> registered = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
        for (Map.Entry<Long, String> e : names.entrySet()) {
            long id = e.getKey();
            Map<String, Map<String, Long>> f = facts.getOrDefault(id, Map.of());
            Involvement inv = involvement.getOrDefault(year, Map.of()).get(id);
            Integer n = students.get(id).get(year);
            if (n == null) {
                withoutCount++;
            }
            Map<String, Long> byForm = f.getOrDefault("FORM", Map.of());
            forms.addAll(byForm.keySet());
            long m = single(f, "MENTORS");
            long t = single(f, "TRAINED");
            // a hash map in the collator's order: the page looks a cell up per school and form, and a TreeMap on the
            // shared (synchronized) collator made every lookup a contended lock
            lines.add(new SchoolLine(id, e.getValue(), Figure.of(inv == null ? 0 : inv.involved(), n,
                    goals.get(year)), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byForm)), m, t));
            young += single(f, "YOUNG");
            youngMentored += single(f, "YOUNG_MENTORED");
            mentors += m;
            trained += t;
            f.getOrDefault("STATUS", Map.of()).forEach((k, v) -> statuses.merge(k, v, Long::sum));
            byForm.forEach((k, v) -> pairsByForm.merge(k, v, Long::sum));
            f.getOrDefault("FORM_STUDENTS", Map.of()).forEach((k, v) -> studentsByForm.merge(k, v, Long::sum));
            f.getOrDefault("GRADE", Map.of()).forEach((k, v) -> grades.merge(k, v, Long::sum));
            f.getOrDefault("GRADE_REGISTERED", Map.of()).forEach((k, v) -> registered.merge(k, v, Long::sum));
        }
        List<Count> statusList = new ArrayList<>();
        for (String s : List.of("DRAFT", "ACTIVE", "COMPLETED", "TERMINATED")) {
            statusList.add(new Count(s, statuses.getOrDefault(s, 0L)));
        }
        List<Count> gradeList = new ArrayList<>();
        registered.keySet().forEach(g -> grades.putIfAbsent(g, 0L));
        grades.forEach((k, v) -> gradeList.add(new Count(k, v)));
        return new Dashboard(municipalityId, municipalityName, asOf, year, total, trend, lines, List.copyOf(forms),
                new Teachers(young, youngMentored, mentors, trained, statusList), withoutCount,
                counts(pairsByForm), counts(studentsByForm), gradeList, registered);
    }

    /** A municipality's line of the regional overview. */
    record RegionLine(long id, String name, int schools, int withoutCount, Figure figure) {}

    /** Every municipality's coverage as of a date, in the natural order of their names (the regional overview). */
    List<RegionLine> region(LocalDate date) {
        int year = date.getYear();
        Map<Long, BigDecimal> goals = targets.forYear(year);
        return queries.region(year, date).stream().map(m -> new RegionLine(m.municipalityId(),
                m.name(), m.schools(), m.schools() - m.schoolsWithCount(), Figure.of(m.involved(),
                        m.students() == 0 ? null : Math.toIntExact(m.students()),
                        goals.containsKey(m.municipalityId()) ? goals.get(m.municipalityId())
                                : targets.byYear(m.municipalityId()).get(year))))
                .sorted(NaturalOrder.by(RegionLine::name))
                .toList();
    }

    private static List<Count> counts(Map<String, Long> map) {
        return map.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    private static long single(Map<String, Map<String, Long>> facts, String kind) {
        return facts.getOrDefault(kind, Map.of()).getOrDefault("", 0L);
    }

    /** The per-school lines sorted (name, coverage, gap) and optionally only those below the target. */
    static List<SchoolLine> sorted(List<SchoolLine> lines, String sort, boolean belowOnly) {
        // natural order (№ 2 before № 10); a comparator of its own per call: Collator.compare is synchronized
        Comparator<SchoolLine> byName = NaturalOrder.by(SchoolLine::name);
        Comparator<SchoolLine> order = switch (sort == null ? "" : sort) {
            case "coverage" -> Comparator.comparing((SchoolLine l) -> l.figure().percent(),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byName);
            case "gap" -> Comparator.comparing((SchoolLine l) -> l.figure().gap(),
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(byName);
            default -> byName;
        };
        return lines.stream().filter(l -> !belowOnly || l.figure().below()).sorted(order).toList();
    }
}
