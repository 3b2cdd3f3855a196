package ru.edu.mentoring.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.approval.Actor;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.Approvals;
import ru.edu.mentoring.approval.Step;
import ru.edu.mentoring.approval.TransitionView;
import ru.edu.mentoring.campaigns.Campaigns;
import ru.edu.mentoring.campaigns.StageState;
import ru.edu.mentoring.monitoring.SchoolCoverage;
import ru.edu.mentoring.monitoring.Targets;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.reports.ReportViews.ReportView;
import ru.edu.mentoring.reports.ReportViews.SchoolRow;
import ru.edu.mentoring.reports.ReportViews.Summary;
import ru.edu.mentoring.reports.ReportViews.SummaryRow;
import ru.edu.mentoring.roadmaps.MeasureState;
import ru.edu.mentoring.roadmaps.Roadmaps;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.shared.NotFoundException;

/**
 * The reports module's service: school reports read within the user's scope, written and submitted by their school's
 * curator, approved or returned by the department of their municipality; the municipal summary of submitted reports.
 */
@Service
public class Reports {

    private final SchoolReportRepository reports;
    private final Schools schools;
    private final SchoolCoverage coverage;
    private final People people;
    private final Campaigns campaigns;
    private final Roadmaps roadmaps;
    private final Targets targets;
    private final Approvals approvals;
    private final Clock clock;
    private final ru.edu.mentoring.monitoring.Quality quality;

    Reports(SchoolReportRepository reports, Schools schools, SchoolCoverage coverage, People people,
            Campaigns campaigns, Roadmaps roadmaps, Targets targets, Approvals approvals, Clock clock,
            ru.edu.mentoring.monitoring.Quality quality) {
        this.quality = quality;
        this.reports = reports;
        this.schools = schools;
        this.coverage = coverage;
        this.people = people;
        this.campaigns = campaigns;
        this.roadmaps = roadmaps;
        this.targets = targets;
        this.approvals = approvals;
        this.clock = clock;
    }

    /** The academic year whose report is current: until August the running one, from September the one just ended. */
    int currentYear() {
        return AcademicYear.of(LocalDate.now(clock).minusMonths(4));
    }

    // --- access ----------------------------------------------------------------------------------------------

    static boolean isCuratorOf(CurrentUser user, long schoolId) {
        return Approvals.isCuratorOf(user, schoolId);
    }

    static boolean decidesFor(CurrentUser user, long municipalityId) {
        return Approvals.decidesFor(user, municipalityId);
    }

    SchoolReport readable(CurrentUser user, long id) {
        SchoolReport r = reports.findById(id).orElseThrow(NotFoundException::new);
        if (!user.canRead(r.getSchoolId(), r.getMunicipalityId())) {
            throw new NotFoundException();
        }
        return r;
    }

    SchoolReport forCurator(CurrentUser user, long id) {
        SchoolReport r = readable(user, id);
        Approvals.requireCurator(user, r.getSchoolId());
        return r;
    }

    SchoolReport forDepartment(CurrentUser user, long id) {
        SchoolReport r = readable(user, id);
        Approvals.requireDepartment(user, r.getMunicipalityId());
        return r;
    }

    // --- the figures -----------------------------------------------------------------------------------------

    /**
     * The live figures of a school for an academic year (1 September – 31 August), as of its last day or today while
     * it runs: coverage and pairs of that period (see {@link SchoolCoverage#ofAcademicYear}), the campaign of that
     * academic year. {@code year} of the figures is the academic year's starting year, the one whose student count
     * and target apply.
     */
    @Transactional
    public ReportFigures figures(SchoolSummary school, int academicYear) {
        SchoolCoverage.YearResult c = coverage.ofAcademicYear(school.municipalityId(), school.id(), academicYear);
        People.BaseCounts base = people.baseCounts(school.id());
        var stages = campaigns.stagesOf(school, academicYear);
        int total = stages.map(s -> s.row().cells().size()).orElse(0);
        int done = stages.map(s -> (int) s.row().cells().stream().filter(x -> x.state() == StageState.DONE).count())
                .orElse(0);
        int overdue = stages.map(s -> (int) s.row().overdueCount()).orElse(0);
        var progress = roadmaps.approvedProgress(school.id());
        String roadmapStatus = roadmaps.statusOf(school.id()).map(Enum::name).orElse(null);
        return new ReportFigures(c.countYear(), c.asOf(), c.figure().involved(), c.figure().students(),
                c.figure().percent(), c.figure().target(), c.pairsByForm(), c.pairsByStatus(), base.mentors(),
                base.trainedMentors(), base.mentees(), stages.map(s -> s.campaign().title()).orElse(null), total,
                done, overdue, roadmapStatus, progress.map(p -> p.lines().size()).orElse(0),
                progress.map(p -> (int) p.count(MeasureState.DONE)).orElse(0),
                progress.map(p -> (int) p.count(MeasureState.OVERDUE)).orElse(0),
                quality.forReport(school.municipalityId(), school.id(), academicYear).stream()
                        .map(q -> new ReportFigures.Quality(q.code(), q.headerKey(), q.text(), q.missingKey()))
                        .toList());
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /** The report; live figures while it is a draft or returned, the snapshot of submission after. */
    @Transactional
    ReportView view(CurrentUser user, long id) {
        SchoolReport r = readable(user, id);
        SchoolSummary school = schools.summariesOf(List.of(r.getSchoolId())).get(0);
        ReportFigures f = r.getStatus().editable() ? figures(school, r.getAcademicYear()) : r.storedFigures();
        List<TransitionView> history = approvals.history(SchoolReport.KIND, r.getId());
        return new ReportView(r.getId(), r.getSchoolId(), school.shortName(), school.fullName(),
                r.getMunicipalityId(), r.getAcademicYear(), AcademicYear.label(r.getAcademicYear()), r.getStatus(),
                local(r.getStatusChangedAt()), r.getVersion(), r.getResults(), r.getPractices(), r.getDifficulties(),
                f, !r.getStatus().editable() ? local(r.getFiguresAt()) : null,
                approvals.returnComment(SchoolReport.KIND, r.getId(), r.getStatus()).orElse(null), history);
    }

    /** A report waiting for the department's decision. */
    public record Waiting(long reportId, long schoolId, String schoolName, String yearLabel, LocalDateTime since) {}

    /** The reports (any academic year) of the schools the user sees that wait for a decision (SUBMITTED), oldest first. */
    @Transactional(readOnly = true)
    public List<Waiting> submitted(CurrentUser user) {
        Map<Long, String> names = schools.visibleTo(user).stream()
                .collect(Collectors.toMap(SchoolSummary::id, SchoolSummary::shortName));
        if (names.isEmpty()) {
            return List.of();
        }
        // a whole municipality's reports by its id: one statement, no list of school ids to expand on every call
        Long municipalityId = user.soleMunicipality();
        List<SchoolReport> found = municipalityId == null
                ? reports.findBySchoolIdInAndStatusOrderByStatusChangedAt(names.keySet(), ApprovalStatus.SUBMITTED)
                : reports.findByMunicipalityIdAndStatusOrderByStatusChangedAt(municipalityId,
                        ApprovalStatus.SUBMITTED);
        return found.stream().filter(r -> names.containsKey(r.getSchoolId()))
                .map(r -> new Waiting(r.getId(), r.getSchoolId(), names.get(r.getSchoolId()),
                        AcademicYear.label(r.getAcademicYear()), local(r.getStatusChangedAt()))).toList();
    }

    /** Every school the user sees with its report of the year. */
    @Transactional(readOnly = true)
    List<SchoolRow> rows(CurrentUser user, int academicYear) {
        List<SchoolSummary> visible = schools.visibleTo(user);
        Long municipalityId = user.soleMunicipality();
        Map<Long, SchoolReport> bySchool = (municipalityId == null
                ? reports.findBySchoolIdInAndAcademicYear(visible.stream().map(SchoolSummary::id).toList(),
                        academicYear)
                : reports.findByMunicipalityIdAndAcademicYear(municipalityId, academicYear)).stream()
                .collect(Collectors.toMap(SchoolReport::getSchoolId, Function.identity()));
        List<SchoolRow> rows = new ArrayList<>();
        for (SchoolSummary s : visible) {
            SchoolReport r = bySchool.get(s.id());
            rows.add(r == null ? new SchoolRow(s.id(), s.shortName(), null, null, null, isCuratorOf(user, s.id()))
                    : new SchoolRow(s.id(), s.shortName(), r.getId(), r.getStatus(), local(r.getStatusChangedAt()),
                            false));
        }
        return rows;
    }

    /** The municipal summary: per school the figures of its submitted or approved report, never live data. */
    @Transactional(readOnly = true)
    Summary summary(CurrentUser user, int academicYear) {
        if (!user.seesWholeMunicipality()) {
            throw new AccessDeniedException("no municipality");
        }
        long municipalityId = user.municipalityId();
        List<SchoolSummary> list = schools.ofMunicipality(municipalityId);
        Map<Long, SchoolReport> bySchool = reports.findBySchoolIdInAndAcademicYear(
                list.stream().map(SchoolSummary::id).toList(), academicYear).stream()
                .collect(Collectors.toMap(SchoolReport::getSchoolId, Function.identity()));
        List<SummaryRow> rows = new ArrayList<>();
        long involved = 0;
        long students = 0;
        for (SchoolSummary s : list) {
            SchoolReport r = bySchool.get(s.id());
            ReportFigures f = r != null && !r.getStatus().editable() ? r.storedFigures() : null;
            if (f != null && f.students() != null && f.students() > 0) {
                involved += f.involved();
                students += f.students();
            }
            rows.add(new SummaryRow(s.id(), s.shortName(), r == null ? null : r.getId(),
                    r == null ? null : r.getStatus(), f));
        }
        return new Summary(municipalityId, schools.municipalityName(municipalityId), academicYear,
                AcademicYear.label(academicYear), rows, involved, students,
                targets.byYear(municipalityId).get(academicYear));
    }

    // --- changing --------------------------------------------------------------------------------------------

    /** Creates the school's report of the year (an existing one is kept), for its curator. */
    @Transactional
    long create(CurrentUser user, long schoolId, int academicYear) {
        SchoolSummary school = schools.find(user, schoolId).orElseThrow(NotFoundException::new);
        if (!isCuratorOf(user, schoolId)) {
            throw new AccessDeniedException("not the school's curator");
        }
        return createFor(school, academicYear);
    }

    /** For demo data and tests: the school's report of the year, created with the figures of now if missing. */
    @Transactional
    public long createFor(SchoolSummary school, int academicYear) {
        return reports.findBySchoolIdAndAcademicYear(school.id(), academicYear).map(SchoolReport::getId)
                .orElseGet(() -> reports.save(new SchoolReport(school.id(), school.municipalityId(), academicYear,
                        figures(school, academicYear), clock.instant())).getId());
    }

    @Transactional
    public void editTexts(CurrentUser user, long id, long version, String results, String practices,
            String difficulties) {
        forCurator(user, id).editTexts(version, results, practices, difficulties, clock.instant());
    }

    @Transactional
    public void submit(CurrentUser user, long id, long version) {
        SchoolReport r = forCurator(user, id);
        SchoolSummary school = schools.summariesOf(List.of(r.getSchoolId())).get(0);
        record(r, r.submit(version, figures(school, r.getAcademicYear()), Actor.of(user), clock.instant()));
    }

    @Transactional
    public void approve(CurrentUser user, long id, long version, String comment) {
        SchoolReport r = forDepartment(user, id);
        record(r, r.approve(version, comment, Actor.of(user), clock.instant()));
    }

    @Transactional
    public void returnForRework(CurrentUser user, long id, long version, String comment) {
        SchoolReport r = forDepartment(user, id);
        record(r, r.returnForRework(version, comment, Actor.of(user), clock.instant()));
    }

    /** Saves the report and keeps the step in the approval history, which tells the department or the school. */
    private void record(SchoolReport r, Step step) {
        reports.save(r);
        approvals.record(new Approvals.Subject(SchoolReport.KIND, r.getId(), r.getSchoolId(), r.getMunicipalityId()),
                step);
    }

    /** The report's current version, for demo data and tests. */
    @Transactional(readOnly = true)
    public long currentVersion(long id) {
        return reports.findById(id).orElseThrow(NotFoundException::new).getVersion();
    }

    private LocalDateTime local(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, clock.getZone());
    }
}
