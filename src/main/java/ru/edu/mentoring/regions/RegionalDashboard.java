package ru.edu.mentoring.regions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import ru.edu.mentoring.monitoring.Coverage;
import ru.edu.mentoring.monitoring.RegionalInvolvement;
import ru.edu.mentoring.schools.MunicipalitySummary;
import ru.edu.mentoring.shared.AcademicYear;

/**
 * The regional dashboard (issue 22 point 1): coverage, gap, trend and the indicators of programme.md 5.2 that the
 * data hold today, per municipality and per type of school. Every figure is a count summed from the schools; every
 * share is recomputed from the summed counts (never an average of percentages). A constant number of statements
 * whatever the number of municipalities: the schools, their student counts, the involvement (monitoring's read model)
 * and the facts, each one statement over the whole region.
 */
@Service
class RegionalDashboard {

    /** Summed counts of a set of schools, and the shares recomputed from them. */
    record Counts(int schools, int withoutCount, long students, long involved, long involvedCounted, long young,
            long youngMentored, long pairsByOrder, long mentors, long trained, long started, long completed) {

        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(schools + o.schools, withoutCount + o.withoutCount, students + o.students,
                    involved + o.involved, involvedCounted + o.involvedCounted, young + o.young,
                    youngMentored + o.youngMentored, pairsByOrder + o.pairsByOrder, mentors + o.mentors,
                    trained + o.trained, started + o.started, completed + o.completed);
        }

        Integer studentsOrNull() {
            return students == 0 ? null : Math.toIntExact(students);
        }

        /** П1: involved students (of schools with a count) ÷ students × 100. */
        public BigDecimal coverage() {
            return Coverage.percent(involvedCounted, studentsOrNull());
        }

        /** П2: young teachers with a mentor ÷ young teachers × 100. */
        public BigDecimal youngShare() {
            return Coverage.share(youngMentored, young);
        }

        /** П4: trained mentors ÷ mentors in the base × 100. */
        public BigDecimal trainedShare() {
            return Coverage.share(trained, mentors);
        }

        /** П5: pairs completed with a final meeting ÷ pairs started in the academic year × 100. */
        public BigDecimal completedShare() {
            return Coverage.share(completed, started);
        }

        public Long gap(BigDecimal target) {
            return Coverage.gap(involvedCounted, studentsOrNull(), target);
        }

        public Boolean met(BigDecimal target) {
            return Coverage.met(involvedCounted, studentsOrNull(), target);
        }
    }

    record Line(long id, String name, Counts counts) {}

    record KindLine(String kind, Counts counts) {}

    record YearPoint(int year, long students, long involved, BigDecimal coverage, BigDecimal target) {}

    record Dashboard(Regions.RegionView region, LocalDate asOf, int year, BigDecimal target, Counts total,
            List<Line> municipalities, List<KindLine> kinds, List<YearPoint> trend) {

        public Long gap() {
            return total.gap(target);
        }

        public String format(BigDecimal percent) {
            return Coverage.format(percent);
        }

        public String chartYears() {
            return String.join(",", trend.stream().map(p -> String.valueOf(p.year())).toList());
        }

        public String chartCoverage() {
            return String.join(",", trend.stream()
                    .map(p -> p.coverage() == null ? "" : p.coverage().toPlainString()).toList());
        }
    }

    private final RegionalQueries queries;
    private final RegionalInvolvement involvement;
    private final Regions regions;
    private final Clock clock;

    RegionalDashboard(RegionalQueries queries, RegionalInvolvement involvement, Regions regions, Clock clock) {
        this.queries = queries;
        this.involvement = involvement;
        this.regions = regions;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A date no later than today and not before the first year. */
    LocalDate asOf(LocalDate requested) {
        LocalDate today = today();
        if (requested == null || requested.isAfter(today)) {
            return today;
        }
        int first = RegionalInvolvement.firstYear();
        return requested.getYear() < first ? LocalDate.of(first, 12, 31) : requested;
    }

    Dashboard build(Regions.RegionView region, LocalDate asOf) {
        int year = asOf.getYear();
        int first = RegionalInvolvement.firstYear();
        var ms = region.municipalityIds();
        Map<Integer, BigDecimal> targets = regions.targetsByYear(region.id());
        List<RegionalQueries.SchoolRow> schools = queries.schools(ms);
        Map<Long, Map<Integer, Integer>> counts = new HashMap<>();
        queries.studentCounts(ms, first, year).forEach(c -> counts.computeIfAbsent(c.schoolId(), k -> new HashMap<>())
                .put(c.year(), c.students()));
        Map<Long, Map<Integer, Long>> involved = new HashMap<>();
        involvement.perSchool(ms, first, year, asOf).forEach(i -> involved
                .computeIfAbsent(i.schoolId(), k -> new HashMap<>()).put(i.year(), i.involved()));
        Map<Long, Map<String, Long>> facts = new HashMap<>();
        queries.facts(ms, year, asOf, AcademicYear.of(asOf)).forEach(f -> facts
                .computeIfAbsent(f.schoolId(), k -> new HashMap<>()).merge(f.kind(), f.n(), Long::sum));

        Map<Long, Counts> byMunicipality = new LinkedHashMap<>();
        Map<String, Counts> byKind = new LinkedHashMap<>();
        for (String kind : List.of("GENERAL", "VOCATIONAL", "SUPPLEMENTARY")) {
            byKind.put(kind, Counts.ZERO);
        }
        region.municipalities().forEach(m -> byMunicipality.put(m.id(), Counts.ZERO));
        long[] trendStudents = new long[year - first + 1];
        long[] trendInvolved = new long[year - first + 1];
        for (RegionalQueries.SchoolRow s : schools) {
            Map<Integer, Integer> c = counts.getOrDefault(s.id(), Map.of());
            Map<Integer, Long> inv = involved.getOrDefault(s.id(), Map.of());
            for (int y = first; y <= year; y++) {
                Integer n = c.get(y);
                if (n != null && n > 0) {
                    trendStudents[y - first] += n;
                    trendInvolved[y - first] += inv.getOrDefault(y, 0L);
                }
            }
            Integer n = c.get(year);
            boolean counted = n != null && n > 0;
            long i = inv.getOrDefault(year, 0L);
            Map<String, Long> f = facts.getOrDefault(s.id(), Map.of());
            Counts one = new Counts(1, n == null ? 1 : 0, counted ? n : 0, i, counted ? i : 0,
                    f.getOrDefault("YOUNG", 0L), f.getOrDefault("YOUNG_MENTORED", 0L),
                    f.getOrDefault("PAIRS_BY_ORDER", 0L), f.getOrDefault("MENTORS", 0L), f.getOrDefault("TRAINED", 0L),
                    f.getOrDefault("STARTED", 0L), f.getOrDefault("COMPLETED_FINAL", 0L));
            byMunicipality.merge(s.municipalityId(), one, Counts::plus);
            byKind.merge(s.kind(), one, Counts::plus);
        }
        Counts total = byMunicipality.values().stream().reduce(Counts.ZERO, Counts::plus);
        List<Line> lines = new ArrayList<>();
        for (MunicipalitySummary m : region.municipalities()) {
            lines.add(new Line(m.id(), m.name(), byMunicipality.get(m.id())));
        }
        List<KindLine> kinds = byKind.entrySet().stream().filter(e -> e.getValue().schools() > 0)
                .map(e -> new KindLine(e.getKey(), e.getValue())).toList();
        List<YearPoint> trend = new ArrayList<>();
        for (int y = first; y <= year; y++) {
            long st = trendStudents[y - first];
            long in = trendInvolved[y - first];
            trend.add(new YearPoint(y, st, in, Coverage.percent(in, st == 0 ? null : Math.toIntExact(st)),
                    targets.get(y)));
        }
        return new Dashboard(region, asOf, year, targets.get(year), total, lines, kinds, trend);
    }
}
