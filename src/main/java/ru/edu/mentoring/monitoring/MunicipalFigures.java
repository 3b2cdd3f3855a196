package ru.edu.mentoring.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The municipal dashboard's figures for other modules (snapshots, the API for regional systems): exactly what
 * {@code /monitoring} shows, read from the same cached read model. Counts only, never a person. The caller has checked
 * that its reader may see the municipality.
 */
@Service
public class MunicipalFigures {

    /** CoverageFigure of a school or the municipality: involved students, the count (null: none), percent and target. */
    public record CoverageFigure(long involved, Integer students, BigDecimal percent, BigDecimal target, Boolean met,
            Long gap) {

        static CoverageFigure of(Figure f) {
            return new CoverageFigure(f.involved(), f.students(), f.percent(), f.target(), f.met(), f.gap());
        }
    }

    /** One school's line of the dashboard. */
    public record School(long id, String name, CoverageFigure coverage, Map<String, Long> pairsByForm, long mentors,
            long trainedMentors) {}

    /** The municipal dashboard as of a date. */
    public record Dashboard(long municipalityId, String municipalityName, LocalDate asOf, int year, CoverageFigure total,
            List<School> schools, Map<String, Long> pairsByForm, Map<String, Long> studentsByForm,
            Map<String, Long> pairsByStatus, long youngTeachers, long youngTeachersMentored, long mentors,
            long trainedMentors, long schoolsWithoutCount) {}

    private final Monitoring monitoring;
    private final ReadModels readModels;

    MunicipalFigures(Monitoring monitoring, ReadModels readModels) {
        this.monitoring = monitoring;
        this.readModels = readModels;
    }

    /** The date the dashboard would use for the requested one: no later than today, not before the first year. */
    public LocalDate asOf(LocalDate requested) {
        return monitoring.asOf(requested);
    }

    /** The dashboard of the municipality as of {@link #asOf(LocalDate)} of the date, as the dashboard shows it (cached). */
    public Dashboard of(long municipalityId, LocalDate date) {
        return of(readModels.get(new ReadModels.DashboardOf(municipalityId, null, monitoring.asOf(date))).value());
    }

    /** The same, computed now from the data (a snapshot frozen for good must not take a value cached 300 ms ago). */
    public Dashboard computedNow(long municipalityId, LocalDate date) {
        return of(readModels.load(new ReadModels.DashboardOf(municipalityId, null, monitoring.asOf(date))).value());
    }

    private static Dashboard of(Monitoring.Dashboard d) {
        List<School> schools = Monitoring.sorted(d.schools(), null, false).stream()
                .map(l -> new School(l.id(), l.name(), CoverageFigure.of(l.figure()), new LinkedHashMap<>(l.pairsByForm()),
                        l.mentors(), l.trainedMentors()))
                .toList();
        return new Dashboard(d.municipalityId(), d.municipalityName(), d.asOf(), d.year(), CoverageFigure.of(d.total()),
                schools, map(d.byForm()), map(d.studentsByForm()), map(d.teachers().pairsByStatus()),
                d.teachers().young(), d.teachers().youngMentored(), d.teachers().mentors(), d.teachers().trained(),
                d.schoolsWithoutCount());
    }

    private static Map<String, Long> map(List<Monitoring.Count> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach(c -> out.put(c.key(), c.n()));
        return out;
    }
}
