package ru.edu.mentoring.monitoring;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.monitoring.Monitoring.Dashboard;
import ru.edu.mentoring.monitoring.Monitoring.SchoolLine;

/**
 * The public face of the coverage engine for other modules (the annual school report): one school's coverage in a
 * calendar year, with its pairs by form and by status. The caller has already checked that the user reads the school.
 */
@Service
public class SchoolCoverage {

    /** Coverage as of {@code asOf}; pairs by form (non-draft) and by status whose period overlaps the year. */
    public record Result(LocalDate asOf, Figure figure, Map<String, Long> pairsByForm,
            Map<String, Long> pairsByStatus) {}

    /**
     * One school's figures of an academic year: the period it covers (1 September – 31 August), the date they are as
     * of (its last day, or today while it runs), the calendar year whose student count and target apply (the year it
     * starts in: the count of the autumn, the target «by 31 December» that falls inside it), the coverage and the
     * pairs of the period.
     */
    public record YearResult(int academicYear, LocalDate from, LocalDate asOf, int countYear, Figure figure,
            Map<String, Long> pairsByForm, Map<String, Long> pairsByStatus) {}

    private final Monitoring monitoring;
    private final MonitoringQueries queries;
    private final Targets targets;

    SchoolCoverage(Monitoring monitoring, MonitoringQueries queries, Targets targets) {
        this.monitoring = monitoring;
        this.queries = queries;
        this.targets = targets;
    }

    /**
     * The school's figures of the academic year starting in {@code academicYear}: students involved in a pair that ran
     * at some time between 1 September and the as-of date (its 31 August, or today), counted once, over the student
     * count of the calendar year {@code academicYear}, against that year's target; pairs by form and status of the
     * same period. Two academic years never share a pair that ran in only one of them.
     */
    @Transactional(readOnly = true)
    public YearResult ofAcademicYear(long municipalityId, long schoolId, int academicYear) {
        LocalDate from = LocalDate.of(academicYear, 9, 1);
        LocalDate end = LocalDate.of(academicYear + 1, 8, 31);
        LocalDate today = monitoring.asOf(null);
        LocalDate asOf = today.isBefore(end) ? today : end;
        int countYear = academicYear;
        MonitoringQueries.PeriodFacts f = asOf.isBefore(from)
                ? new MonitoringQueries.PeriodFacts(0, null, Map.of(), Map.of())
                : queries.period(schoolId, from, asOf, countYear);
        Integer students = asOf.isBefore(from) ? null : f.students();
        Figure figure = Figure.of(f.involved(), students, targets.byYear(municipalityId).get(countYear));
        return new YearResult(academicYear, from, asOf, countYear, figure, f.pairsByForm(), f.pairsByStatus());
    }

    /** The school's figures for the year, as of 31 December or today if that is earlier. */
    @Transactional
    public Result of(long municipalityId, long schoolId, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate asOf = monitoring.asOf(end);
        Dashboard d = monitoring.dashboard(municipalityId, schoolId, asOf);
        SchoolLine line = d.school();
        Map<String, Long> statuses = new LinkedHashMap<>();
        d.teachers().pairsByStatus().forEach(c -> statuses.put(c.key(), c.n()));
        return new Result(asOf, line.figure(), new LinkedHashMap<>(line.pairsByForm()), statuses);
    }
}
