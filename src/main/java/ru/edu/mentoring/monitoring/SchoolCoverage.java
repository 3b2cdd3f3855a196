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

    private final Monitoring monitoring;

    SchoolCoverage(Monitoring monitoring) {
        this.monitoring = monitoring;
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
