package ru.edu.mentoring.contests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.StaleVersionException;

/**
 * The contest rules in one place: who reaches a contest and an application, the department's steps, the schools'
 * applications, the jurors' scores and the results. A juror is a user named for one contest ({@code contest_juror});
 * they reach that contest's applications of other schools only, and see their own scores only until the results.
 */
@Service
public class Contests {

    private final ContestRepository contests;
    private final ContestNominationRepository nominations;
    private final ContestCriterionRepository criteria;
    private final ContestCriterionTemplateRepository templates;
    private final ContestJurorRepository jurors;
    private final ContestApplicationRepository applications;
    private final ContestFileRepository files;
    private final ContestScoreRepository scores;
    private final Schools schools;
    private final People people;
    private final Accounts accounts;
    private final PracticeBank bank;
    private final PublicationConsent publication;
    private final Clock clock;

    Contests(ContestRepository contests, ContestNominationRepository nominations, ContestCriterionRepository criteria,
            ContestCriterionTemplateRepository templates, ContestJurorRepository jurors, ContestApplicationRepository applications,
            ContestFileRepository files, ContestScoreRepository scores, Schools schools, People people, Accounts accounts,
            PracticeBank bank, PublicationConsent publication, Clock clock) {
        this.contests = contests;
        this.nominations = nominations;
        this.criteria = criteria;
        this.templates = templates;
        this.jurors = jurors;
        this.applications = applications;
        this.files = files;
        this.scores = scores;
        this.schools = schools;
        this.people = people;
        this.accounts = accounts;
        this.bank = bank;
        this.publication = publication;
        this.clock = clock;
    }

    /** The two real score sheets of programme.md (section 3.1) seeded by V79. */
    static final List<String> TEMPLATES = List.of("MARI_EL_PRACTICES", "KOMI_MENTOR_OF_YEAR");

    // --- views ----------------------------------------------------------------------------------------------------

    public record ContestView(long id, long municipalityId, String title, ContestLevel level, int year,
            ContestType type, ContestPhase phase, LocalDate acceptFrom, LocalDate acceptTo, LocalDate juryFrom,
            LocalDate juryTo, LocalDate resultsOn, long version) {}

    record NominationView(long id, String title) {}

    record CriterionView(long id, int position, String title, String description, CriterionKind kind, int minPoints,
            int maxPoints, List<ContestCriterion.Band> bands) {}

    record JurorView(long id, long userId, String fullName, int scored, int toScore) {}

    record FileView(long id, ContestFile.Kind kind, String fileName, int sizeBytes) {}

    record ApplicationView(long id, long contestId, Long nominationId, String nomination, long schoolId,
            String school, Long mentorPersonId, String nominee, String practiceSummary, BigDecimal meanTotal,
            Integer place, boolean enteredBank, List<FileView> files, long version) {}

    record ScoreView(long criterionId, int points, String evidence, String comment) {}

    /** What the user may do with a contest. */
    record Access(boolean manages, boolean readsAll, boolean juror, Set<Long> ownSchools) {
        public boolean applies() {
            return !ownSchools.isEmpty();
        }
    }

    record JurorCandidate(long userId, String fullName, String username) {}

    /** A line of the results; {@code nameHidden}: a mentor without consent to publication, shown by school only. */
    record ResultLine(String nomination, Integer place, String nominee, String school, BigDecimal meanTotal,
            long applicationId, boolean nameHidden) {}

    // --- access ---------------------------------------------------------------------------------------------------

    static boolean managesMunicipality(CurrentUser user, long municipalityId) {
        return user.has(Role.ADMIN) || (user.has(Role.DEPARTMENT) && user.municipalityId() != null
                && user.municipalityId() == municipalityId);
    }

    /** Everything the user may do with the contest; a contest out of their reach answers 404. */
    Access access(CurrentUser user, Contest c) {
        boolean manages = managesMunicipality(user, c.getMunicipalityId());
        boolean readsAll = manages || user.seesAllMunicipalities()
                || (user.has(Role.METHODOLOGIST) && Objects.equals(user.municipalityId(), c.getMunicipalityId()));
        boolean juror = jurors.findByContestIdAndUserId(c.getId(), user.id()).isPresent();
        Set<Long> own = new HashSet<>();
        if (c.getPhase() != ContestPhase.DRAFT && (user.has(Role.CURATOR) || user.has(Role.SCHOOL_HEAD))
                && !user.schoolIds().isEmpty()) {
            for (SchoolSummary s : schools.summariesOf(user.schoolIds())) {
                if (s.municipalityId() == c.getMunicipalityId()) {
                    own.add(s.id());
                }
            }
        }
        if (!readsAll && !juror && own.isEmpty()) {
            throw new NotFoundException();
        }
        return new Access(manages, readsAll, juror, own);
    }

    Contest contest(long id) {
        return contests.findById(id).orElseThrow(NotFoundException::new);
    }

    Contest managed(CurrentUser user, long id) {
        Contest c = contest(id);
        if (!access(user, c).manages()) {
            throw new AccessDeniedException("contest");
        }
        return c;
    }

    /** The schools the juror user belongs to among the given ones (they never score these schools' applications). */
    private Set<Long> memberSchools(long userId, Set<Long> schoolIds) {
        Set<Long> result = new HashSet<>();
        for (Long s : schoolIds) {
            if (accounts.enabledUsersAtSchool(s).stream().anyMatch(m -> m.id() == userId)) {
                result.add(s);
            }
        }
        return result;
    }

    // --- reading --------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<ContestView> visible(CurrentUser user) {
        List<Contest> list;
        if (user.seesAllMunicipalities()) {
            list = contests.findAllByOrderByYearDescIdDesc();
        } else {
            Set<Long> ids = new HashSet<>();
            if (user.municipalityId() != null && (user.has(Role.DEPARTMENT) || user.has(Role.METHODOLOGIST))) {
                contests.findByMunicipalityIdOrderByYearDescIdDesc(user.municipalityId())
                        .forEach(c -> ids.add(c.getId()));
            }
            if ((user.has(Role.CURATOR) || user.has(Role.SCHOOL_HEAD)) && !user.schoolIds().isEmpty()) {
                schools.summariesOf(user.schoolIds()).stream().map(SchoolSummary::municipalityId).distinct()
                        .flatMap(m -> contests.findByMunicipalityIdOrderByYearDescIdDesc(m).stream())
                        .filter(c -> c.getPhase() != ContestPhase.DRAFT).forEach(c -> ids.add(c.getId()));
            }
            jurors.findByUserId(user.id()).forEach(j -> ids.add(j.getContestId()));
            list = ids.isEmpty() ? List.of() : contests.findByIdInOrderByYearDescIdDesc(ids);
        }
        return list.stream().map(Contests::view).toList();
    }

    static ContestView view(Contest c) {
        return new ContestView(c.getId(), c.getMunicipalityId(), c.getTitle(), c.getLevel(), c.getYear(), c.getType(),
                c.getPhase(), c.getAcceptFrom(), c.getAcceptTo(), c.getJuryFrom(), c.getJuryTo(), c.getResultsOn(),
                c.getVersion());
    }

    List<NominationView> nominations(long contestId) {
        return nominations.findByContestIdOrderByPositionAscIdAsc(contestId).stream()
                .map(n -> new NominationView(n.getId(), n.getTitle())).toList();
    }

    List<CriterionView> criteria(long contestId) {
        return criteria.findByContestIdOrderByPositionAscIdAsc(contestId).stream()
                .map(c -> new CriterionView(c.getId(), c.getPosition(), c.getTitle(), c.getDescription(), c.getKind(),
                        c.getMinPoints(), c.getMaxPoints(), c.bandList()))
                .toList();
    }

    List<FileView> regulation(long contestId) {
        return files.findByContestIdAndApplicationIdIsNullOrderByIdDesc(contestId).stream()
                .map(f -> new FileView(f.getId(), f.getKind(), f.getFileName(), f.getSizeBytes())).toList();
    }

    /** The page of a contest as the user may see it. */
    record Page(ContestView contest, Access access, List<NominationView> nominations, List<CriterionView> criteria,
            List<FileView> regulation, List<JurorView> jurors, List<ApplicationView> applications,
            List<ResultLine> results, boolean bankConnected) {}

    @Transactional(readOnly = true)
    Page page(CurrentUser user, long id) {
        Contest c = contest(id);
        Access a = access(user, c);
        List<ContestApplication> all = applications.findByContestIdOrderByIdAsc(id);
        List<ContestApplication> shown;
        if (a.readsAll()) {
            shown = all;
        } else {
            Set<Long> excluded = a.juror() ? memberSchools(user.id(),
                    all.stream().map(ContestApplication::getSchoolId).collect(Collectors.toSet())) : Set.of();
            shown = all.stream().filter(x -> a.ownSchools().contains(x.getSchoolId())
                    || (a.juror() && c.getPhase() != ContestPhase.DRAFT && !excluded.contains(x.getSchoolId())))
                    .toList();
        }
        List<JurorView> jurorViews = a.readsAll() ? jurorViews(c, all) : List.of();
        List<ResultLine> results = c.getPhase() == ContestPhase.RESULTS ? results(c, all, false) : List.of();
        return new Page(view(c), a, nominations(id), criteria(id), regulation(id), jurorViews,
                applicationViews(shown), results, bank.connected());
    }

    private List<JurorView> jurorViews(Contest c, List<ContestApplication> all) {
        List<ContestJuror> js = jurors.findByContestIdOrderByIdAsc(c.getId());
        Map<Long, String> names = accounts.fullNames(js.stream().map(ContestJuror::getUserId).toList());
        Map<Long, Map<Long, Set<Long>>> given = scoredCriteria(all);
        int criteriaCount = criteria.findByContestIdOrderByPositionAscIdAsc(c.getId()).size();
        Set<Long> schoolIds = all.stream().map(ContestApplication::getSchoolId).collect(Collectors.toSet());
        List<JurorView> result = new ArrayList<>();
        for (ContestJuror j : js) {
            Set<Long> own = memberSchools(j.getUserId(), schoolIds);
            int toScore = 0;
            int scored = 0;
            for (ContestApplication app : all) {
                if (own.contains(app.getSchoolId())) {
                    continue;
                }
                toScore++;
                Set<Long> done = given.getOrDefault(app.getId(), Map.of()).getOrDefault(j.getId(), Set.of());
                if (criteriaCount > 0 && done.size() >= criteriaCount) {
                    scored++;
                }
            }
            result.add(new JurorView(j.getId(), j.getUserId(), names.getOrDefault(j.getUserId(), ""), scored, toScore));
        }
        return result;
    }

    /** application → juror → criteria scored. */
    private Map<Long, Map<Long, Set<Long>>> scoredCriteria(List<ContestApplication> all) {
        Map<Long, Map<Long, Set<Long>>> given = new HashMap<>();
        if (all.isEmpty()) {
            return given;
        }
        for (ContestScore s : scores.findByApplicationIdIn(all.stream().map(ContestApplication::getId).toList())) {
            given.computeIfAbsent(s.getApplicationId(), k -> new HashMap<>())
                    .computeIfAbsent(s.getJurorId(), k -> new HashSet<>()).add(s.getCriterionId());
        }
        return given;
    }

    private List<ApplicationView> applicationViews(List<ContestApplication> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, String> schoolNames = schools.summariesOf(list.stream().map(ContestApplication::getSchoolId)
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(SchoolSummary::id, SchoolSummary::shortName));
        Set<Long> mentorIds = list.stream().map(ContestApplication::getMentorPersonId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, Participant> mentors = mentorIds.isEmpty() ? Map.of()
                : people.participants(mentorIds, LocalDate.now(clock));
        Map<Long, String> nominationTitles = new HashMap<>();
        list.stream().map(ContestApplication::getContestId).distinct().forEach(cid -> nominations
                .findByContestIdOrderByPositionAscIdAsc(cid).forEach(n -> nominationTitles.put(n.getId(), n.getTitle())));
        List<ApplicationView> result = new ArrayList<>();
        for (ContestApplication x : list) {
            String nominee = x.getMentorPersonId() != null
                    ? (mentors.containsKey(x.getMentorPersonId()) ? mentors.get(x.getMentorPersonId()).fullName() : "")
                    : x.getPracticeTitle();
            List<FileView> fs = files.findByApplicationIdOrderByIdAsc(x.getId()).stream()
                    .map(f -> new FileView(f.getId(), f.getKind(), f.getFileName(), f.getSizeBytes())).toList();
            result.add(new ApplicationView(x.getId(), x.getContestId(), x.getNominationId(),
                    x.getNominationId() == null ? null : nominationTitles.get(x.getNominationId()), x.getSchoolId(),
                    schoolNames.getOrDefault(x.getSchoolId(), ""), x.getMentorPersonId(), nominee,
                    x.getPracticeSummary(), x.getMeanTotal(), x.getPlace(), x.getEnteredBankAt() != null, fs,
                    x.getVersion()));
        }
        return result;
    }

    /** An application the user may open: the managers and readers of the contest, its school, an eligible juror. */
    record ApplicationPage(ContestView contest, ApplicationView application, Access access, boolean mayScore,
            List<CriterionView> criteria, Map<Long, ScoreView> myScores, String myComment) {}

    @Transactional(readOnly = true)
    ApplicationPage application(CurrentUser user, long id) {
        ContestApplication x = applications.findById(id).orElseThrow(NotFoundException::new);
        Contest c = contest(x.getContestId());
        Access a = access(user, c);
        boolean own = a.ownSchools().contains(x.getSchoolId());
        boolean eligibleJuror = a.juror() && !memberSchools(user.id(), Set.of(x.getSchoolId())).contains(x.getSchoolId());
        if (!a.readsAll() && !own && !eligibleJuror) {
            throw new NotFoundException();
        }
        Map<Long, ScoreView> mine = new LinkedHashMap<>();
        String comment = null;
        if (eligibleJuror) {
            ContestJuror j = jurors.findByContestIdAndUserId(c.getId(), user.id()).orElseThrow();
            for (ContestScore s : scores.findByApplicationIdAndJurorId(x.getId(), j.getId())) {
                mine.put(s.getCriterionId(), new ScoreView(s.getCriterionId(), s.getPoints(), s.getEvidence(),
                        s.getComment()));
                if (s.getComment() != null) {
                    comment = s.getComment();
                }
            }
        }
        return new ApplicationPage(view(c), applicationViews(List.of(x)).get(0), a,
                eligibleJuror && c.getPhase() == ContestPhase.JURY, criteria(c.getId()), mine, comment);
    }

    /** A file: the regulation for whoever reaches the contest, an application's document as its application. */
    @Transactional(readOnly = true)
    ContestFile file(CurrentUser user, long fileId) {
        ContestFile f = files.findById(fileId).orElseThrow(NotFoundException::new);
        if (f.getApplicationId() == null) {
            access(user, contest(f.getContestId()));
        } else {
            application(user, f.getApplicationId());
        }
        f.getBytes();
        return f;
    }

    // --- the department -------------------------------------------------------------------------------------------

    @Transactional
    public long create(CurrentUser user, long municipalityId, ContestCommand command) {
        if (!managesMunicipality(user, municipalityId)) {
            throw new AccessDeniedException("contest");
        }
        checkDates(command);
        Contest c = new Contest(municipalityId, command.type());
        c.define(command);
        return contests.save(c).getId();
    }

    @Transactional
    void update(CurrentUser user, long id, ContestCommand command, long version) {
        Contest c = managed(user, id);
        if (c.getVersion() != version) {
            throw new StaleVersionException(c.getVersion());
        }
        checkDates(command);
        c.define(command);
    }

    private static void checkDates(ContestCommand c) {
        if (before(c.acceptTo(), c.acceptFrom()) || before(c.juryTo(), c.juryFrom())
                || before(c.juryFrom(), c.acceptTo()) || before(c.resultsOn(), c.juryTo())) {
            throw new ContestRuleException("contest.dates.order");
        }
    }

    private static boolean before(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isBefore(b);
    }

    private void requireSetup(Contest c) {
        if (c.getPhase() == ContestPhase.JURY || c.getPhase() == ContestPhase.RESULTS) {
            throw new ContestRuleException("contest.rule.setupClosed");
        }
    }

    @Transactional
    public void addNomination(CurrentUser user, long id, String title) {
        Contest c = managed(user, id);
        requireSetup(c);
        nominations.save(new ContestNomination(id, title, nominations.findByContestIdOrderByPositionAscIdAsc(id).size() + 1));
    }

    @Transactional
    long removeNomination(CurrentUser user, long nominationId) {
        ContestNomination n = nominations.findById(nominationId).orElseThrow(NotFoundException::new);
        Contest c = managed(user, n.getContestId());
        requireSetup(c);
        if (applications.findByContestIdOrderByIdAsc(c.getId()).stream()
                .anyMatch(a -> Objects.equals(a.getNominationId(), nominationId))) {
            throw new ContestRuleException("contest.nomination.used");
        }
        nominations.delete(n);
        return c.getId();
    }

    @Transactional
    public void addCriterion(CurrentUser user, long id, String title, String description, CriterionKind kind,
            int minPoints, int maxPoints, String bands) {
        Contest c = managed(user, id);
        requireSetup(c);
        if (kind == CriterionKind.RANGE && minPoints > maxPoints) {
            throw new ContestRuleException("contest.criterion.range");
        }
        if (kind == CriterionKind.BANDS) {
            List<ContestCriterion.Band> list = ContestCriterion.parseBands(bands);
            if (list.isEmpty() || list.stream().anyMatch(b -> b.points() < 0 || b.points() > maxPoints)) {
                throw new ContestRuleException("contest.criterion.bands.format");
            }
        }
        criteria.save(new ContestCriterion(id, nextPosition(id), title, description, kind, minPoints, maxPoints, bands));
    }

    private int nextPosition(long contestId) {
        return criteria.findByContestIdOrderByPositionAscIdAsc(contestId).stream().mapToInt(ContestCriterion::getPosition)
                .max().orElse(0) + 1;
    }

    @Transactional
    long removeCriterion(CurrentUser user, long criterionId) {
        ContestCriterion cr = criteria.findById(criterionId).orElseThrow(NotFoundException::new);
        Contest c = managed(user, cr.getContestId());
        requireSetup(c);
        criteria.delete(cr);
        return c.getId();
    }

    /** Copies a seeded score sheet's criteria into the contest, after its own. */
    @Transactional
    public void copyTemplate(CurrentUser user, long id, String template) {
        Contest c = managed(user, id);
        requireSetup(c);
        if (!TEMPLATES.contains(template)) {
            throw new ContestRuleException("contest.template.unknown");
        }
        int position = nextPosition(id);
        for (ContestCriterionTemplate t : templates.findByTemplateOrderByPosition(template)) {
            criteria.save(t.copyInto(id, position++));
        }
    }

    @Transactional
    public void uploadRegulation(CurrentUser user, long id, String fileName, byte[] bytes) {
        Contest c = managed(user, id);
        files.save(new ContestFile(id, null, ContestFile.Kind.REGULATION, ContestFiles.check(fileName, bytes),
                clock.instant()));
    }

    List<JurorCandidate> jurorCandidates(CurrentUser user, long id) {
        Contest c = managed(user, id);
        Map<Long, JurorCandidate> result = new LinkedHashMap<>();
        for (Role r : List.of(Role.DEPARTMENT, Role.METHODOLOGIST, Role.CURATOR, Role.SCHOOL_HEAD)) {
            for (Accounts.UserOption o : accounts.enabledUsersWithRole(r, c.getMunicipalityId())) {
                result.putIfAbsent(o.id(), new JurorCandidate(o.id(), o.fullName(), o.username()));
            }
        }
        Set<Long> named = jurors.findByContestIdOrderByIdAsc(id).stream().map(ContestJuror::getUserId)
                .collect(Collectors.toSet());
        return result.values().stream().filter(j -> !named.contains(j.userId()))
                .sorted(Comparator.comparing(JurorCandidate::fullName)).toList();
    }

    @Transactional
    public void addJuror(CurrentUser user, long id, long userId) {
        Contest c = managed(user, id);
        if (c.getPhase() == ContestPhase.RESULTS) {
            throw new ContestRuleException("contest.rule.final");
        }
        if (jurorCandidates(user, id).stream().noneMatch(j -> j.userId() == userId)) {
            throw new ContestRuleException("contest.juror.notOffered");
        }
        jurors.save(new ContestJuror(id, userId));
    }

    @Transactional
    long removeJuror(CurrentUser user, long jurorId) {
        ContestJuror j = jurors.findById(jurorId).orElseThrow(NotFoundException::new);
        Contest c = managed(user, j.getContestId());
        if (c.getPhase() == ContestPhase.JURY || c.getPhase() == ContestPhase.RESULTS) {
            throw new ContestRuleException("contest.juror.working");
        }
        jurors.delete(j);
        return c.getId();
    }

    /** Moves the contest one phase on, after that phase's checks; RESULTS computes and fixes the places. */
    @Transactional
    public ContestPhase advance(CurrentUser user, long id, long version) {
        Contest c = managed(user, id);
        if (c.getVersion() != version) {
            throw new StaleVersionException(c.getVersion());
        }
        switch (c.getPhase()) {
            case DRAFT -> {
                if (criteria.findByContestIdOrderByPositionAscIdAsc(id).isEmpty()) {
                    throw new ContestRuleException("contest.advance.noCriteria");
                }
                c.moveTo(ContestPhase.ACCEPTANCE, clock.instant());
            }
            case ACCEPTANCE -> {
                if (applications.findByContestIdOrderByIdAsc(id).isEmpty()) {
                    throw new ContestRuleException("contest.advance.noApplications");
                }
                if (jurors.findByContestIdOrderByIdAsc(id).isEmpty()) {
                    throw new ContestRuleException("contest.advance.noJury");
                }
                c.moveTo(ContestPhase.JURY, clock.instant());
            }
            case JURY -> {
                List<ContestApplication> all = applications.findByContestIdOrderByIdAsc(id);
                results(c, all, true);
                c.moveTo(ContestPhase.RESULTS, clock.instant());
            }
            case RESULTS -> throw new ContestRuleException("contest.rule.final");
        }
        contests.flush();
        return c.getPhase();
    }

    /**
     * The ranking: each application's total is the mean of the sums of the jurors who may score it (2 decimals, half
     * up); within a nomination places go by the mean, equal means share a place (1, 1, 3). With {@code fix} the
     * results must be complete (every juror scored every criterion of every application they may score) and are
     * written to the applications.
     */
    private List<ResultLine> results(Contest c, List<ContestApplication> all, boolean fix) {
        List<ContestJuror> js = jurors.findByContestIdOrderByIdAsc(c.getId());
        List<ContestCriterion> crs = criteria.findByContestIdOrderByPositionAscIdAsc(c.getId());
        if (fix) {
            Map<Long, Map<Long, Map<Long, Integer>>> points = new HashMap<>();
            if (!all.isEmpty()) {
                for (ContestScore s : scores.findByApplicationIdIn(all.stream().map(ContestApplication::getId).toList())) {
                    points.computeIfAbsent(s.getApplicationId(), k -> new HashMap<>())
                            .computeIfAbsent(s.getJurorId(), k -> new HashMap<>())
                            .put(s.getCriterionId(), s.getPoints());
                }
            }
            Set<Long> schoolIds = all.stream().map(ContestApplication::getSchoolId).collect(Collectors.toSet());
            Map<Long, Set<Long>> jurorSchools = new HashMap<>();
            js.forEach(j -> jurorSchools.put(j.getId(), memberSchools(j.getUserId(), schoolIds)));
            Map<ContestApplication, BigDecimal> means = new LinkedHashMap<>();
            for (ContestApplication app : all) {
                int n = 0;
                long sum = 0;
                for (ContestJuror j : js) {
                    if (jurorSchools.get(j.getId()).contains(app.getSchoolId())) {
                        continue;
                    }
                    Map<Long, Integer> given = points.getOrDefault(app.getId(), Map.of())
                            .getOrDefault(j.getId(), Map.of());
                    for (ContestCriterion cr : crs) {
                        Integer p = given.get(cr.getId());
                        if (p == null) {
                            throw new ContestRuleException("contest.advance.notScored");
                        }
                        sum += p;
                    }
                    n++;
                }
                if (n == 0) {
                    throw new ContestRuleException("contest.advance.noEligibleJuror");
                }
                means.put(app, BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP));
            }
            Map<Long, List<ContestApplication>> byNomination = new LinkedHashMap<>();
            all.forEach(a -> byNomination.computeIfAbsent(a.getNominationId() == null ? 0L : a.getNominationId(),
                    k -> new ArrayList<>()).add(a));
            for (List<ContestApplication> group : byNomination.values()) {
                for (ContestApplication a : group) {
                    BigDecimal mine = means.get(a);
                    int place = 1 + (int) group.stream().filter(o -> means.get(o).compareTo(mine) > 0).count();
                    a.result(mine, place);
                }
            }
        }
        return resultLines(c, all, false);
    }

    /** The results as lines sorted by nomination and place; {@code publicNames} hides names without consent. */
    List<ResultLine> resultLines(Contest c, List<ContestApplication> all, boolean publicNames) {
        Map<Long, String> nominationTitles = new HashMap<>();
        List<ContestNomination> ns = nominations.findByContestIdOrderByPositionAscIdAsc(c.getId());
        ns.forEach(n -> nominationTitles.put(n.getId(), n.getTitle()));
        Map<Long, Integer> order = new HashMap<>();
        for (int i = 0; i < ns.size(); i++) {
            order.put(ns.get(i).getId(), i);
        }
        Map<Long, ApplicationView> views = applicationViews(all).stream()
                .collect(Collectors.toMap(ApplicationView::id, v -> v));
        return all.stream().filter(a -> a.getPlace() != null)
                .sorted(Comparator.comparing((ContestApplication a) -> a.getNominationId() == null ? -1
                        : order.getOrDefault(a.getNominationId(), 999)).thenComparing(ContestApplication::getPlace)
                        .thenComparing(ContestApplication::getId))
                .map(a -> {
                    ApplicationView v = views.get(a.getId());
                    String nominee = publicNames ? publicNominee(a, v.nominee(), publication) : v.nominee();
                    return new ResultLine(a.getNominationId() == null ? null : nominationTitles.get(a.getNominationId()),
                            a.getPlace(), nominee, v.school(), a.getMeanTotal(), a.getId(), nominee == null);
                }).toList();
    }

    /**
     * What a public page says of a nominee: a practice's title; a mentor's name only with their consent to
     * publication, otherwise null (the page shows «наставник (МАОУ СОШ № 1)»).
     */
    static String publicNominee(ContestApplication a, String name, PublicationConsent consent) {
        if (a.getMentorPersonId() == null) {
            return a.getPracticeTitle();
        }
        return consent.namePublishable(a.getMentorPersonId()) ? name : null;
    }

    // --- schools --------------------------------------------------------------------------------------------------

    record ApplyOptions(List<Participant> mentors, List<PracticeBank.PracticeOption> practices) {}

    ApplyOptions applyOptions(CurrentUser user, long contestId, long schoolId) {
        Contest c = contest(contestId);
        requireApplicant(user, c, schoolId);
        if (c.getType() == ContestType.MENTOR) {
            LocalDate today = LocalDate.now(clock);
            return new ApplyOptions(people.mentorBase(schoolId, today).stream()
                    .filter(p -> !p.minor()).toList(), List.of());
        }
        return new ApplyOptions(List.of(), bank.publishedOf(schoolId));
    }

    private void requireApplicant(CurrentUser user, Contest c, long schoolId) {
        Access a = access(user, c);
        if (!user.editsSchoolData(schoolId) || !a.ownSchools().contains(schoolId)) {
            throw new AccessDeniedException("apply");
        }
        if (c.getPhase() != ContestPhase.ACCEPTANCE) {
            throw new ContestRuleException("contest.apply.closed");
        }
    }

    /** What a school's curator sends: the nomination, the mentor or the practice, and the documents. */
    public record Apply(long schoolId, Long nominationId, Long mentorPersonId, Long practiceId, String practiceTitle,
            String practiceSummary, List<Upload> documents) {}

    public record Upload(String kind, String fileName, byte[] bytes) {}

    @Transactional
    public long apply(CurrentUser user, long contestId, Apply command) {
        Contest c = contest(contestId);
        requireApplicant(user, c, command.schoolId());
        List<ContestNomination> ns = nominations.findByContestIdOrderByPositionAscIdAsc(contestId);
        if (!ns.isEmpty() && (command.nominationId() == null
                || ns.stream().noneMatch(n -> n.getId().equals(command.nominationId())))) {
            throw new ContestRuleException("contest.apply.nomination");
        }
        Long mentor = null;
        Long practiceId = null;
        String title = null;
        String summary = null;
        if (c.getType() == ContestType.MENTOR) {
            mentor = command.mentorPersonId();
            Long m = mentor;
            if (m == null || applyOptions(user, contestId, command.schoolId()).mentors().stream()
                    .noneMatch(p -> p.id() == m)) {
                throw new ContestRuleException("contest.apply.mentorInvalid");
            }
            if (applications.findByContestIdOrderByIdAsc(contestId).stream()
                    .anyMatch(a -> m.equals(a.getMentorPersonId()))) {
                throw new ContestRuleException("contest.apply.mentorTwice");
            }
        } else {
            if (command.practiceId() != null) {
                PracticeBank.PracticeOption p = bank.publishedOf(command.schoolId()).stream()
                        .filter(o -> o.id() == command.practiceId()).findFirst()
                        .orElseThrow(() -> new ContestRuleException("contest.apply.practice"));
                practiceId = p.id();
                title = p.title();
                summary = p.summary();
            } else {
                title = command.practiceTitle();
                summary = command.practiceSummary();
                if (title == null || title.isBlank()) {
                    throw new ContestRuleException("contest.apply.practice");
                }
            }
        }
        List<Upload> docs = command.documents() == null ? List.of() : command.documents().stream()
                .filter(u -> u.bytes() != null && u.bytes().length > 0).toList();
        if (docs.stream().noneMatch(u -> "APPLICATION".equals(u.kind()))) {
            throw new ContestRuleException("contest.apply.documentRequired");
        }
        List<ContestFiles.Checked> checked = new ArrayList<>();
        for (Upload u : docs) {
            checked.add(ContestFiles.check(u.fileName(), u.bytes()));
        }
        ContestApplication app = applications.save(new ContestApplication(contestId, command.nominationId(), command.schoolId(),
                mentor, practiceId, title, summary, user.id(), clock.instant()));
        for (int i = 0; i < docs.size(); i++) {
            ContestFile.Kind kind;
            try {
                kind = ContestFile.Kind.valueOf(docs.get(i).kind());
            } catch (IllegalArgumentException e) {
                throw new ContestRuleException("contest.file.type");
            }
            if (kind == ContestFile.Kind.REGULATION) {
                throw new ContestRuleException("contest.file.type");
            }
            files.save(new ContestFile(contestId, app.getId(), kind, checked.get(i), clock.instant()));
        }
        return app.getId();
    }

    // --- jurors ---------------------------------------------------------------------------------------------------

    /** One criterion's score as the juror enters it. */
    public record Given(long criterionId, Integer points, String evidence) {}

    @Transactional
    public long score(CurrentUser user, long applicationId, List<Given> given, String comment) {
        ApplicationPage page = application(user, applicationId);
        if (!page.access().juror()) {
            throw new NotFoundException();
        }
        if (!page.mayScore()) {
            if (page.contest().phase() == ContestPhase.JURY) {
                throw new NotFoundException();
            }
            throw new ContestRuleException("contest.score.closed");
        }
        ContestJuror j = jurors.findByContestIdAndUserId(page.contest().id(), user.id()).orElseThrow(NotFoundException::new);
        Map<Long, ContestCriterion> crs = criteria.findByContestIdOrderByPositionAscIdAsc(page.contest().id()).stream()
                .collect(Collectors.toMap(ContestCriterion::getId, c -> c));
        Map<Long, Given> byCriterion = new HashMap<>();
        for (Given g : given) {
            if (!crs.containsKey(g.criterionId())) {
                throw new ContestRuleException("contest.score.criterion");
            }
            byCriterion.put(g.criterionId(), g);
        }
        for (ContestCriterion cr : crs.values()) {
            Given g = byCriterion.get(cr.getId());
            if (g == null || g.points() == null) {
                throw new ContestRuleException("contest.score.missing");
            }
            if (!cr.accepts(g.points())) {
                throw new ContestRuleException("contest.score.outOfRange");
            }
            if (cr.getKind() == CriterionKind.YES_NO && g.points() > 0
                    && (g.evidence() == null || g.evidence().isBlank())) {
                throw new ContestRuleException("contest.score.evidenceRequired");
            }
        }
        Map<Long, ContestScore> existing = scores.findByApplicationIdAndJurorId(applicationId, j.getId()).stream()
                .collect(Collectors.toMap(ContestScore::getCriterionId, s -> s));
        for (ContestCriterion cr : crs.values()) {
            Given g = byCriterion.get(cr.getId());
            ContestScore s = existing.getOrDefault(cr.getId(), new ContestScore(applicationId, j.getId(), cr.getId()));
            s.set(g.points(), g.evidence(), comment, clock.instant());
            scores.save(s);
        }
        return page.contest().id();
    }

    // --- results --------------------------------------------------------------------------------------------------

    /** The protocol: the contest, criteria, jurors and every juror's sum per application, once the results are final. */
    record Protocol(ContestView contest, List<NominationView> nominations, List<CriterionView> criteria,
            List<String> jurors, List<ResultLine> results, Map<Long, List<Integer>> jurorSums, String municipality) {}

    @Transactional(readOnly = true)
    Protocol protocol(CurrentUser user, long id) {
        Contest c = contest(id);
        Access a = access(user, c);
        if (!a.readsAll()) {
            throw new AccessDeniedException("protocol");
        }
        if (c.getPhase() != ContestPhase.RESULTS) {
            throw new ContestRuleException("contest.protocol.notFinal");
        }
        List<ContestApplication> all = applications.findByContestIdOrderByIdAsc(id);
        List<ContestJuror> js = jurors.findByContestIdOrderByIdAsc(id);
        Map<Long, String> names = accounts.fullNames(js.stream().map(ContestJuror::getUserId).toList());
        Map<Long, Map<Long, Integer>> sums = new HashMap<>();
        if (!all.isEmpty()) {
            for (ContestScore s : scores.findByApplicationIdIn(all.stream().map(ContestApplication::getId).toList())) {
                sums.computeIfAbsent(s.getApplicationId(), k -> new HashMap<>()).merge(s.getJurorId(), s.getPoints(),
                        Integer::sum);
            }
        }
        Map<Long, List<Integer>> jurorSums = new HashMap<>();
        for (ContestApplication app : all) {
            List<Integer> row = new ArrayList<>();
            for (ContestJuror j : js) {
                row.add(sums.getOrDefault(app.getId(), Map.of()).get(j.getId()));
            }
            jurorSums.put(app.getId(), row);
        }
        return new Protocol(view(c), nominations(id), criteria(id),
                js.stream().map(j -> names.getOrDefault(j.getUserId(), "")).toList(), resultLines(c, all, false),
                jurorSums, schools.municipalityName(c.getMunicipalityId()));
    }

    /** The public results of a contest, only once final; mentors' names only with consent to publication. */
    record PublicResults(ContestView contest, String municipality, List<ResultLine> results) {}

    @Transactional(readOnly = true)
    PublicResults publicResults(long id) {
        Contest c = contest(id);
        if (c.getPhase() != ContestPhase.RESULTS) {
            throw new NotFoundException();
        }
        return new PublicResults(view(c), schools.municipalityName(c.getMunicipalityId()),
                resultLines(c, applications.findByContestIdOrderByIdAsc(id), true));
    }

    /** A contest on the municipality's public list: announced, with the jury, or with final results. */
    record PublicContest(ContestView contest, List<String> nominations) {

        public boolean finished() {
            return contest.phase() == ContestPhase.RESULTS;
        }
    }

    /**
     * The municipality's public list of contests (issue 21): every contest past its preparation, newest year first,
     * with its dates and nominations; two queries whatever the number of contests.
     */
    @Transactional(readOnly = true)
    List<PublicContest> publicList(long municipalityId) {
        List<Contest> shown = contests.findByMunicipalityIdOrderByYearDescIdDesc(municipalityId).stream()
                .filter(c -> c.getPhase() != ContestPhase.DRAFT).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> titles = new HashMap<>();
        for (ContestNomination n : nominations.findByContestIdInOrderByPositionAscIdAsc(
                shown.stream().map(Contest::getId).toList())) {
            titles.computeIfAbsent(n.getContestId(), k -> new ArrayList<>()).add(n.getTitle());
        }
        return shown.stream().map(c -> new PublicContest(view(c), titles.getOrDefault(c.getId(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    List<ContestView> publishedOf(long municipalityId) {
        return contests.findByMunicipalityIdOrderByYearDescIdDesc(municipalityId).stream()
                .filter(c -> c.getPhase() == ContestPhase.RESULTS).map(Contests::view).toList();
    }

    /** «Внести в банк практик»: a winning practice (place 1) of a final practice contest enters the bank once. */
    @Transactional
    public long enterBank(CurrentUser user, long applicationId, long version) {
        ContestApplication a = applications.findById(applicationId).orElseThrow(NotFoundException::new);
        Contest c = managed(user, a.getContestId());
        if (a.getVersion() != version) {
            throw new StaleVersionException(a.getVersion());
        }
        if (c.getType() != ContestType.PRACTICE || c.getPhase() != ContestPhase.RESULTS || a.getPlace() == null
                || a.getPlace() != 1) {
            throw new ContestRuleException("contest.bank.notWinner");
        }
        if (a.getEnteredBankAt() != null) {
            throw new ContestRuleException("contest.bank.already");
        }
        if (!bank.connected()) {
            throw new ContestRuleException("contest.bank.none");
        }
        Long practiceId = bank.enterWinner(a.getSchoolId(), a.getPracticeTitle(), a.getPracticeSummary(),
                c.getTitle(), c.getYear());
        a.enteredBank(practiceId, clock.instant());
        return c.getId();
    }

    /** Moves a merged person's applications to the kept record. */
    @Transactional
    public void personsMerged(long keptId, long removedId) {
        applications.findByMentorPersonId(removedId).forEach(a -> a.mentorMerged(keptId));
    }

    List<ContestResults.Entry> forMentor(long personId) {
        List<ContestResults.Entry> result = new ArrayList<>();
        for (ContestApplication a : applications.findByMentorPersonId(personId)) {
            Contest c = contest(a.getContestId());
            if (c.getPhase() != ContestPhase.RESULTS || a.getPlace() == null) {
                continue;
            }
            String nomination = a.getNominationId() == null ? null
                    : nominations.findById(a.getNominationId()).map(ContestNomination::getTitle).orElse(null);
            result.add(new ContestResults.Entry(c.getTitle(), c.getYear(), nomination, a.getPlace()));
        }
        result.sort(Comparator.comparing(ContestResults.Entry::year).reversed());
        return result;
    }
}
