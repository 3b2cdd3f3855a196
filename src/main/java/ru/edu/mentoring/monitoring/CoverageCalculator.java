package ru.edu.mentoring.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The counting rules of domain.md as plain Java over given facts: the specification that the SQL read model
 * ({@link MonitoringQueries}) implements in aggregate, and that the unit tests pin down.
 *
 * <p>A student is involved in year Y as of D at school S if they take part, as mentee or as mentor, in at least one
 * non-draft pair of S whose period [start, end or open] overlaps [1 January Y, D]; counted once per school however many
 * pairs, forms or roles. The municipality counts each person once over its schools that have a student count.
 */
final class CoverageCalculator {

    record PersonFact(long id, boolean student) {}

    record PairFact(long schoolId, boolean draft, LocalDate start, LocalDate end, long mentorId, Set<Long> menteeIds) {}

    record Result(Map<Long, Long> involvedBySchool, Map<Long, BigDecimal> percentBySchool, long municipalInvolved,
            long municipalStudents, BigDecimal municipalPercent) {}

    private CoverageCalculator() {}

    static boolean overlaps(PairFact pair, int year, LocalDate asOf) {
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        return !pair.draft() && !pair.start().isAfter(asOf) && (pair.end() == null || !pair.end().isBefore(yearStart));
    }

    static Result compute(int year, LocalDate asOf, Map<Long, PersonFact> persons, List<PairFact> pairs,
            Map<Long, Integer> studentsBySchool) {
        Map<Long, Set<Long>> involved = new TreeMap<>();
        for (PairFact pair : pairs) {
            if (!overlaps(pair, year, asOf)) {
                continue;
            }
            Set<Long> set = involved.computeIfAbsent(pair.schoolId(), k -> new HashSet<>());
            addIfStudent(set, persons, pair.mentorId());
            pair.menteeIds().forEach(id -> addIfStudent(set, persons, id));
        }
        Map<Long, Long> counts = new TreeMap<>();
        Map<Long, BigDecimal> percents = new TreeMap<>();
        Set<Long> municipal = new HashSet<>();
        long students = 0;
        Set<Long> schools = new HashSet<>(studentsBySchool.keySet());
        schools.addAll(involved.keySet());
        for (Long school : schools) {
            Set<Long> set = involved.getOrDefault(school, Set.of());
            Integer count = studentsBySchool.get(school);
            counts.put(school, (long) set.size());
            percents.put(school, Coverage.percent(set.size(), count));
            if (count != null && count > 0) {
                municipal.addAll(set);
                students += count;
            }
        }
        return new Result(counts, percents, municipal.size(), students,
                Coverage.percent(municipal.size(), students == 0 ? null : (int) students));
    }

    private static void addIfStudent(Set<Long> set, Map<Long, PersonFact> persons, long id) {
        PersonFact p = persons.get(id);
        if (p != null && p.student()) {
            set.add(id);
        }
    }
}
