package ru.edu.mentoring.schools;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.SchoolScope;
import ru.edu.mentoring.shared.NotFoundException;

/** The schools module's API: municipalities, schools and their curators, always read within a scope. */
@Service
public class Schools {

    private final SchoolRepository schools;
    private final MunicipalityRepository municipalities;
    private final CuratorAppointmentRepository appointments;
    private final Accounts accounts;

    private final StudentCountRepository studentCounts;
    private final SchoolSummaries summaryCache;
    private final TransactionTemplate readOnly;

    Schools(SchoolRepository schools, MunicipalityRepository municipalities,
            CuratorAppointmentRepository appointments, Accounts accounts, StudentCountRepository studentCounts,
            SchoolSummaries summaryCache, PlatformTransactionManager transactions) {
        this.studentCounts = studentCounts;
        this.summaryCache = summaryCache;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.schools = schools;
        this.municipalities = municipalities;
        this.appointments = appointments;
        this.accounts = accounts;
    }

    @Transactional
    public long createMunicipality(String name, String regionName) {
        return municipalities.findByName(name)
                .map(Municipality::getId)
                .orElseGet(() -> municipalities.save(new Municipality(name, regionName)).getId());
    }

    @Transactional(readOnly = true)
    public Optional<Long> municipalityByName(String name) {
        return municipalities.findByName(name).map(Municipality::getId);
    }

    @Transactional
    public long createSchool(long municipalityId, SchoolForm form) {
        if (!municipalities.existsById(municipalityId)) {
            throw new NotFoundException();
        }
        School school = new School(municipalityId);
        school.update(form);
        return schools.save(school).getId();
    }

    /** The order that keeps the previous curator of a school as a deputy curator. */
    public record DeputyOrder(String orderNumber, LocalDate orderDate) {}

    /** Appoints a curator by an order, without keeping the previous one: see the method with a deputy order. */
    @Transactional
    public void appointCurator(long schoolId, long userId, String orderNumber, LocalDate orderDate) {
        appointCurator(schoolId, userId, orderNumber, orderDate, null);
    }

    /**
     * Appoints a curator by an order; access moves at once. The previous curator's appointment ends; without a deputy
     * order they lose the school (no other current appointment of theirs can give it: a user holds one per school) and
     * their open sessions end; with one they stay as a deputy curator appointed by that order. The new curator's own
     * current appointment there (as a deputy) ends too, and they gain the school. Appointments of one school are made
     * one at a time (the school row is locked).
     */
    @Transactional
    public void appointCurator(long schoolId, long userId, String orderNumber, LocalDate orderDate,
            DeputyOrder keepPreviousAsDeputy) {
        School school = schools.findForUpdate(schoolId).orElseThrow(NotFoundException::new);
        Optional<CuratorAppointment> previous =
                appointments.findBySchoolIdAndKindAndEndedAtIsNull(schoolId, AppointmentKind.CURATOR);
        previous.ifPresent(CuratorAppointment::end);
        appointments.findBySchoolIdAndUserIdAndEndedAtIsNull(schoolId, userId).ifPresent(CuratorAppointment::end);
        appointments.flush();
        appointments.save(new CuratorAppointment(
                schoolId, userId, AppointmentKind.CURATOR, orderNumber.strip(), orderDate));
        Long previousUser = previous.map(CuratorAppointment::getUserId).filter(id -> id != userId).orElse(null);
        if (previousUser != null) {
            if (keepPreviousAsDeputy != null) {
                appointments.save(new CuratorAppointment(schoolId, previousUser, AppointmentKind.DEPUTY,
                        keepPreviousAsDeputy.orderNumber().strip(), keepPreviousAsDeputy.orderDate()));
            } else {
                accounts.unbindFromSchool(previousUser, schoolId);
            }
        }
        accounts.bindToSchool(userId, schoolId, school.getMunicipalityId());
    }

    /**
     * Appoints a curator given by e-mail, the account step in the same transaction ({@link Accounts#curatorAccount}):
     * an enabled curator account of the municipality with that address is appointed; with none, one is created and
     * its new curator gets a link to set a password. When the address cannot be used nothing changes and the result
     * carries the refusal's message key.
     */
    @Transactional
    public Accounts.CuratorAccount appointCuratorByEmail(long schoolId, String email, String fullName,
            String orderNumber, LocalDate orderDate, DeputyOrder keepPreviousAsDeputy) {
        School school = schools.findForUpdate(schoolId).orElseThrow(NotFoundException::new);
        Accounts.CuratorAccount account = accounts.curatorAccount(email, fullName, school.getMunicipalityId());
        if (account.problem() == null) {
            if (keepPreviousAsDeputy != null && currentCuratorId(schoolId).filter(account.userId()::equals).isPresent()) {
                return new Accounts.CuratorAccount(null, false, "curator.deputy.nobody");
            }
            appointCurator(schoolId, account.userId(), orderNumber, orderDate, keepPreviousAsDeputy);
        }
        return account;
    }

    /** The user id of the school's current curator, read from the database (not from the summaries' cache). */
    @Transactional(readOnly = true)
    public Optional<Long> currentCuratorId(long schoolId) {
        return appointments.findBySchoolIdAndKindAndEndedAtIsNull(schoolId, AppointmentKind.CURATOR)
                .map(CuratorAppointment::getUserId);
    }

    /** Ends a deputy curator's appointment: they lose the school and their open sessions end. False if none. */
    @Transactional
    public boolean endDeputy(long schoolId, long userId) {
        schools.findForUpdate(schoolId).orElseThrow(NotFoundException::new);
        Optional<CuratorAppointment> deputy = appointments.findBySchoolIdAndUserIdAndEndedAtIsNull(schoolId, userId)
                .filter(a -> a.getKind() == AppointmentKind.DEPUTY);
        deputy.ifPresent(a -> {
            a.end();
            accounts.unbindFromSchool(userId, schoolId);
        });
        return deputy.isPresent();
    }

    /**
     * Who reaches the school's data through the school itself: every enabled user bound to it, with the current
     * appointment that gives them the school (curator first, then deputies, then the others by name). Department
     * staff, methodologists and the region read it through their municipality and are not listed.
     */
    @Transactional(readOnly = true)
    public List<SchoolAccess> accessHolders(long schoolId) {
        Map<Long, CuratorAppointment> current = appointments.findBySchoolIdAndEndedAtIsNull(schoolId).stream()
                .collect(Collectors.toMap(CuratorAppointment::getUserId, Function.identity()));
        return accounts.enabledUsersAtSchool(schoolId).stream().map(u -> {
            CuratorAppointment a = current.get(u.id());
            if (a != null) {
                return new SchoolAccess(u.id(), u.fullName(), u.username(),
                        a.getKind() == AppointmentKind.CURATOR ? SchoolAccess.Kind.CURATOR : SchoolAccess.Kind.DEPUTY,
                        a.getId(), a.getOrderNumber(), a.getOrderDate());
            }
            SchoolAccess.Kind kind = u.roles().contains(ru.edu.mentoring.accounts.Role.SCHOOL_HEAD)
                    ? SchoolAccess.Kind.HEAD : SchoolAccess.Kind.WITHOUT_ORDER;
            return new SchoolAccess(u.id(), u.fullName(), u.username(), kind, null, null, null);
        }).sorted(java.util.Comparator.comparing(SchoolAccess::kind)).toList();
    }

    /**
     * The school if the user may read it; otherwise empty, as if it did not exist. The school's data may come from
     * {@link SchoolSummaries}; the user's scope is checked on every call.
     */
    public Optional<SchoolSummary> find(CurrentUser user, long schoolId) {
        return Optional.ofNullable(summaryCache.byId(schoolId))
                .filter(s -> user.canRead(s.id(), s.municipalityId()));
    }

    /** The school if the user may read it, else 404 as if it did not exist. */
    public SchoolSummary readable(CurrentUser user, long schoolId) {
        return find(user, schoolId).orElseThrow(NotFoundException::new);
    }

    /** The school if the user keeps its data (its curator); 404 outside the read scope, 403 when read-only. */
    public SchoolSummary editable(CurrentUser user, long schoolId) {
        SchoolSummary school = readable(user, schoolId);
        if (!user.editsSchoolData(schoolId)) {
            throw new org.springframework.security.access.AccessDeniedException("read only");
        }
        return school;
    }

    /** The school's student count for a calendar year, if entered. */
    @Transactional(readOnly = true)
    public Optional<Integer> studentCount(long schoolId, int year) {
        return studentCounts.findById(new StudentCount.Key(schoolId, year)).map(StudentCount::getStudents);
    }

    /** Enters a school's student count for a year (demo data and imports; pages check the user first). */
    @Transactional
    public void setStudentCount(long schoolId, int year, int students, Long userId) {
        StudentCount count = studentCounts.findById(new StudentCount.Key(schoolId, year))
                .orElseGet(() -> studentCounts.save(new StudentCount(schoolId, year)));
        count.set(students, userId);
    }

    /** A school's postal address, whatever the user's scope: for the place of issue of the school's orders. */
    @Transactional(readOnly = true)
    public Optional<String> addressOf(long schoolId) {
        return schools.findById(schoolId).map(School::getAddress);
    }

    /** A school's short name, whatever the user's scope: for labels of records the user may already read. */
    @Transactional(readOnly = true)
    public Optional<String> shortNameOf(long schoolId) {
        return schools.findById(schoolId).map(School::getShortName);
    }

    /**
     * The schools the user may read, sorted naturally by short name. A municipality's schools and a single school come
     * from the summaries' cache ({@link SchoolSummaries}); only a user who reads every school (region-wide roles) reads
     * them from the database each time.
     */
    public List<SchoolSummary> visibleTo(CurrentUser user) {
        SchoolScope scope = user.scope();
        if (scope.all()) {
            return readOnly.execute(status -> summaries(natural(schools.findAllInScope(true, SchoolScope.NO_ID,
                    scope.schoolIds(), scope.municipalityIds()))));
        }
        Set<Long> municipalityIds = new java.util.LinkedHashSet<>();
        if (scope.municipalityId() != null) {
            municipalityIds.add(scope.municipalityId());
        }
        scope.municipalityIds().stream().filter(id -> id != SchoolScope.NO_ID).forEach(municipalityIds::add);
        Map<Long, SchoolSummary> found = new java.util.LinkedHashMap<>();
        for (long municipalityId : municipalityIds) {
            summaryCache.ofMunicipality(municipalityId).forEach(s -> found.put(s.id(), s));
        }
        for (long schoolId : scope.schoolIds()) {
            if (schoolId != SchoolScope.NO_ID && !found.containsKey(schoolId)) {
                SchoolSummary summary = summaryCache.byId(schoolId);
                if (summary != null) {
                    found.put(schoolId, summary);
                }
            }
        }
        List<SchoolSummary> visible = List.copyOf(found.values());
        return municipalityIds.size() == 1 && scope.schoolIds().stream().allMatch(id -> id == SchoolScope.NO_ID)
                ? visible // one municipality's list, sorted when it was read
                : visible.stream().sorted(ru.edu.mentoring.shared.NaturalOrder.by(SchoolSummary::shortName)).toList();
    }

    /** Schools in the natural order of their short names (№ 2 before № 10), the same in every list. */
    private static List<School> natural(List<School> list) {
        return list.stream().sorted(ru.edu.mentoring.shared.NaturalOrder.by(School::getShortName)).toList();
    }

    @Transactional(readOnly = true)
    public Page<SchoolSummary> search(CurrentUser user, String likePattern, Pageable pageable) {
        SchoolScope scope = user.scope();
        Page<School> page = schools.search(
                scope.all(), scope.municipalityIdOrNone(), scope.schoolIds(), scope.municipalityIds(), likePattern,
                pageable);
        Map<Long, SchoolSummary> byId = summaries(page.getContent()).stream()
                .collect(Collectors.toMap(SchoolSummary::id, Function.identity()));
        return page.map(s -> byId.get(s.getId()));
    }

    /**
     * Every municipality with its region's name and school count, for the regions module (no user's scope); kept in
     * the summaries' cache ({@link SchoolSummaries#municipalities}).
     */
    public List<MunicipalitySummary> allMunicipalities() {
        return summaryCache.municipalities();
    }

    /** The municipalities the user reads (or belongs to), from the same kept list. */
    public List<MunicipalitySummary> municipalities(CurrentUser user) {
        return summaryCache.municipalities().stream()
                .filter(m -> user.readsMunicipality(m.id()) || Long.valueOf(m.id()).equals(user.municipalityId()))
                .toList();
    }

    /** Every municipality read from the database, for {@link SchoolSummaries#municipalities}. */
    List<MunicipalitySummary> readMunicipalities() {
        // one grouped count for all municipalities, not one count per municipality
        Map<Long, Long> counts = schools.countPerMunicipality().stream()
                .collect(Collectors.toMap(c -> c.getMunicipalityId(), c -> c.getSchools()));
        return municipalities.findAllByOrderByName().stream()
                .map(m -> new MunicipalitySummary(
                        m.getId(), m.getName(), m.getRegionName(), counts.getOrDefault(m.getId(), 0L)))
                .toList();
    }

    List<SchoolSummary> summaries(List<School> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = list.stream().map(School::getId).collect(Collectors.toSet());
        Map<Long, CuratorAppointment> curators = appointments
                .findBySchoolIdInAndKindAndEndedAtIsNull(ids, AppointmentKind.CURATOR).stream()
                .collect(Collectors.toMap(CuratorAppointment::getSchoolId, Function.identity()));
        Collection<Long> userIds = new HashSet<>();
        curators.values().forEach(a -> userIds.add(a.getUserId()));
        Map<Long, String> names = accounts.fullNames(userIds);
        Map<Long, String> municipalityNames = municipalities.findAll().stream()
                .collect(Collectors.toMap(Municipality::getId, Municipality::getName));
        return list.stream().map(s -> {
            CuratorAppointment a = curators.get(s.getId());
            return new SchoolSummary(s.getId(), s.getMunicipalityId(), municipalityNames.get(s.getMunicipalityId()),
                    s.getShortName(), s.getFullName(), s.getKind(), s.getHeadName(),
                    a == null ? null : a.getUserId(), a == null ? null : names.get(a.getUserId()),
                    a == null ? null : a.getOrderNumber(), a == null ? null : a.getOrderDate());
        }).toList();
    }

    /** Schools by id, sorted by short name naturally (№ 2 before № 10), for modules that have already checked the user's scope. */
    @Transactional(readOnly = true)
    public List<SchoolSummary> summariesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return summaries(schools.findByIdIn(ids).stream()
                .sorted(ru.edu.mentoring.shared.NaturalOrder.by(School::getShortName)).toList());
    }

    /** Every school of a municipality, sorted by short name naturally. */
    public List<SchoolSummary> ofMunicipality(long municipalityId) {
        return summaryCache.ofMunicipality(municipalityId);
    }

    /** Every school of a municipality read from the database, for {@link SchoolSummaries#ofMunicipality}. */
    List<SchoolSummary> readOfMunicipality(long municipalityId) {
        return summaries(natural(schools.findAllInScope(false, municipalityId, Set.of(SchoolScope.NO_ID),
                Set.of(SchoolScope.NO_ID))));
    }

    /** The order date of each school's current curator appointment; schools without a curator are left out. */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> curatorAppointedOn(Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return Map.of();
        }
        return appointments.findBySchoolIdInAndKindAndEndedAtIsNull(schoolIds, AppointmentKind.CURATOR).stream()
                .collect(Collectors.toMap(CuratorAppointment::getSchoolId, CuratorAppointment::getOrderDate));
    }

    /** The municipality's name, or an empty string for an unknown id. */
    @Transactional(readOnly = true)
    public String municipalityName(long municipalityId) {
        return municipalities.findById(municipalityId).map(Municipality::getName).orElse("");
    }
}
