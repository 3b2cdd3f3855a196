package ru.edu.mentoring.roadmaps;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.approval.Actor;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.Approvals;
import ru.edu.mentoring.approval.Step;
import ru.edu.mentoring.approval.TransitionView;
import ru.edu.mentoring.roadmaps.RoadmapViews.MeasureView;
import ru.edu.mentoring.roadmaps.RoadmapViews.RevisionView;
import ru.edu.mentoring.roadmaps.RoadmapViews.RoadmapView;
import ru.edu.mentoring.roadmaps.RoadmapViews.SchoolRoadmapRow;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;

/**
 * The roadmaps module's service: school roadmaps read within the user's scope, changed by their school's curator,
 * decided by the department of their municipality. Other modules use {@link #firstApprovalDates}.
 */
@Service
public class Roadmaps {

    private final RoadmapRepository roadmaps;
    private final MunicipalSectionRepository sections;
    private final MunicipalMeasureRepository municipalMeasures;
    private final Schools schools;
    private final Approvals approvals;
    private final MessageSource messages;
    private final Clock clock;

    Roadmaps(RoadmapRepository roadmaps, MunicipalSectionRepository sections,
            MunicipalMeasureRepository municipalMeasures, Schools schools, Approvals approvals,
            MessageSource messages, Clock clock) {
        this.roadmaps = roadmaps;
        this.sections = sections;
        this.municipalMeasures = municipalMeasures;
        this.schools = schools;
        this.approvals = approvals;
        this.messages = messages;
        this.clock = clock;
    }

    // --- the public API --------------------------------------------------------------------------------------

    /** The date each school's roadmap was first approved by the department; schools never approved are left out. */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> firstApprovalDates(Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, LocalDate> result = new HashMap<>();
        for (Object[] row : roadmaps.firstApprovals(schoolIds)) {
            result.put((Long) row[0], ((Instant) row[1]).atZone(clock.getZone()).toLocalDate());
        }
        return result;
    }

    /** The status of a school's roadmap, or empty when the school has none yet (for monitoring's drill-down). */
    @Transactional(readOnly = true)
    public Optional<ApprovalStatus> statusOf(long schoolId) {
        return roadmaps.findBySchoolId(schoolId).map(Roadmap::getStatus);
    }

    // --- access ----------------------------------------------------------------------------------------------

    Roadmap readable(CurrentUser user, long id) {
        Roadmap r = roadmaps.findById(id).orElseThrow(NotFoundException::new);
        if (!user.canRead(r.getSchoolId(), r.getMunicipalityId())) {
            throw new NotFoundException();
        }
        return r;
    }

    static boolean isCuratorOf(CurrentUser user, long schoolId) {
        return Approvals.isCuratorOf(user, schoolId);
    }

    static boolean decidesFor(CurrentUser user, long municipalityId) {
        return Approvals.decidesFor(user, municipalityId);
    }

    Roadmap forCurator(CurrentUser user, long id) {
        Roadmap r = readable(user, id);
        Approvals.requireCurator(user, r.getSchoolId());
        return r;
    }

    Roadmap forDepartment(CurrentUser user, long id) {
        Roadmap r = readable(user, id);
        Approvals.requireDepartment(user, r.getMunicipalityId());
        return r;
    }

    Roadmap byMeasureForCurator(CurrentUser user, long measureId) {
        Roadmap r = roadmaps.findByMeasureId(measureId).orElseThrow(NotFoundException::new);
        return forCurator(user, r.getId());
    }

    // --- reading ---------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    RoadmapView view(CurrentUser user, long id) {
        return toView(readable(user, id));
    }

    @Transactional(readOnly = true)
    RoadmapView viewByMeasureForCurator(CurrentUser user, long measureId) {
        return toView(byMeasureForCurator(user, measureId));
    }

    @Transactional(readOnly = true)
    java.util.Optional<Long> roadmapOfSchool(long schoolId) {
        return roadmaps.findBySchoolId(schoolId).map(Roadmap::getId);
    }

    @Transactional(readOnly = true)
    java.util.Optional<RevisionView> lastRevision(CurrentUser user, long id) {
        Roadmap r = readable(user, id);
        RoadmapRevision v = r.lastRevision().orElse(null);
        if (v == null) {
            return java.util.Optional.empty();
        }
        SchoolSummary school = schools.find(user, r.getSchoolId()).orElseThrow(NotFoundException::new);
        return java.util.Optional.of(new RevisionView(r.getId(), school.shortName(), school.fullName(), v.getNumber(), v.getTitle(),
                local(v.getApprovedAt()), v.getApprovedBy(), v.getComment(), v.measures()));
    }

    /** The roadmaps of the schools the user sees that wait for the department's decision (SUBMITTED), oldest first. */
    @Transactional(readOnly = true)
    public List<SchoolRoadmapRow> submitted(CurrentUser user) {
        return schoolRows(user, true).stream()
                .sorted(java.util.Comparator.comparing(SchoolRoadmapRow::waitingDays).reversed()).toList();
    }

    /** Every school the user sees, with its roadmap's status; {@code onlySubmitted} keeps those awaiting a decision. */
    @Transactional(readOnly = true)
    List<SchoolRoadmapRow> schoolRows(CurrentUser user, boolean onlySubmitted) {
        List<SchoolSummary> visible = schools.visibleTo(user);
        Map<Long, Roadmap> bySchool = roadmaps.findBySchoolIdIn(visible.stream().map(SchoolSummary::id).toList())
                .stream().collect(Collectors.toMap(Roadmap::getSchoolId, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        List<SchoolRoadmapRow> rows = new ArrayList<>();
        for (SchoolSummary s : visible) {
            Roadmap r = bySchool.get(s.id());
            if (onlySubmitted && (r == null || r.getStatus() != ApprovalStatus.SUBMITTED)) {
                continue;
            }
            if (r == null) {
                rows.add(new SchoolRoadmapRow(s.id(), s.shortName(), null, null, null, 0, null));
            } else {
                long waiting = r.getStatus() == ApprovalStatus.SUBMITTED
                        ? Math.max(0, ChronoUnit.DAYS.between(
                                r.getStatusChangedAt().atZone(clock.getZone()).toLocalDate(), today))
                        : 0;
                rows.add(new SchoolRoadmapRow(s.id(), s.shortName(), r.getId(), r.getStatus(),
                        local(r.getStatusChangedAt()), waiting,
                        r.lastRevision().map(RoadmapRevision::getNumber).orElse(null)));
            }
        }
        return rows;
    }

    RoadmapView toView(Roadmap r) {
        LocalDate today = LocalDate.now(clock);
        String schoolName = schools.summariesOf(List.of(r.getSchoolId())).stream().findFirst()
                .map(SchoolSummary::shortName).orElse("");
        List<MeasureView> measures = r.getMeasures().stream().map(m -> new MeasureView(m.getId(), m.getNumber(),
                m.getTitle(), m.getDeadlineText(), m.getDueOn(), m.getResponsible(), m.getResult(), m.getDoneOn(),
                m.getEvidence(), MeasureState.of(m.getDoneOn(), m.getDueOn(), today))).toList();
        List<TransitionView> history = approvals.history(Roadmap.KIND, r.getId());
        RoadmapRevision last = r.lastRevision().orElse(null);
        return new RoadmapView(r.getId(), r.getSchoolId(), schoolName, r.getMunicipalityId(), r.getTitle(),
                r.getStatus(), local(r.getStatusChangedAt()), r.getVersion(),
                approvals.returnComment(Roadmap.KIND, r.getId(), r.getStatus()).orElse(null),
                last == null ? null : last.getNumber(), last == null ? null : local(last.getApprovedAt()),
                measures, history);
    }

    private LocalDateTime local(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, clock.getZone());
    }

    ZoneId zone() {
        return clock.getZone();
    }

    // --- changing --------------------------------------------------------------------------------------------

    /** Creates the school's roadmap, empty or with the rows of its municipality's roadmap; an existing one is kept. */
    @Transactional
    long create(CurrentUser user, long schoolId, boolean fromMunicipal) {
        SchoolSummary school = schools.find(user, schoolId).orElseThrow(NotFoundException::new);
        if (!isCuratorOf(user, schoolId)) {
            throw new AccessDeniedException("not the school's curator");
        }
        return roadmaps.findBySchoolId(schoolId).map(Roadmap::getId)
                .orElseGet(() -> createFor(school, fromMunicipal));
    }

    /** For demo data and tests: creates the roadmap of a school, without a user. */
    @Transactional
    public long createFor(SchoolSummary school, boolean fromMunicipal) {
        Instant now = clock.instant();
        String title = messages.getMessage("roadmap.defaultTitle", new Object[] {school.shortName()},
                Locale.forLanguageTag("ru"));
        Roadmap r = new Roadmap(school.id(), school.municipalityId(), title, now);
        if (fromMunicipal) {
            for (MeasureData m : municipalRows(school.municipalityId())) {
                r.addMeasure(r.getVersion(), m, now);
            }
        }
        return roadmaps.save(r).getId();
    }

    /** For demo data and tests: creates a school's roadmap with the given measures. */
    @Transactional
    public long createWithMeasures(SchoolSummary school, List<MeasureData> measures) {
        long id = createFor(school, false);
        Roadmap r = roadmaps.findById(id).orElseThrow(NotFoundException::new);
        Instant now = clock.instant();
        for (MeasureData m : measures) {
            r.addMeasure(r.getVersion(), m, now);
        }
        return id;
    }

    /** The municipal roadmap flattened into the rows of a school roadmap: each section, then its measures. */
    List<MeasureData> municipalRows(long municipalityId) {
        List<MunicipalSection> list = sections.findByMunicipalityIdOrderByPositionAscIdAsc(municipalityId);
        Map<Long, List<MunicipalMeasure>> bySection = municipalMeasures
                .findBySectionIdInOrderByPositionAscIdAsc(list.stream().map(MunicipalSection::getId).toList())
                .stream().collect(Collectors.groupingBy(MunicipalMeasure::getSectionId));
        List<MeasureData> rows = new ArrayList<>();
        for (MunicipalSection s : list) {
            rows.add(new MeasureData(s.getNumber(), s.getTitle(), s.getDeadlineText(), null, null, null));
            for (MunicipalMeasure m : bySection.getOrDefault(s.getId(), List.of())) {
                rows.add(new MeasureData(m.getNumber(), m.getTitle(), m.getDeadlineText(), m.getDueTo(),
                        m.getResponsibleSchool(), null));
            }
        }
        return rows;
    }

    @Transactional
    void addMeasure(CurrentUser user, long roadmapId, long version, MeasureData data) {
        forCurator(user, roadmapId).addMeasure(version, data, clock.instant());
    }

    @Transactional
    void updateMeasure(CurrentUser user, long measureId, long version, MeasureData data) {
        byMeasureForCurator(user, measureId).updateMeasure(version, measureId, data, clock.instant());
    }

    @Transactional
    long removeMeasure(CurrentUser user, long measureId, long version) {
        Roadmap r = byMeasureForCurator(user, measureId);
        r.removeMeasure(version, measureId, clock.instant());
        return r.getId();
    }

    @Transactional
    public long markDone(CurrentUser user, long measureId, long version, LocalDate on, String evidence) {
        Roadmap r = byMeasureForCurator(user, measureId);
        r.markDone(version, measureId, on, evidence, clock.instant());
        return r.getId();
    }

    @Transactional
    long markUndone(CurrentUser user, long measureId, long version) {
        Roadmap r = byMeasureForCurator(user, measureId);
        r.markUndone(version, measureId, clock.instant());
        return r.getId();
    }

    @Transactional
    public void submit(CurrentUser user, long id, long version) {
        Roadmap r = forCurator(user, id);
        record(r, r.submit(version, Actor.of(user), clock.instant()));
    }

    @Transactional
    public void approve(CurrentUser user, long id, long version, String comment) {
        Roadmap r = forDepartment(user, id);
        record(r, r.approve(version, comment, Actor.of(user), clock.instant()));
    }

    @Transactional
    public void returnForRework(CurrentUser user, long id, long version, String comment) {
        Roadmap r = forDepartment(user, id);
        record(r, r.returnForRework(version, comment, Actor.of(user), clock.instant()));
    }

    @Transactional
    void startNewDraft(CurrentUser user, long id, long version) {
        Roadmap r = forCurator(user, id);
        record(r, r.startNewDraft(version, Actor.of(user), clock.instant()));
    }

    /** Saves the roadmap (its new version) and keeps the step in the approval history, which tells who must know. */
    private void record(Roadmap r, Step step) {
        roadmaps.save(r);
        approvals.record(new Approvals.Subject(Roadmap.KIND, r.getId(), r.getSchoolId(), r.getMunicipalityId()), step);
    }

    /** The roadmap's current version, for demo data and tests that move it through its workflow. */
    @Transactional(readOnly = true)
    public long currentVersion(long roadmapId) {
        return roadmaps.findById(roadmapId).orElseThrow(NotFoundException::new).getVersion();
    }

    // --- the public API: the approved roadmap's progress, for public pages and reports -----------------------

    /** One measure of the approved revision with its progress today: done (with the date), planned or overdue. */
    public record ProgressLine(String number, String title, String deadlineText, LocalDate dueOn, MeasureState state,
            LocalDate doneOn) {}

    /** The school's last approved revision and the progress of its measures; section headings are left out. */
    public record ApprovedProgress(String title, int revision, LocalDate approvedOn, List<ProgressLine> lines) {

        public long count(MeasureState state) {
            return lines.stream().filter(l -> l.state() == state).count();
        }
    }

    /**
     * The progress of the school's approved roadmap, if it has one. The measures are those of the last approved
     * revision; a measure's done date comes from the roadmap's current measure with the same number and title.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<ApprovedProgress> approvedProgress(long schoolId) {
        Roadmap r = roadmaps.findBySchoolId(schoolId).orElse(null);
        if (r == null || r.lastRevision().isEmpty()) {
            return java.util.Optional.empty();
        }
        RoadmapRevision v = r.lastRevision().get();
        LocalDate today = LocalDate.now(clock);
        Map<String, LocalDate> done = new HashMap<>();
        r.getMeasures().stream().filter(m -> m.getDoneOn() != null)
                .forEach(m -> done.put(m.getNumber() + "\u0000" + m.getTitle(), m.getDoneOn()));
        List<ProgressLine> lines = v.measures().stream()
                .filter(m -> m.dueOn() != null || m.responsible() != null || m.result() != null)
                .map(m -> {
                    LocalDate doneOn = done.get(m.number() + "\u0000" + m.title());
                    return new ProgressLine(m.number(), m.title(), m.deadlineText(), m.dueOn(),
                            MeasureState.of(doneOn, m.dueOn(), today), doneOn);
                }).toList();
        return java.util.Optional.of(new ApprovedProgress(v.getTitle(), v.getNumber(),
                v.getApprovedAt().atZone(clock.getZone()).toLocalDate(), lines));
    }
}
