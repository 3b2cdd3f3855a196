package ru.edu.mentoring.honours;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.approval.Actor;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.Approvals;
import ru.edu.mentoring.approval.Step;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.shared.NotFoundException;

/**
 * The honours module's API and rules. A school (its curator or head) nominates a mentor of its own mentor base for a
 * грамота or a благодарность of the department; the department of the school's municipality approves it, returns it
 * with a comment or refuses it, through the approval workflow (history, events, notifications). Whoever reads the
 * school reads its nominations; a nomination outside the user's scope is 404. Only an approved nomination has a
 * document.
 */
@Service
public class Honours {

    /** A nomination as pages, the list, its export and its document show it. */
    public record NominationView(long id, long schoolId, String schoolName, long municipalityId, long personId,
            String mentorName, HonourKind kind, int year, String wording, String justification, String nominatedBy,
            ApprovalStatus status, LocalDateTime statusChangedAt, LocalDate decidedOn, long version,
            boolean minorMentor) {

        public String statusKey() {
            return status.messageKey(Nomination.KIND.prefix());
        }

        public boolean issued() {
            return status == ApprovalStatus.APPROVED;
        }

        public boolean editable() {
            return status.editable();
        }
    }

    /** The list's filters; null means any. */
    public record Filter(ApprovalStatus status, Long schoolId, Integer year, HonourKind kind) {

        boolean accepts(NominationView n) {
            return (status == null || n.status() == status) && (schoolId == null || n.schoolId() == schoolId)
                    && (year == null || n.year() == year) && (kind == null || n.kind() == kind);
        }
    }

    /** What is nominated: the mentor, the kind, the year, the wording and the justification. */
    public record NominationCommand(long personId, HonourKind kind, int year, String wording, String justification) {}

    /** What the department's documents print. */
    public record Signatory(String departmentName, String headPosition, String headName, long version,
            boolean saved) {}

    private final NominationRepository nominations;
    private final HonourSettingsRepository settings;
    private final Approvals approvals;
    private final Schools schools;
    private final People people;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Honours(NominationRepository nominations, HonourSettingsRepository settings, Approvals approvals,
            Schools schools, People people, JdbcTemplate jdbc, Clock clock) {
        this.nominations = nominations;
        this.settings = settings;
        this.approvals = approvals;
        this.schools = schools;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- who may act -----------------------------------------------------------------------------------------

    /** The school's curator or head nominates its mentors. */
    public static boolean nominatesFor(CurrentUser user, long schoolId) {
        return (user.has(Role.CURATOR) || user.has(Role.SCHOOL_HEAD)) && user.schoolIds().contains(schoolId);
    }

    /** 404 outside the read scope, 403 for a reader who does not nominate for the school. */
    public SchoolSummary nominatingSchool(CurrentUser user, long schoolId) {
        SchoolSummary school = schools.readable(user, schoolId);
        if (!nominatesFor(user, schoolId)) {
            throw new AccessDeniedException("does not nominate for the school");
        }
        return school;
    }

    // --- writing ---------------------------------------------------------------------------------------------

    /** The school nominates a mentor of its base; the nomination is submitted to the department at once. */
    @Transactional
    public long nominate(CurrentUser user, long schoolId, NominationCommand c) {
        SchoolSummary school = nominatingSchool(user, schoolId);
        requireMentorOfBase(schoolId, c.personId());
        requireNoTwin(c, null);
        Nomination n = nominations.save(new Nomination(schoolId, school.municipalityId(), c.personId(), c.kind(),
                c.year(), c.wording(), c.justification(), user.fullName(), clock.instant()));
        record(n, n.submit(Actor.of(user), clock.instant()));
        return n.getId();
    }

    /** The school corrects a returned nomination and submits it again. */
    @Transactional
    public void correct(CurrentUser user, long id, long version, NominationCommand c) {
        Nomination n = forSchool(user, id);
        if (c.personId() != n.getPersonId()) {
            requireMentorOfBase(n.getSchoolId(), c.personId());
        }
        requireNoTwin(c, n.getId());
        Step step = n.correct(version, c.kind(), c.year(), c.wording(), c.justification(), Actor.of(user),
                clock.instant());
        n.movePerson(c.personId());
        record(n, step);
    }

    @Transactional
    public void approve(CurrentUser user, long id, long version, String comment) {
        Nomination n = forDepartment(user, id);
        record(n, n.approve(version, comment, Actor.of(user), clock.instant(), today()));
    }

    @Transactional
    public void returnForRework(CurrentUser user, long id, long version, String comment) {
        Nomination n = forDepartment(user, id);
        record(n, n.returnForRework(version, comment, Actor.of(user), clock.instant()));
    }

    @Transactional
    public void refuse(CurrentUser user, long id, long version, String comment) {
        Nomination n = forDepartment(user, id);
        record(n, n.refuse(version, comment, Actor.of(user), clock.instant()));
    }

    private void record(Nomination n, Step step) {
        nominations.saveAndFlush(n);
        approvals.record(new Approvals.Subject(Nomination.KIND, n.getId(), n.getSchoolId(), n.getMunicipalityId()),
                step);
    }

    private void requireMentorOfBase(long schoolId, long personId) {
        boolean inBase = people.mentorBase(schoolId, today()).stream().anyMatch(p -> p.id() == personId);
        if (!inBase) {
            throw new HonourRuleException("nomination.rule.notInBase");
        }
    }

    /** One open or granted nomination per mentor, kind and year; a refused one may be followed by a new one. */
    private void requireNoTwin(NominationCommand c, Long self) {
        boolean twin = nominations.findByPersonIdOrderByYearDescIdDesc(c.personId()).stream()
                .anyMatch(n -> !n.getId().equals(self) && n.getKind() == c.kind() && n.getYear() == c.year()
                        && n.getStatus() != ApprovalStatus.REFUSED);
        if (twin) {
            throw new HonourRuleException("nomination.rule.twin");
        }
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /** The nomination if the user reads its school, else 404. */
    @Transactional(readOnly = true)
    public NominationView view(CurrentUser user, long id) {
        return views(List.of(readable(user, id))).get(0);
    }

    /** 404 outside the scope, 403 unless the user nominates for its school. */
    @Transactional(readOnly = true)
    public NominationView forSchoolView(CurrentUser user, long id) {
        return views(List.of(forSchool(user, id))).get(0);
    }

    /** 404 outside the scope, 403 unless the user is department staff of its municipality. */
    @Transactional(readOnly = true)
    public void requireDecider(CurrentUser user, long id) {
        forDepartment(user, id);
    }

    /** The approved nomination's document data; a pending, returned or refused one has none (404). */
    @Transactional(readOnly = true)
    public NominationView issued(CurrentUser user, long id) {
        Nomination n = readable(user, id);
        if (!n.issued()) {
            throw new NotFoundException();
        }
        return views(List.of(n)).get(0);
    }

    /** The nominations the user reads, filtered, newest year first. */
    @Transactional(readOnly = true)
    public List<NominationView> list(CurrentUser user, Filter filter) {
        var scope = user.scope();
        List<Nomination> found;
        if (scope.all()) {
            found = nominations.findAllByOrderByYearDescIdDesc();
        } else if (scope.municipalityId() != null) {
            found = nominations.findByMunicipalityIdOrderByYearDescIdDesc(scope.municipalityId());
        } else {
            found = new ArrayList<>();
            for (long schoolId : scope.schoolIds()) {
                found.addAll(nominations.findBySchoolIdOrderByYearDescIdDesc(schoolId));
            }
            found.sort(Comparator.comparing(Nomination::getYear).reversed()
                    .thenComparing(Nomination::getId, Comparator.reverseOrder()));
        }
        return views(found).stream().filter(filter::accepts).toList();
    }

    /** The years the user's nominations belong to, newest first (the filter's options). */
    @Transactional(readOnly = true)
    public List<Integer> years(CurrentUser user) {
        return list(user, new Filter(null, null, null, null)).stream().map(NominationView::year).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }

    /** A person's nominations (every state), for the record; the caller checked the person's school. */
    @Transactional(readOnly = true)
    public List<NominationView> ofPerson(long personId) {
        return views(nominations.findByPersonIdOrderByYearDescIdDesc(personId));
    }

    /**
     * The academic years in which the person mentored: those that a pair (not a draft) with them as mentor ran in,
     * from its start to its end (today for a running pair), from the pairing module's published view.
     */
    @Transactional(readOnly = true)
    public List<String> mentoringYears(long personId) {
        LocalDate today = today();
        List<Map<String, Object>> rows = jdbc.queryForList("select start_date, end_date from pairing_pair_v"
                + " where mentor_id = ? and status <> 'DRAFT' and start_date is not null", personId);
        Set<Integer> years = new HashSet<>();
        for (Map<String, Object> r : rows) {
            LocalDate start = ((java.sql.Date) r.get("start_date")).toLocalDate();
            LocalDate end = r.get("end_date") == null ? today : ((java.sql.Date) r.get("end_date")).toLocalDate();
            if (end.isAfter(today)) {
                end = today;
            }
            for (int y = AcademicYear.of(start); y <= AcademicYear.of(end); y++) {
                years.add(y);
            }
        }
        return years.stream().sorted(Comparator.reverseOrder()).map(AcademicYear::label).toList();
    }

    // --- the department's signatory ------------------------------------------------------------------------

    /** What the municipality's documents print; a default department name until the department saves its own. */
    @Transactional(readOnly = true)
    public Signatory signatory(long municipalityId) {
        return settings.findById(municipalityId)
                .map(s -> new Signatory(s.getDepartmentName(), s.getHeadPosition(), s.getHeadName(), s.getVersion(),
                        true))
                .orElseGet(() -> new Signatory(null, null, null, 0, false));
    }

    @Transactional
    public void saveSignatory(CurrentUser user, long version, String departmentName, String headPosition,
            String headName) {
        if (!user.has(Role.DEPARTMENT) || user.municipalityId() == null) {
            throw new AccessDeniedException("not department staff");
        }
        long municipalityId = user.municipalityId();
        var existing = settings.findById(municipalityId);
        if (existing.isPresent()) {
            HonourSettings s = existing.get();
            if (s.getVersion() != version) {
                throw new ru.edu.mentoring.shared.StaleVersionException(s.getVersion());
            }
            s.set(departmentName, headPosition, headName);
            settings.saveAndFlush(s);
        } else {
            if (version != 0) {
                throw new ru.edu.mentoring.shared.StaleVersionException(0L);
            }
            settings.saveAndFlush(new HonourSettings(municipalityId, departmentName, headPosition, headName));
        }
    }

    // --- scope -----------------------------------------------------------------------------------------------

    private Nomination readable(CurrentUser user, long id) {
        return nominations.findById(id).filter(n -> user.canRead(n.getSchoolId(), n.getMunicipalityId()))
                .orElseThrow(NotFoundException::new);
    }

    private Nomination forSchool(CurrentUser user, long id) {
        Nomination n = readable(user, id);
        if (!nominatesFor(user, n.getSchoolId())) {
            throw new AccessDeniedException("does not nominate for the school");
        }
        return n;
    }

    private Nomination forDepartment(CurrentUser user, long id) {
        Nomination n = readable(user, id);
        Approvals.requireDepartment(user, n.getMunicipalityId());
        return n;
    }

    private List<NominationView> views(Collection<Nomination> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, String> schoolNames = schools.summariesOf(list.stream().map(Nomination::getSchoolId)
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(SchoolSummary::id, SchoolSummary::shortName));
        Map<Long, Participant> persons = people.participants(list.stream().map(Nomination::getPersonId)
                .collect(Collectors.toSet()), today());
        return list.stream().map(n -> new NominationView(n.getId(), n.getSchoolId(),
                schoolNames.getOrDefault(n.getSchoolId(), ""), n.getMunicipalityId(), n.getPersonId(),
                persons.containsKey(n.getPersonId()) ? persons.get(n.getPersonId()).fullName() : "",
                n.getKind(), n.getYear(), n.getWording(), n.getJustification(), n.getNominatedBy(), n.getStatus(),
                LocalDateTime.ofInstant(n.getStatusChangedAt(), clock.getZone()), n.getDecidedOn(),
                n.getVersion(), persons.containsKey(n.getPersonId()) && persons.get(n.getPersonId()).minor()))
                .toList();
    }

}
