package ru.edu.mentoring.programmes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.approval.Actor;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.Approvals;
import ru.edu.mentoring.approval.Step;
import ru.edu.mentoring.pairing.FormCodes;
import ru.edu.mentoring.pairing.Pairing;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.programmes.ProgrammeViews.FormCell;
import ru.edu.mentoring.programmes.ProgrammeViews.PairRow;
import ru.edu.mentoring.programmes.ProgrammeViews.ProgrammeView;
import ru.edu.mentoring.programmes.ProgrammeViews.SchoolRow;
import ru.edu.mentoring.programmes.ProgrammeViews.Waiting;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.shared.NotFoundException;

/**
 * The programmes module's service: a school's programme per form and academic year, read within the user's scope,
 * written and submitted by the school's curator, approved or returned by the school's head (the approval workflow,
 * subject kind PROGRAMME); on approval the order «Об утверждении программы наставничества» is filed in the school's
 * document register. A pair belongs to the programme of its school, its form and the academic year of its start.
 */
@Service
public class Programmes {

    private final SchoolProgrammeRepository programmes;
    private final PersonalProgrammeRepository personal;
    private final Schools schools;
    private final Accounts accounts;
    private final Pairing pairing;
    private final PairingService pairingService;
    private final People people;
    private final Approvals approvals;
    private final ProgrammeOrders orders;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Programmes(SchoolProgrammeRepository programmes, PersonalProgrammeRepository personal, Schools schools,
            Accounts accounts, Pairing pairing, PairingService pairingService, People people, Approvals approvals,
            ProgrammeOrders orders, JdbcTemplate jdbc, Clock clock) {
        this.programmes = programmes;
        this.personal = personal;
        this.schools = schools;
        this.accounts = accounts;
        this.pairing = pairing;
        this.pairingService = pairingService;
        this.people = people;
        this.approvals = approvals;
        this.orders = orders;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    int currentYear() {
        return AcademicYear.of(LocalDate.now(clock));
    }

    /** The id of the national form «педагог — педагог» (учитель – учитель), whose pairs get personalised programmes. */
    Optional<Long> teacherFormId() {
        return pairingService.formId(FormCodes.TEACHER_TEACHER);
    }

    // --- access ----------------------------------------------------------------------------------------------

    SchoolProgramme readable(CurrentUser user, long id) {
        SchoolProgramme p = programmes.findById(id).orElseThrow(NotFoundException::new);
        if (!user.canRead(p.getSchoolId(), p.getMunicipalityId())) {
            throw new NotFoundException();
        }
        return p;
    }

    SchoolProgramme forCurator(CurrentUser user, long id) {
        SchoolProgramme p = readable(user, id);
        Approvals.requireCurator(user, p.getSchoolId());
        return p;
    }

    SchoolProgramme forHead(CurrentUser user, long id) {
        SchoolProgramme p = readable(user, id);
        Approvals.requireHead(user, p.getSchoolId());
        return p;
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /** Every school the user sees with its programmes of the year, one cell per active form. */
    @Transactional(readOnly = true)
    List<SchoolRow> rows(CurrentUser user, int academicYear) {
        List<SchoolSummary> visible = schools.visibleTo(user);
        Map<Long, String> forms = pairing.formNames();
        Map<Long, Map<Long, SchoolProgramme>> bySchool = new LinkedHashMap<>();
        if (!visible.isEmpty()) {
            programmes.findBySchoolIdInAndAcademicYear(visible.stream().map(SchoolSummary::id).toList(), academicYear)
                    .forEach(p -> bySchool.computeIfAbsent(p.getSchoolId(), k -> new LinkedHashMap<>())
                            .put(p.getFormId(), p));
        }
        List<SchoolRow> rows = new ArrayList<>();
        for (SchoolSummary s : visible) {
            Map<Long, SchoolProgramme> own = bySchool.getOrDefault(s.id(), Map.of());
            List<FormCell> cells = new ArrayList<>();
            forms.forEach((formId, name) -> {
                SchoolProgramme p = own.get(formId);
                cells.add(new FormCell(formId, name, p == null ? null : p.getId(), p == null ? null : p.getStatus()));
            });
            rows.add(new SchoolRow(s.id(), s.shortName(), Approvals.isCuratorOf(user, s.id()), cells));
        }
        return rows;
    }

    @Transactional(readOnly = true)
    ProgrammeView view(CurrentUser user, long id) {
        return view(readable(user, id));
    }

    private ProgrammeView view(SchoolProgramme p) {
        SchoolSummary school = schools.summariesOf(List.of(p.getSchoolId())).get(0);
        String curatorName = p.getCuratorId() == null ? null
                : accounts.fullNames(List.of(p.getCuratorId())).get(p.getCuratorId());
        return new ProgrammeView(p.getId(), p.getSchoolId(), school.shortName(), school.fullName(),
                p.getMunicipalityId(), p.getFormId(), formName(p.getFormId()), p.getAcademicYear(),
                AcademicYear.label(p.getAcademicYear()), p.getGoal(), p.getTasks(), p.getVariations(),
                p.getPeriodFrom(), p.getPeriodTo(), p.getCuratorId(), curatorName, p.getStatus(),
                local(p.getStatusChangedAt()), p.getVersion(), p.getOrderDocumentId(),
                approvals.returnComment(SchoolProgramme.KIND, p.getId(), p.getStatus()).orElse(null),
                approvals.history(SchoolProgramme.KIND, p.getId()),
                teacherFormId().map(t -> t == p.getFormId()).orElse(false));
    }

    String formName(long formId) {
        String name = pairing.formNames().get(formId);
        if (name != null) {
            return name;
        }
        return jdbc.query("select name from pairing_form_v where id = ?", (rs, i) -> rs.getString(1), formId)
                .stream().findFirst().orElse("");
    }

    /** The curators of the school (its curator and deputies): who may be named responsible for a programme. */
    @Transactional(readOnly = true)
    Map<Long, String> curatorChoices(long schoolId) {
        Map<Long, String> out = new LinkedHashMap<>();
        accounts.enabledUsersAtSchool(schoolId).stream().filter(m -> m.roles().contains(Role.CURATOR))
                .forEach(m -> out.put(m.id(), m.fullName()));
        return out;
    }

    /**
     * The programme's pairs and groups: those of its school and form that started in its academic year, by start
     * date; the people's names as of today.
     */
    @Transactional(readOnly = true)
    List<PairRow> pairsOf(long programmeId) {
        SchoolProgramme p = programmes.findById(programmeId).orElseThrow(NotFoundException::new);
        LocalDate from = LocalDate.of(p.getAcademicYear(), 9, 1);
        LocalDate to = from.plusYears(1).minusDays(1);
        record Row(long id, String status, long mentorId, LocalDate start) {}
        List<Row> rows = jdbc.query("select id, status, mentor_id, start_date from pairing_pair_v where school_id = ?"
                + " and form_id = ? and start_date between ? and ? order by start_date, id",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getDate(4).toLocalDate()),
                p.getSchoolId(), p.getFormId(), from, to);
        if (rows.isEmpty()) {
            return List.of();
        }
        Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
        Map<Long, List<Long>> mentees = new LinkedHashMap<>();
        jdbc.query("select pair_id, person_id from pairing_pair_mentee_v where pair_id = any(?) order by person_id",
                rs -> {
                    mentees.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }, (Object) ids);
        Set<Long> personIds = new HashSet<>();
        rows.forEach(r -> personIds.add(r.mentorId()));
        mentees.values().forEach(personIds::addAll);
        Map<Long, Participant> names = people.participants(personIds, people.today());
        Set<Long> withPersonal = new HashSet<>(jdbc.queryForList("select pair_id from personal_programme where pair_id = any(?)",
                        Long.class, (Object) ids));
        return rows.stream().map(r -> new PairRow(r.id(), r.status(), shortName(names, r.mentorId()),
                mentees.getOrDefault(r.id(), List.of()).stream().map(m -> shortName(names, m)).toList(), r.start(),
                withPersonal.contains(r.id()))).toList();
    }

    /** The people shown with the programme's pairs who are minors, for the audit of the read. */
    @Transactional(readOnly = true)
    Set<Long> minorsOfPairs(List<PairRow> rows) {
        return pairing.minorParticipants(rows.stream().map(PairRow::pairId).toList());
    }

    private static String shortName(Map<Long, Participant> names, long id) {
        Participant p = names.get(id);
        return p == null ? "—" : p.shortName();
    }

    /** The programme a pair belongs to: its school's programme of its form in the academic year of its start. */
    @Transactional(readOnly = true)
    public Optional<ProgrammeRef> programmeOfPair(long schoolId, long formId, LocalDate pairStart) {
        int year = AcademicYear.of(pairStart);
        return programmes.findBySchoolIdAndFormIdAndAcademicYear(schoolId, formId, year)
                .map(p -> new ProgrammeRef(p.getId(), AcademicYear.label(year), p.getStatus()));
    }

    /** A programme as a pair's page names it. */
    public record ProgrammeRef(long id, String yearLabel, ApprovalStatus status) {}

    /** The programmes waiting for the user's decision (a head's own schools), oldest first. */
    @Transactional(readOnly = true)
    List<Waiting> waitingFor(CurrentUser user) {
        Set<Long> own = user.schoolIds().stream().filter(s -> Approvals.isHeadOf(user, s))
                .collect(Collectors.toSet());
        if (own.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = schools.summariesOf(own).stream()
                .collect(Collectors.toMap(SchoolSummary::id, SchoolSummary::shortName));
        return programmes.waiting(own, ApprovalStatus.SUBMITTED).stream()
                .map(p -> new Waiting(p.getId(), names.get(p.getSchoolId()), formName(p.getFormId()),
                        AcademicYear.label(p.getAcademicYear()), local(p.getStatusChangedAt())))
                .toList();
    }

    /** The approved programmes of a school for its public page (no person's name), the latest year first. */
    @Transactional(readOnly = true)
    List<SchoolProgramme> approvedOf(long schoolId) {
        return programmes.ofSchoolInStatus(schoolId, ApprovalStatus.APPROVED);
    }

    /** Approved programmes per school of the municipality in an academic year. */
    @Transactional(readOnly = true)
    Map<Long, Integer> approvedCounts(long municipalityId, int academicYear) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        for (Object[] row : programmes.approvedCounts(municipalityId, academicYear)) {
            out.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return out;
    }

    // --- changing --------------------------------------------------------------------------------------------

    /** The school's programme of the form and year, created as a draft by its curator; one per form per year. */
    @Transactional
    long create(CurrentUser user, long schoolId, long formId, int academicYear) {
        SchoolSummary school = schools.readable(user, schoolId);
        Approvals.requireCurator(user, schoolId);
        if (!pairing.formNames().containsKey(formId)) {
            throw new ProgrammeRuleException("programme.error.form");
        }
        if (academicYear < 2018 || academicYear > currentYear() + 1) {
            throw new ProgrammeRuleException("programme.error.year");
        }
        if (programmes.findBySchoolIdAndFormIdAndAcademicYear(schoolId, formId, academicYear).isPresent()) {
            throw new ProgrammeRuleException("programme.error.exists");
        }
        SchoolProgramme p = new SchoolProgramme(schoolId, school.municipalityId(), formId, academicYear,
                clock.instant());
        try {
            return programmes.saveAndFlush(p).getId();
        } catch (DataIntegrityViolationException e) {
            throw new ProgrammeRuleException("programme.error.exists");
        }
    }

    /** The curator's content of a draft or returned programme; the responsible curator must be one of the school. */
    @Transactional
    void edit(CurrentUser user, long id, long version, String goal, String tasks, String variations,
            LocalDate from, LocalDate to, Long curatorId) {
        SchoolProgramme p = forCurator(user, id);
        checkPeriod(p.getAcademicYear(), from, to);
        if (curatorId != null && !curatorChoices(p.getSchoolId()).containsKey(curatorId)) {
            throw new ProgrammeRuleException("programme.error.curator");
        }
        p.edit(version, goal, tasks, variations, from, to, curatorId, clock.instant());
        programmes.saveAndFlush(p);
    }

    static void checkPeriod(int academicYear, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new ProgrammeRuleException("programme.error.period.required");
        }
        if (to.isBefore(from)) {
            throw new ProgrammeRuleException("programme.error.period.order");
        }
        LocalDate start = LocalDate.of(academicYear, 9, 1).minusMonths(3);
        LocalDate end = LocalDate.of(academicYear + 1, 8, 31);
        if (from.isBefore(start) || to.isAfter(end)) {
            throw new ProgrammeRuleException("programme.error.period.year");
        }
    }

    @Transactional
    void submit(CurrentUser user, long id, long version) {
        SchoolProgramme p = forCurator(user, id);
        if (!p.complete()) {
            throw new ProgrammeRuleException("programme.error.incomplete");
        }
        record(p, p.submit(version, Actor.of(user), clock.instant()));
    }

    /** The head approves; the order approving the programme is filed in the school's document register. */
    @Transactional
    void approve(CurrentUser user, long id, long version, String comment) {
        SchoolProgramme p = forHead(user, id);
        Step step = p.approve(version, comment, Actor.of(user), clock.instant());
        record(p, step);
        p.fileOrder(orders.file(view(p), user.fullName(), LocalDate.now(clock)));
        programmes.save(p);
    }

    @Transactional
    void returnForRework(CurrentUser user, long id, long version, String comment) {
        SchoolProgramme p = forHead(user, id);
        record(p, p.returnForRework(version, comment, Actor.of(user), clock.instant()));
    }

    /** The curator starts a new version of an approved programme (a draft again, to be approved again). */
    @Transactional
    void reopen(CurrentUser user, long id, long version) {
        SchoolProgramme p = forCurator(user, id);
        record(p, p.reopen(version, Actor.of(user), clock.instant()));
    }

    private void record(SchoolProgramme p, Step step) {
        programmes.saveAndFlush(p);
        approvals.record(new Approvals.Subject(SchoolProgramme.KIND, p.getId(), p.getSchoolId(),
                p.getMunicipalityId()), step);
    }

    // --- demo data and tests ---------------------------------------------------------------------------------

    /** A programme written as its curator would, moved to {@code status} with these actors; for the demo data. */
    @Transactional
    public long demo(long schoolId, String formCode, int academicYear, String goal, String tasks, String variations,
            long curatorUserId, ApprovalStatus status, Actor curator, Actor head, String returnComment) {
        SchoolSummary school = schools.summariesOf(List.of(schoolId)).get(0);
        long formId = pairingService.formId(formCode).orElseThrow();
        SchoolProgramme p = programmes.findBySchoolIdAndFormIdAndAcademicYear(schoolId, formId, academicYear)
                .orElse(null);
        if (p != null) {
            return p.getId();
        }
        Instant now = clock.instant();
        p = programmes.saveAndFlush(new SchoolProgramme(schoolId, school.municipalityId(), formId, academicYear,
                now));
        p.edit(p.getVersion(), goal, tasks, variations, LocalDate.of(academicYear, 9, 1),
                LocalDate.of(academicYear + 1, 5, 31), curatorUserId, now);
        p = programmes.saveAndFlush(p);
        if (status == ApprovalStatus.DRAFT) {
            return p.getId();
        }
        record(p, p.submit(p.getVersion(), curator, now));
        if (status == ApprovalStatus.APPROVED) {
            record(p, p.approve(p.getVersion(), null, head, now));
            p.fileOrder(orders.file(view(p), head.name(), LocalDate.now(clock)));
            programmes.save(p);
        } else if (status == ApprovalStatus.RETURNED) {
            record(p, p.returnForRework(p.getVersion(), returnComment, head, now));
        }
        return p.getId();
    }

    @Transactional(readOnly = true)
    public boolean hasProgrammes(long schoolId) {
        return programmes.findBySchoolIdInAndAcademicYear(List.of(schoolId), currentYear()).size() > 0
                || !programmes.ofSchoolInStatus(schoolId, ApprovalStatus.APPROVED).isEmpty();
    }

    private LocalDateTime local(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, clock.getZone());
    }

}
