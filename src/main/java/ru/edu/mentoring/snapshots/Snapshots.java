package ru.edu.mentoring.snapshots;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.approval.Actor;
import ru.edu.mentoring.approval.ApprovalRuleException;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.Approvals;
import ru.edu.mentoring.approval.Step;
import ru.edu.mentoring.approval.TransitionView;
import ru.edu.mentoring.schools.MunicipalitySummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NaturalOrder;
import ru.edu.mentoring.shared.NotFoundException;

/**
 * The snapshots' service: who reads them (the municipality's department and methodologists every version, the
 * region's users and the administrator those sent), the department makes a version (figures computed and frozen)
 * and signs it off, the region's user accepts or returns it; the region's summary; the reads of the API.
 */
@Service
public class Snapshots {

    /** What the pages and the API show of one version. */
    public record SnapshotView(long id, long municipalityId, String municipalityName, String regionName,
            int periodYear, SnapshotPeriod period, LocalDate asOf, int versionNo, ApprovalStatus status,
            LocalDateTime statusChangedAt, LocalDateTime computedAt, String signedByName, LocalDateTime signedAt,
            long version, SnapshotFigures figures) {}

    /** A line of the region's summary: a municipality's latest accepted version, or none. */
    public record SummaryLine(long municipalityId, String municipalityName, SnapshotView accepted) {}

    /** The region's summary: its municipalities and the totals of the accepted snapshots (counts summed). */
    public record RegionSummary(String regionName, List<SummaryLine> lines, SnapshotFigures.Share coverage,
            long mentors, long trainedMentors, long pairs, long pairsCompletedWithFinal, int accepted) {}

    static final Set<ApprovalStatus> SENT = EnumSet.of(ApprovalStatus.SUBMITTED, ApprovalStatus.APPROVED,
            ApprovalStatus.RETURNED);

    private final SnapshotRepository snapshots;
    private final LiveFigures live;
    private final Approvals approvals;
    private final Schools schools;
    private final RegionMembership membership;
    private final Clock clock;

    Snapshots(SnapshotRepository snapshots, LiveFigures live, Approvals approvals, Schools schools,
            RegionMembership membership, Clock clock) {
        this.snapshots = snapshots;
        this.live = live;
        this.approvals = approvals;
        this.schools = schools;
        this.membership = membership;
        this.clock = clock;
    }

    // --- who may do what ---------------------------------------------------------------------------------------

    static boolean isDepartmentOf(CurrentUser user, long municipalityId) {
        return user.has(Role.DEPARTMENT) && Objects.equals(user.municipalityId(), municipalityId);
    }

    /** The municipality's own staff see every version, drafts included. */
    static boolean isOwnStaff(CurrentUser user, long municipalityId) {
        return user.seesWholeMunicipality() && Objects.equals(user.municipalityId(), municipalityId);
    }

    boolean decidesFor(CurrentUser user, String regionName) {
        return membership.belongsTo(user, regionName);
    }

    private boolean reads(CurrentUser user, Snapshot s) {
        if (isOwnStaff(user, s.getMunicipalityId())) {
            return true;
        }
        return SENT.contains(s.status()) && (user.has(Role.ADMIN) || membership.belongsTo(user, s.getRegionName()));
    }

    /** Department staff and methodologists, the region's users and the administrator use the pages. */
    static void requireReader(CurrentUser user) {
        if (!(user.seesWholeMunicipality() || user.seesAllMunicipalities() || user.seesRegion())) {
            throw new AccessDeniedException("no snapshots to read");
        }
    }

    // --- reads ---------------------------------------------------------------------------------------------------

    /** The versions the user reads: the own municipality's (staff) or those sent to the user's region(s). */
    @Transactional(readOnly = true)
    public List<SnapshotView> list(CurrentUser user) {
        requireReader(user);
        List<Snapshot> found = user.seesWholeMunicipality()
                ? snapshots.findByMunicipalityIdOrderByPeriodYearDescPeriodDescVersionNoDesc(user.municipalityId())
                : snapshots.findByApprovalStatusInOrderByPeriodYearDescPeriodDescVersionNoDesc(SENT);
        Map<Long, String> names = municipalityNames();
        return found.stream().filter(s -> reads(user, s)).map(s -> view(s, names, false)).toList();
    }

    @Transactional(readOnly = true)
    public SnapshotView view(CurrentUser user, long id) {
        requireReader(user);
        Snapshot s = snapshots.findById(id).filter(x -> reads(user, x)).orElseThrow(NotFoundException::new);
        return view(s, municipalityNames(), true);
    }

    @Transactional(readOnly = true)
    public List<TransitionView> history(long id) {
        return approvals.history(Snapshot.KIND, id);
    }

    @Transactional(readOnly = true)
    public Optional<String> returnComment(long id, ApprovalStatus status) {
        return approvals.returnComment(Snapshot.KIND, id, status);
    }

    /** The regions the user reads summaries of (names, in order). */
    @Transactional(readOnly = true)
    public List<String> regionsOf(CurrentUser user) {
        return schools.municipalities(user).stream().map(MunicipalitySummary::regionName).distinct()
                .filter(r -> user.has(Role.ADMIN) || membership.belongsTo(user, r))
                .sorted(NaturalOrder.by(r -> r)).toList();
    }

    /** The region's summary for a user of the region (or the administrator). */
    @Transactional(readOnly = true)
    public RegionSummary regionSummary(CurrentUser user, String regionName) {
        if (!(user.has(Role.ADMIN) || membership.belongsTo(user, regionName))) {
            throw new AccessDeniedException("not a user of the region");
        }
        return regionSummary(regionName);
    }

    /**
     * The region's summary: each municipality of the region with its latest accepted snapshot (the latest period,
     * then the highest version), the counts summed over the accepted ones and the coverage recomputed from them.
     */
    @Transactional(readOnly = true)
    public RegionSummary regionSummary(String regionName) {
        Map<Long, String> names = municipalityNames();
        Map<Long, Snapshot> latest = new LinkedHashMap<>();
        for (Snapshot s : snapshots.acceptedInRegion(regionName)) {
            latest.putIfAbsent(s.getMunicipalityId(), s);
        }
        List<SummaryLine> lines = new ArrayList<>();
        long involved = 0;
        long students = 0;
        long mentors = 0;
        long trained = 0;
        long pairs = 0;
        long completed = 0;
        boolean anyCount = false;
        for (MunicipalitySummary m : municipalitiesOf(regionName)) {
            Snapshot s = latest.get(m.id());
            SnapshotView v = s == null ? null : view(s, names, true);
            lines.add(new SummaryLine(m.id(), m.name(), v));
            if (v != null) {
                SnapshotFigures f = v.figures();
                if (f.coverage() != null) {
                    involved += SnapshotFigures.count(f.coverage().part());
                    if (f.coverage().whole() != null) {
                        students += f.coverage().whole();
                        anyCount = true;
                    }
                }
                mentors += SnapshotFigures.count(f.mentors());
                trained += SnapshotFigures.count(f.trainedMentors());
                pairs += SnapshotFigures.count(f.pairs());
                completed += SnapshotFigures.count(f.pairsCompletedWithFinal());
            }
        }
        return new RegionSummary(regionName, lines, SnapshotFigures.Share.of(involved,
                anyCount ? Math.toIntExact(students) : null, null), mentors, trained, pairs, completed,
                latest.size());
    }

    /** The municipalities of a region (by name, until the regions module), in natural order. */
    @Transactional(readOnly = true)
    public List<MunicipalitySummary> municipalitiesOf(String regionName) {
        return schools.allMunicipalities().stream().filter(m -> m.regionName().equals(regionName))
                .sorted(NaturalOrder.by(MunicipalitySummary::name)).toList();
    }

    /** The municipality's region, if it exists. */
    @Transactional(readOnly = true)
    public Optional<MunicipalitySummary> municipality(long municipalityId) {
        return schools.allMunicipalities().stream().filter(m -> m.id() == municipalityId).findFirst();
    }

    /** The versions of a municipality sent to the region (the API: never a draft). */
    @Transactional(readOnly = true)
    public List<SnapshotView> sentOf(long municipalityId) {
        Map<Long, String> names = municipalityNames();
        return snapshots.findByMunicipalityIdOrderByPeriodYearDescPeriodDescVersionNoDesc(municipalityId).stream()
                .filter(s -> SENT.contains(s.status())).map(s -> view(s, names, false)).toList();
    }

    /** One version sent to the region (the API: a draft is not found). */
    @Transactional(readOnly = true)
    public Optional<SnapshotView> sent(long id) {
        return snapshots.findById(id).filter(s -> SENT.contains(s.status()))
                .map(s -> view(s, municipalityNames(), true));
    }

    /** Whether the municipality has any snapshot (the demo loader runs once). */
    @Transactional(readOnly = true)
    public boolean anyIn(long municipalityId) {
        return !snapshots.findByMunicipalityIdOrderByPeriodYearDescPeriodDescVersionNoDesc(municipalityId).isEmpty();
    }

    /** The current version of a snapshot (the demo loader's steps). */
    @Transactional(readOnly = true)
    public long currentVersion(long id) {
        return snapshots.findById(id).orElseThrow(NotFoundException::new).getVersion();
    }

    // --- changes -------------------------------------------------------------------------------------------------

    /**
     * The department makes a new version of the period's figures, computed now from the live data as of the period's
     * end (or today while it runs) and frozen. Refused while a version of the period is a draft or waits for the
     * region's decision.
     */
    @Transactional
    public long create(CurrentUser user, int year, SnapshotPeriod period) {
        if (!user.has(Role.DEPARTMENT) || user.municipalityId() == null) {
            throw new AccessDeniedException("not department staff");
        }
        long municipalityId = user.municipalityId();
        LocalDate today = LocalDate.now(clock);
        LocalDate end = period.end(year);
        LocalDate start = LocalDate.of(year, 1, 1);
        if (year < 2020 || start.isAfter(today)) {
            throw new ApprovalRuleException("snapshot.create.period");
        }
        List<Snapshot> versions = snapshots.findByMunicipalityIdAndPeriodYearAndPeriodOrderByVersionNoDesc(
                municipalityId, year, period);
        if (versions.stream().anyMatch(s -> s.status() == ApprovalStatus.DRAFT
                || s.status() == ApprovalStatus.SUBMITTED)) {
            throw new ApprovalRuleException("snapshot.create.pending");
        }
        String regionName = municipality(municipalityId).map(MunicipalitySummary::regionName)
                .orElseThrow(NotFoundException::new);
        LocalDate asOf = end.isAfter(today) ? today : end;
        SnapshotFigures figures = live.computedNow(municipalityId, regionName, asOf);
        int versionNo = versions.isEmpty() ? 1 : versions.get(0).getVersionNo() + 1;
        Snapshot s = snapshots.saveAndFlush(new Snapshot(municipalityId, regionName, year, period, figures.asOf(),
                versionNo, SnapshotFigures.write(figures), user.id(), clock.instant()));
        return s.getId();
    }

    /** The department signs the draft off and sends it to the region. */
    @Transactional
    public void submit(CurrentUser user, long id, long expectedVersion) {
        Snapshot s = forDepartment(user, id);
        Instant now = clock.instant();
        record(s, s.submit(expectedVersion, Actor.of(user), now));
    }

    @Transactional
    public void approve(CurrentUser user, long id, long expectedVersion, String comment) {
        Snapshot s = forRegion(user, id);
        record(s, s.approve(expectedVersion, comment, Actor.of(user), clock.instant()));
    }

    @Transactional
    public void returnForRework(CurrentUser user, long id, long expectedVersion, String comment) {
        Snapshot s = forRegion(user, id);
        record(s, s.returnForRework(expectedVersion, comment, Actor.of(user), clock.instant()));
    }

    /** The snapshot for its department's change: 404 outside the user's reach, 403 for a reader who cannot. */
    @Transactional(readOnly = true)
    Snapshot forDepartment(CurrentUser user, long id) {
        Snapshot s = snapshots.findById(id).filter(x -> reads(user, x)).orElseThrow(NotFoundException::new);
        if (!isDepartmentOf(user, s.getMunicipalityId())) {
            throw new AccessDeniedException("not the municipality's department");
        }
        return s;
    }

    /** The snapshot for the region's decision: 404 outside the user's reach, 403 unless a user of its region. */
    @Transactional(readOnly = true)
    Snapshot forRegion(CurrentUser user, long id) {
        Snapshot s = snapshots.findById(id).filter(x -> reads(user, x)).orElseThrow(NotFoundException::new);
        if (!decidesFor(user, s.getRegionName())) {
            throw new AccessDeniedException("not a user of the snapshot's region");
        }
        return s;
    }

    private void record(Snapshot s, Step step) {
        snapshots.saveAndFlush(s);
        approvals.record(new Approvals.Subject(Snapshot.KIND, s.getId(), null, s.getMunicipalityId()), step);
    }

    // --- views ---------------------------------------------------------------------------------------------------

    private Map<Long, String> municipalityNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        schools.allMunicipalities().forEach(m -> names.put(m.id(), m.name()));
        return names;
    }

    private SnapshotView view(Snapshot s, Map<Long, String> names, boolean withFigures) {
        var zone = clock.getZone();
        return new SnapshotView(s.getId(), s.getMunicipalityId(), names.getOrDefault(s.getMunicipalityId(), ""),
                s.getRegionName(), s.getPeriodYear(), s.getPeriod(), s.getAsOf(), s.getVersionNo(), s.status(),
                LocalDateTime.ofInstant(s.statusChangedAt(), zone), LocalDateTime.ofInstant(s.getComputedAt(), zone),
                s.getSignedByName(), s.getSignedAt() == null ? null : LocalDateTime.ofInstant(s.getSignedAt(), zone),
                s.getVersion(), withFigures ? SnapshotFigures.read(s.getFigures(), s.getMunicipalityId()) : null);
    }
}
