package ru.edu.mentoring.snapshots;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import ru.edu.mentoring.meetings.Meetings;
import ru.edu.mentoring.monitoring.MunicipalFigures;
import ru.edu.mentoring.shared.AcademicYear;

/**
 * A municipality's figures computed now from the live data, through the modules' published APIs: coverage, pairs by
 * form and status, mentors and trained mentors (the dashboard's, which reads {@code training_trained_v}), young
 * teachers with a mentor, and the pairs completed with a final meeting in the academic year of the date (from
 * {@code meetings_pair_stats_v}). The same figures the dashboard shows; the caller has checked the reader's scope.
 */
@Service
public class LiveFigures {

    private final MunicipalFigures dashboards;
    private final Meetings meetings;

    LiveFigures(MunicipalFigures dashboards, Meetings meetings) {
        this.dashboards = dashboards;
        this.meetings = meetings;
    }

    /** The date figures asked for {@code requested} are as of: no later than today. */
    public LocalDate asOf(LocalDate requested) {
        return dashboards.asOf(requested);
    }

    /** The figures as the dashboard shows them now (its cached read model). */
    public SnapshotFigures of(long municipalityId, String regionName, LocalDate date) {
        return figures(dashboards.of(municipalityId, date), regionName);
    }

    /** The figures computed at this moment, for a snapshot to freeze. */
    SnapshotFigures computedNow(long municipalityId, String regionName, LocalDate date) {
        return figures(dashboards.computedNow(municipalityId, date), regionName);
    }

    private SnapshotFigures figures(MunicipalFigures.Dashboard d, String regionName) {
        List<Long> ids = d.schools().stream().map(MunicipalFigures.School::id).toList();
        Map<Long, Meetings.SchoolStats> stats = meetings.stats(ids, AcademicYear.of(d.asOf()));
        long withMeetings = stats.values().stream().mapToLong(Meetings.SchoolStats::pairsWithMeetings).sum();
        long completed = stats.values().stream().mapToLong(Meetings.SchoolStats::pairsCompletedWithFinal).sum();
        List<SnapshotFigures.School> schools = d.schools().stream().map(s -> new SnapshotFigures.School(s.id(),
                s.name(), share(s.coverage()), s.mentors(), s.trainedMentors(), s.pairsByForm(),
                stats.containsKey(s.id()) ? stats.get(s.id()).pairsCompletedWithFinal() : 0)).toList();
        return new SnapshotFigures(d.municipalityId(), d.municipalityName(), regionName, d.asOf(), d.year(),
                share(d.total()), d.mentors(), d.trainedMentors(),
                SnapshotFigures.Share.of(d.trainedMentors(), whole(d.mentors()), null), d.youngTeachers(),
                d.youngTeachersMentored(),
                SnapshotFigures.Share.of(d.youngTeachersMentored(), whole(d.youngTeachers()), null),
                d.pairsByForm(), d.studentsByForm(), d.pairsByStatus(), withMeetings, completed,
                Math.toIntExact(d.schoolsWithoutCount()), schools);
    }

    private static SnapshotFigures.Share share(MunicipalFigures.CoverageFigure c) {
        return new SnapshotFigures.Share(c.involved(), c.students(), c.percent(), c.target());
    }

    private static Integer whole(long n) {
        return n == 0 ? null : Math.toIntExact(n);
    }
}
