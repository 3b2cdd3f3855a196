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
import ru.edu.mentoring.shared.StaleVersionException;

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

    /** The status of each given school's roadmap (schools without one left out): one query, for the region's checklist. */
    @Transactional(readOnly = true)
    public Map<Long, ApprovalStatus> statusesOf(java.util.Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, ApprovalStatus> result = new java.util.HashMap<>();
        roadmaps.findBySchoolIdIn(schoolIds).forEach(r -> result.put(r.getSchoolId(), r.getStatus()));
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

    /** The roadmap as its school's curator sees it before changing it (403 for anyone else). */
    @Transactional(readOnly = true)
    RoadmapView viewForCurator(CurrentUser user, long id) {
        return toView(forCurator(user, id));
    }

    /**
     * Why the curator may not add or edit measures now (the message key), or empty: only a DRAFT or RETURNED
     * roadmap is edited.
     */
    static Optional<String> measureEditsRefused(RoadmapView view) {
        return view.status().editable() ? Optional.empty() : Optional.of(Roadmap.KIND.key("notEditable"));
    }

    /** Why the curator may not mark progress now (the message key), or empty: not while the department decides. */
    static Optional<String> progressRefused(RoadmapView view) {
        return progressAllowed(view.status()) ? Optional.empty() : Optional.of("roadmap.progress.notAllowed");
    }

    private static boolean progressAllowed(ApprovalStatus status) {
        return status != ApprovalStatus.SUBMITTED;
    }

    /** What the user may do on the roadmap's page. */
    record Actions(boolean curator, boolean edit, boolean markProgress, boolean submit, boolean reopen,
            boolean decide) {}

    static Actions actions(CurrentUser user, RoadmapView view) {
        boolean curator = isCuratorOf(user, view.schoolId());
        boolean editable = view.status().editable();
        return new Actions(curator, curator && editable, curator && progressAllowed(view.status()),
                curator && editable && !view.measures().isEmpty(), curator && view.status() == ApprovalStatus.APPROVED,
                decidesFor(user, view.municipalityId()) && view.status() == ApprovalStatus.SUBMITTED);
    }

    /** The measure of the roadmap shown; 404 when it is not one of them. */
    static MeasureView measure(RoadmapView view, long measureId) {
        return view.measures().stream().filter(m -> m.id() == measureId).findFirst()
                .orElseThrow(NotFoundException::new);
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
        Map<Long, Roadmap> bySchool = roadmapsOf(user, visible).stream()
                .collect(Collectors.toMap(Roadmap::getSchoolId, Function.identity()));
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

    /**
     * The roadmaps of the schools the user sees: a whole municipality's read by its id (one statement whatever the
     * number of schools, and no list of ids for Hibernate to expand on every call), other users' by their schools'
     * ids.
     */
    private List<Roadmap> roadmapsOf(CurrentUser user, List<SchoolSummary> visible) {
        Long municipalityId = user.soleMunicipality();
        if (municipalityId != null) {
            return roadmaps.findByMunicipalityId(municipalityId);
        }
        return visible.isEmpty() ? List.of()
                : roadmaps.findBySchoolIdIn(visible.stream().map(SchoolSummary::id).toList());
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
    void addMeasure(CurrentUser user, long roadmapId, Long version, MeasureData data) {
        Roadmap r = forCurator(user, roadmapId);
        r.addMeasure(known(version, r), data, clock.instant());
    }

    @Transactional
    void updateMeasure(CurrentUser user, long measureId, Long version, MeasureData data) {
        Roadmap r = byMeasureForCurator(user, measureId);
        r.updateMeasure(known(version, r), measureId, data, clock.instant());
    }

    @Transactional
    long removeMeasure(CurrentUser user, long measureId, Long version) {
        Roadmap r = byMeasureForCurator(user, measureId);
        r.removeMeasure(known(version, r), measureId, clock.instant());
        return r.getId();
    }

    @Transactional
    public long markDone(CurrentUser user, long measureId, Long version, LocalDate on, String evidence) {
        Roadmap r = byMeasureForCurator(user, measureId);
        r.markDone(known(version, r), measureId, on, evidence, clock.instant());
        return r.getId();
    }

    @Transactional
    long markUndone(CurrentUser user, long measureId, Long version) {
        Roadmap r = byMeasureForCurator(user, measureId);
        r.markUndone(known(version, r), measureId, clock.instant());
        return r.getId();
    }

    @Transactional
    public void submit(CurrentUser user, long id, Long version) {
        Roadmap r = forCurator(user, id);
        record(r, r.submit(known(version, r), Actor.of(user), clock.instant()));
    }

    @Transactional
    public void approve(CurrentUser user, long id, Long version, String comment) {
        Roadmap r = forDepartment(user, id);
        record(r, r.approve(known(version, r), comment, Actor.of(user), clock.instant()));
    }

    @Transactional
    public void returnForRework(CurrentUser user, long id, Long version, String comment) {
        Roadmap r = forDepartment(user, id);
        record(r, r.returnForRework(known(version, r), comment, Actor.of(user), clock.instant()));
    }

    @Transactional
    void startNewDraft(CurrentUser user, long id, Long version) {
        Roadmap r = forCurator(user, id);
        record(r, r.startNewDraft(known(version, r), Actor.of(user), clock.instant()));
    }

    /** A missing version is treated as a stale one: the form was not the one the server gave. */
    private static long known(Long version, Roadmap r) {
        if (version == null) {
            throw new StaleVersionException(r.getVersion());
        }
        return version;
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
