package ru.edu.mentoring.campaigns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.campaigns.Matrix.Cell;
import ru.edu.mentoring.campaigns.Matrix.Row;
import ru.edu.mentoring.campaigns.Matrix.StageColumn;
import ru.edu.mentoring.roadmaps.Roadmaps;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.StaleVersionException;

/**
 * Campaigns of a municipality and their matrix of schools × stages. Read by everyone of the municipality (curators and
 * heads see their own school's row), the region and the administrator; changed by the municipality's department.
 */
@Service
public class Campaigns {

    /** A campaign as lists and headings show it. */
    public record CampaignSummary(long id, long municipalityId, String municipalityName, String title,
            int academicYear, int trainedShare, long version, List<StageColumn> stages) {}

    private final CampaignRepository campaigns;
    private final CampaignSchoolRepository campaignSchools;
    private final Schools schools;
    private final Roadmaps roadmaps;
    private final ObjectProvider<SchoolActivity> activity;
    private final Clock clock;

    Campaigns(CampaignRepository campaigns, CampaignSchoolRepository campaignSchools, Schools schools,
            Roadmaps roadmaps, ObjectProvider<SchoolActivity> activity, Clock clock) {
        this.campaigns = campaigns;
        this.campaignSchools = campaignSchools;
        this.schools = schools;
        this.roadmaps = roadmaps;
        this.activity = activity;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- access ----------------------------------------------------------------------------------------------

    /** Municipalities whose campaigns the user reads; empty for «all» users (see {@link CurrentUser#seesAllMunicipalities}). */
    Set<Long> municipalitiesOf(CurrentUser user) {
        Set<Long> ids = new java.util.HashSet<>();
        if (user.seesWholeMunicipality()) {
            ids.add(user.municipalityId());
        }
        if (user.seesRegion()) {
            ids.addAll(user.regionMunicipalityIds());
        }
        schools.summariesOf(user.schoolIds()).forEach(s -> ids.add(s.municipalityId()));
        return ids;
    }

    boolean reads(CurrentUser user, Campaign c) {
        return user.seesAllMunicipalities() || municipalitiesOf(user).contains(c.getMunicipalityId());
    }

    static boolean manages(CurrentUser user, long municipalityId) {
        return user.has(Role.DEPARTMENT) && Objects.equals(user.municipalityId(), municipalityId);
    }

    Campaign readable(CurrentUser user, long id) {
        Campaign c = campaigns.findById(id).orElseThrow(NotFoundException::new);
        if (!reads(user, c)) {
            throw new NotFoundException();
        }
        return c;
    }

    Campaign managed(CurrentUser user, long id) {
        Campaign c = readable(user, id);
        if (!manages(user, c.getMunicipalityId())) {
            throw new AccessDeniedException("read only");
        }
        return c;
    }

    static void requireCreator(CurrentUser user) {
        if (!user.has(Role.DEPARTMENT) || user.municipalityId() == null) {
            throw new AccessDeniedException("not a department user");
        }
    }

    // --- campaigns -------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    Page<CampaignSummary> list(CurrentUser user, Pageable pageable) {
        Set<Long> ids = municipalitiesOf(user);
        return campaigns.findVisible(user.seesAllMunicipalities(), ids.isEmpty() ? Set.of(-1L) : ids, pageable)
                .map(this::summary);
    }

    @Transactional(readOnly = true)
    CampaignSummary summary(CurrentUser user, long id) {
        return summary(readable(user, id));
    }

    CampaignSummary summary(Campaign c) {
        String municipality = schools.municipalityName(c.getMunicipalityId());
        List<StageColumn> stages = c.deadlines().entrySet().stream()
                .map(e -> new StageColumn(e.getKey(), e.getValue())).toList();
        return new CampaignSummary(c.getId(), c.getMunicipalityId(), municipality, c.getTitle(), c.getAcademicYear(),
                c.getTrainedShare(), c.getVersion(), stages);
    }

    /** Creates a campaign of the user's municipality; for demo data the municipality is given directly. */
    @Transactional
    public long create(long municipalityId, String title, int academicYear) {
        Campaign c = new Campaign(municipalityId);
        c.update(CampaignForm.defaults(academicYear, title));
        return campaigns.save(c).getId();
    }

    @Transactional
    long create(CurrentUser user, CampaignForm form) {
        requireCreator(user);
        Campaign c = new Campaign(user.municipalityId());
        c.update(form);
        return campaigns.save(c).getId();
    }

    @Transactional
    void update(CurrentUser user, long id, CampaignForm form) {
        Campaign c = managed(user, id);
        if (form.getVersion() == null || form.getVersion() != c.getVersion()) {
            throw new StaleVersionException(c.getVersion());
        }
        c.update(form);
    }

    @Transactional(readOnly = true)
    CampaignForm form(CurrentUser user, long id) {
        return CampaignForm.of(managed(user, id));
    }

    // --- the matrix ------------------------------------------------------------------------------------------

    /** The matrix rows the user may see: every school of the municipality, or only the user's own schools. */
    @Transactional
    public List<Row> matrix(CurrentUser user, long campaignId) {
        Campaign c = readable(user, campaignId);
        List<SchoolSummary> list = schools.ofMunicipality(c.getMunicipalityId());
        if (!user.readsMunicipality(c.getMunicipalityId())) {
            list = list.stream().filter(s -> user.schoolIds().contains(s.id())).toList();
        }
        return rows(c, list);
    }

    List<Row> rows(Campaign c, List<SchoolSummary> list) {
        List<Long> ids = list.stream().map(SchoolSummary::id).toList();
        Map<Long, CampaignSchool> marks = ensureRows(c, ids);
        LocalDate today = today();
        Map<Long, LocalDate> curators = schools.curatorAppointedOn(ids);
        Map<Long, LocalDate> approvals = roadmaps.firstApprovalDates(ids);
        SchoolActivity source = activity.getIfAvailable();
        // The campaign's period is its academic year; facts as of today, or of its last day for a past campaign.
        // Only what happened in the period counts (last year's bases and pairs do not complete this year's stages)
        LocalDate from = periodStart(c);
        LocalDate asOf = asOf(c, today);
        Map<Long, SchoolActivity.Facts> facts = source == null ? Map.of() : source.facts(ids, from, asOf);
        SchoolActivity.Facts none = new SchoolActivity.Facts(0, 0, 0, 0, 0, null, null, null);
        Map<Stage, LocalDate> deadlines = c.deadlines();
        List<Row> rows = new ArrayList<>();
        for (SchoolSummary s : list) {
            CampaignSchool mark = marks.get(s.id());
            SchoolActivity.Facts f = facts.getOrDefault(s.id(), none);
            List<Cell> cells = new ArrayList<>();
            for (Stage stage : Stage.values()) {
                cells.add(cell(stage, deadlines.get(stage), today, c.getTrainedShare(), source == null ? null : f,
                        upTo(curators.get(s.id()), asOf), upTo(approvals.get(s.id()), asOf),
                        upTo(mark.getInformedOn(), asOf)));
            }
            rows.add(new Row(s.id(), s.shortName(), mark.getId(), outOfOrder(cells), mark.getEvidence()));
        }
        return rows;
    }

    /** The first day of the campaign's period: 1 September of its academic year. */
    static LocalDate periodStart(Campaign c) {
        return LocalDate.of(c.getAcademicYear(), 9, 1);
    }

    /** The campaign's facts date: today while its academic year runs, its last day (31 August) once it is over. */
    static LocalDate asOf(Campaign c, LocalDate today) {
        LocalDate yearEnd = LocalDate.of(c.getAcademicYear() + 1, 8, 31);
        return today.isBefore(yearEnd) ? today : yearEnd;
    }

    /** The facts date of a campaign given by its summary (the as-of date of its export). */
    LocalDate asOf(CampaignSummary c) {
        LocalDate yearEnd = LocalDate.of(c.academicYear() + 1, 8, 31);
        LocalDate today = today();
        return today.isBefore(yearEnd) ? today : yearEnd;
    }

    /** A date that lies after the campaign's facts date (done after a past campaign ended) does not count. */
    private static LocalDate upTo(LocalDate date, LocalDate asOf) {
        return date == null || date.isAfter(asOf) ? null : date;
    }

    /**
     * Marks the done cells whose date lies before the date of an earlier stage that is done too (pairs formed before
     * the bases): the real dates stay, and the cell says that the order of the stages was not kept.
     */
    static List<Cell> outOfOrder(List<Cell> cells) {
        List<Cell> result = new ArrayList<>(cells.size());
        LocalDate latest = null;
        for (Cell c : cells) {
            boolean before = c.doneOn() != null && latest != null && c.doneOn().isBefore(latest);
            result.add(before ? c.withOutOfOrder() : c);
            if (c.doneOn() != null && (latest == null || c.doneOn().isAfter(latest))) {
                latest = c.doneOn();
            }
        }
        return result;
    }

    /**
     * One cell of the matrix. {@code facts} is null when no module reports bases and pairs: those stages are then
     * «no data», neither done nor overdue. A done cell always has its date (the legend says so).
     */
    static Cell cell(Stage stage, LocalDate deadline, LocalDate today, int trainedShare, SchoolActivity.Facts facts,
            LocalDate curatorOn, LocalDate approvedOn, LocalDate informedOn) {
        if (stage.fromActivity() && facts == null) {
            return new Cell(stage, StageState.NO_DATA, null, deadline);
        }
        LocalDate doneOn = switch (stage) {
            case CURATORS -> curatorOn;
            case ROADMAP -> approvedOn;
            case INFORMED -> informedOn;
            case BASES -> facts.basesFormedOn();
            case TRAINED -> trainedEnoughOn(facts, trainedShare);
            case PAIRS -> facts.pairsFormedOn();
            case STARTED -> facts.mentoringStartedOn();
        };
        boolean done = doneOn != null;
        return new Cell(stage, StageState.of(done, deadline, today), doneOn, deadline);
    }

    /**
     * The day trained mentors first made up the campaign's share of the mentors in the base (the training date of the
     * last mentor needed), or null when they do not (or there is no mentor).
     */
    static LocalDate trainedEnoughOn(SchoolActivity.Facts f, int sharePercent) {
        if (!trainedEnough(f, sharePercent)) {
            return null;
        }
        long needed = Math.max(1, (f.mentors() * sharePercent + 99) / 100);
        List<LocalDate> dates = f.trainingDates();
        if (dates.size() < needed) {
            return null;
        }
        return dates.get((int) needed - 1);
    }

    /** Trained mentors make up at least the campaign's share of all mentors (and there is at least one mentor). */
    static boolean trainedEnough(SchoolActivity.Facts f, int sharePercent) {
        return f.mentors() > 0 && f.trainedMentors() * 100 >= (long) sharePercent * f.mentors();
    }

    /** The campaign's row of each school, created on first sight (schools added later join the campaign). */
    private Map<Long, CampaignSchool> ensureRows(Campaign c, Collection<Long> schoolIds) {
        Map<Long, CampaignSchool> existing = campaignSchools.findByCampaignId(c.getId()).stream()
                .collect(Collectors.toMap(CampaignSchool::getSchoolId, Function.identity()));
        for (Long id : schoolIds) {
            if (!existing.containsKey(id)) {
                existing.put(id, campaignSchools.save(new CampaignSchool(c.getId(), id)));
            }
        }
        return existing;
    }

    static List<Row> sorted(List<Row> rows, String sort, boolean overdueOnly) {
        Comparator<Row> byName = ru.edu.mentoring.shared.NaturalOrder.by(Row::schoolName);
        Comparator<Row> order = "overdue".equals(sort)
                ? Comparator.comparingLong(Row::overdueCount).reversed().thenComparing(byName)
                : byName;
        return rows.stream().filter(r -> !overdueOnly || r.overdueCount() > 0).sorted(order).toList();
    }

    /** The current (latest) campaign of a municipality with the rows of its schools that have an overdue stage. */
    public record Overdue(CampaignSummary campaign, List<Row> rows) {}

    /**
     * The schools with overdue stages in the latest campaign of the user's municipality, most overdue first; empty
     * when the user has no municipality or it has no campaign.
     */
    @Transactional
    public java.util.Optional<Overdue> currentOverdue(CurrentUser user) {
        if (!user.seesWholeMunicipality() || user.municipalityId() == null) {
            return java.util.Optional.empty();
        }
        return campaigns.findByMunicipalityId(user.municipalityId()).stream()
                .max(Comparator.comparingInt(Campaign::getAcademicYear).thenComparing(Campaign::getId))
                .map(c -> new Overdue(summary(c),
                        sorted(rows(c, schools.ofMunicipality(c.getMunicipalityId())), "overdue", true)));
    }

    /**
     * The latest campaign (by academic year) of every municipality that has one, with the rows of all its schools as
     * of today: for the deadline reminders, which run without a user.
     */
    @Transactional
    public List<Overdue> latestOfEveryMunicipality() {
        return campaigns.findAll().stream()
                .collect(Collectors.groupingBy(Campaign::getMunicipalityId,
                        Collectors.maxBy(Comparator.comparingInt(Campaign::getAcademicYear)
                                .thenComparing(Campaign::getId))))
                .values().stream().flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(Campaign::getId))
                .map(c -> new Overdue(summary(c), rows(c, schools.ofMunicipality(c.getMunicipalityId()))))
                .toList();
    }

    /** A school's row in its municipality's latest campaign (by academic year), with the campaign. */
    public record SchoolStages(CampaignSummary campaign, Row row) {}

    /**
     * The stages of a school in its municipality's latest campaign, or empty when there is none; for modules that
     * have already checked that the user reads the school (monitoring's drill-down).
     */
    @Transactional
    public java.util.Optional<SchoolStages> latestStages(SchoolSummary school) {
        return campaigns.findByMunicipalityId(school.municipalityId()).stream()
                .max(Comparator.comparingInt(Campaign::getAcademicYear).thenComparing(Campaign::getId))
                .map(c -> new SchoolStages(summary(c), rows(c, List.of(school)).get(0)));
    }

    /**
     * The stages of a school in its municipality's campaign of an academic year (the latest one of that year), or
     * empty when that year has none; for the annual report of that year.
     */
    @Transactional
    public java.util.Optional<SchoolStages> stagesOf(SchoolSummary school, int academicYear) {
        return campaigns.findByMunicipalityId(school.municipalityId()).stream()
                .filter(c -> c.getAcademicYear() == academicYear)
                .max(Comparator.comparing(Campaign::getId))
                .map(c -> new SchoolStages(summary(c), rows(c, List.of(school)).get(0)));
    }

    // --- the stakeholders-informed mark ----------------------------------------------------------------------

    public record InformedTarget(CampaignSummary campaign, long schoolId, String schoolName, LocalDate informedOn,
            String evidence, long version) {}

    /** The mark of a school in a campaign, for that school's curator only. */
    @Transactional(readOnly = true)
    InformedTarget informed(CurrentUser user, long campaignSchoolId) {
        CampaignSchool cs = forCurator(user, campaignSchoolId);
        Campaign c = campaigns.findById(cs.getCampaignId()).orElseThrow(NotFoundException::new);
        String name = schools.summariesOf(List.of(cs.getSchoolId())).get(0).shortName();
        return new InformedTarget(summary(c), cs.getSchoolId(), name, cs.getInformedOn(), cs.getEvidence(),
                cs.getVersion());
    }

    private CampaignSchool forCurator(CurrentUser user, long campaignSchoolId) {
        CampaignSchool cs = campaignSchools.findById(campaignSchoolId).orElseThrow(NotFoundException::new);
        Campaign c = campaigns.findById(cs.getCampaignId()).orElseThrow(NotFoundException::new);
        boolean ownSchool = user.schoolIds().contains(cs.getSchoolId());
        boolean readsSchool = ownSchool || user.readsMunicipality(c.getMunicipalityId());
        if (!readsSchool) {
            throw new NotFoundException();
        }
        if (!(user.has(Role.CURATOR) && ownSchool)) {
            throw new AccessDeniedException("only the school's curator marks it");
        }
        return cs;
    }

    @Transactional
    long markInformed(CurrentUser user, long campaignSchoolId, InformedForm form) {
        CampaignSchool cs = forCurator(user, campaignSchoolId);
        if (form.getVersion() == null || form.getVersion() != cs.getVersion()) {
            throw new StaleVersionException(cs.getVersion());
        }
        cs.markInformed(form.getInformedOn(), form.getEvidence(), user.id(), clock.instant());
        return cs.getCampaignId();
    }

    @Transactional
    long clearInformed(CurrentUser user, long campaignSchoolId, Long version) {
        CampaignSchool cs = forCurator(user, campaignSchoolId);
        if (version == null || version != cs.getVersion()) {
            throw new StaleVersionException(cs.getVersion());
        }
        cs.clearInformed(user.id(), clock.instant());
        return cs.getCampaignId();
    }

    /** For demo data: marks a school's stakeholders informed in a campaign. */
    @Transactional
    public void markInformed(long campaignId, long schoolId, LocalDate on, String evidence, long userId) {
        Campaign c = campaigns.findById(campaignId).orElseThrow(NotFoundException::new);
        ensureRows(c, List.of(schoolId)).get(schoolId).markInformed(on, evidence, userId, clock.instant());
    }

    @Transactional(readOnly = true)
    public boolean exists(long municipalityId, String title) {
        return campaigns.existsByMunicipalityIdAndTitle(municipalityId, title);
    }
}
