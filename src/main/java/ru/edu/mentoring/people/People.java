package ru.edu.mentoring.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.shared.AcademicYear;

/** The people module's API: participants as other modules see them, and counts of the bases. */
@Service
public class People {

    private final PersonRepository persons;
    private final StudentClassRepository classes;
    private final MentorProfileRepository mentors;
    private final MenteeProfileRepository mentees;
    private final ConsentRepository consents;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private final jakarta.persistence.EntityManager entities;

    People(PersonRepository persons, StudentClassRepository classes, MentorProfileRepository mentors,
            MenteeProfileRepository mentees, ConsentRepository consents, Clock clock,
            PlatformTransactionManager transactions, org.springframework.jdbc.core.JdbcTemplate jdbc,
            jakarta.persistence.EntityManager entities) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.persons = persons;
        this.classes = classes;
        this.mentors = mentors;
        this.mentees = mentees;
        this.consents = consents;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Participants by id as of a date (class of that date's academic year); unknown ids are left out. A consent is in
     * force when it was given by the date and is neither withdrawn nor expired, on the date nor today: a pair starting
     * in the past needs a consent that preceded it and still holds.
     */
    @Transactional(readOnly = true)
    public Map<Long, Participant> participants(Collection<Long> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // one plain SQL statement for the persons, their class of the year, both profiles and whether a consent is in
        // force (an HQL query with a list of ids would be translated again on every call); pending changes of this
        // transaction are flushed first, as HQL would have done
        if (entities.isJoinedToTransaction()) {
            entities.flush();
        }
        Map<Long, Participant> result = new LinkedHashMap<>();
        jdbc.query(PARTICIPANTS, rs -> {
            long id = rs.getLong("id");
            PersonKind kind = PersonKind.valueOf(rs.getString("kind"));
            String external = rs.getString("external_kind");
            Integer grade = (Integer) rs.getObject("grade");
            boolean inMentorBase = rs.getBoolean("mentor_in_base");
            boolean inMenteeBase = rs.getBoolean("mentee_in_base");
            LocalDate birth = rs.getObject("birth_date", LocalDate.class);
            LocalDate teachingSince = rs.getObject("teaching_since", LocalDate.class);
            String school = rs.getString("school_kind");
            SchoolKind schoolKind = school == null ? null : SchoolKind.valueOf(school);
            result.put(id, new Participant(id, rs.getLong("school_id"), kind,
                    external == null ? null : ExternalKind.valueOf(external),
                    Person.fullName(rs.getString("last_name"), rs.getString("first_name"), rs.getString("middle_name")),
                    grade, grade == null ? null : StudentClass.label(grade, rs.getString("letter")),
                    Person.youngSpecialistOn(kind, teachingSince, asOf), rs.getBoolean("new_staff"),
                    Adulthood.minor(kind, birth, grade, schoolKind, asOf), rs.getBoolean("consent_in_force"),
                    rs.getBoolean("own_consent_in_force"),
                    inMentorBase, inMentorBase ? (Integer) rs.getObject("capacity") : null,
                    inMentorBase && rs.getBoolean("trained"), inMenteeBase,
                    inMenteeBase ? rs.getString("request") : null, birth));
        }, asOf, asOf, asOf, asOf, today(), asOf, asOf, today(), AcademicYear.of(asOf),
                ids.stream().distinct().toArray(Long[]::new));
        return result;
    }

    private static final String PARTICIPANTS = """
            select p.id, p.school_id, p.kind, p.external_kind, p.last_name, p.first_name, p.middle_name, p.birth_date,
                   p.teaching_since, p.new_staff, c.grade, c.letter, coalesce(m.in_base, false) as mentor_in_base,
                   m.capacity, coalesce(e.in_base, false) as mentee_in_base, e.request,
                   exists (select 1 from training_trained_v t where t.person_id = p.id and t.valid_from <= ?
                           and (t.valid_until is null or t.valid_until > ?)) as trained,
                   (select s.kind from schools_school_v s where s.id = p.school_id) as school_kind,
                   exists (select 1 from consent k where k.person_id = p.id and k.revoked_on is null
                           and k.given_on <= ?
                           and (k.valid_until is null or k.valid_until >= greatest(?::date, ?::date)))
                       as consent_in_force,
                   exists (select 1 from consent k where k.person_id = p.id and k.revoked_on is null
                           and k.given_by = 'SELF' and k.given_on <= ?
                           and (k.valid_until is null or k.valid_until >= greatest(?::date, ?::date)))
                       as own_consent_in_force
              from person p
              left join student_class c on c.person_id = p.id and c.academic_year = ?
              left join mentor_profile m on m.person_id = p.id
              left join mentee_profile e on e.person_id = p.id
             where p.id = any(?)
            """;

    /**
     * What an order on fixing pairs says of a person beside the name: a student's class (grade and letter) in the
     * academic year starting in {@code academicYear} and whether the school is a college (a course, not a class), a
     * teacher's position, an external mentor's kind and organisation.
     */
    public record OrderRole(PersonKind kind, ExternalKind externalKind, String position, String organisation,
            Integer grade, String letter, boolean college) {}

    @Transactional(readOnly = true)
    public Map<Long, OrderRole> orderRoles(Collection<Long> ids, int academicYear) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, OrderRole> result = new LinkedHashMap<>();
        jdbc.query("""
                select p.id, p.kind, p.external_kind, p.position, p.organisation, c.grade, c.letter,
                       (select s.kind from schools_school_v s where s.id = p.school_id) as school_kind
                  from person p
                  left join student_class c on c.person_id = p.id and c.academic_year = ?
                 where p.id = any(?)
                """, rs -> {
            String external = rs.getString("external_kind");
            result.put(rs.getLong("id"), new OrderRole(PersonKind.valueOf(rs.getString("kind")),
                    external == null ? null : ExternalKind.valueOf(external), rs.getString("position"),
                    rs.getString("organisation"), (Integer) rs.getObject("grade"), rs.getString("letter"),
                    "VOCATIONAL".equals(rs.getString("school_kind"))));
        }, academicYear, ids.stream().distinct().toArray(Long[]::new));
        return result;
    }

    @Transactional(readOnly = true)
    public Optional<Participant> participant(long id, LocalDate asOf) {
        return Optional.ofNullable(participants(Set.of(id), asOf).get(id));
    }

    /** Everyone in the school's mentor base, sorted by name. */
    @Transactional(readOnly = true)
    public List<Participant> mentorBase(long schoolId, LocalDate asOf) {
        return sorted(participants(mentors.idsInBase(schoolId), asOf));
    }

    /**
     * The school's mentor base as options for a filter (id and full name), sorted as {@link #mentorBase}; kept for a
     * short while in the {@link ru.edu.mentoring.web.CacheConfig#MENTOR_OPTIONS} cache (keyed by the school: the
     * caller has checked the user may read it), emptied by {@link MentorBaseChanges}.
     */
    @org.springframework.cache.annotation.Cacheable(cacheNames = ru.edu.mentoring.web.CacheConfig.MENTOR_OPTIONS)
    public List<MentorOption> mentorOptions(long schoolId) {
        return readOnly.execute(tx -> {
            List<Long> ids = mentors.idsInBase(schoolId);
            return ids.isEmpty() ? List.<MentorOption>of() : Person.sortedByName(persons.findByIdIn(new HashSet<>(ids))
                    .stream().map(p -> new MentorOption(p.getId(), p.fullName())).toList(),
                    MentorOption::fullName, MentorOption::id);
        });
    }

    /** Everyone in the school's mentee base, sorted by name. */
    @Transactional(readOnly = true)
    public List<Participant> menteeBase(long schoolId, LocalDate asOf) {
        return menteeBaseExcept(schoolId, java.util.Set.of(), asOf);
    }

    /**
     * The school's mentee base without the given people (the mentees of active pairs, say), sorted by name: only
     * those are read, not the whole base (a home page of a school of 3,000 read every one to show the few waiting).
     */
    @Transactional(readOnly = true)
    public List<Participant> menteeBaseExcept(long schoolId, java.util.Set<Long> except, LocalDate asOf) {
        return sorted(participants(mentees.idsInBase(schoolId).stream().filter(id -> !except.contains(id)).toList(),
                asOf));
    }

    /** Students of the school in the given grade in the academic year of the date. */
    @Transactional(readOnly = true)
    public List<Long> studentsInGrade(long schoolId, int grade, LocalDate asOf) {
        return classes.studentsInGrade(schoolId, grade, AcademicYear.of(asOf));
    }

    /** The first day someone was included in the school's mentor (or mentee) base, or null. */
    @Transactional(readOnly = true)
    public LocalDate firstInclusion(long schoolId, boolean mentorBase) {
        return mentorBase ? mentors.firstIncluded(schoolId) : mentees.firstIncluded(schoolId);
    }

    /**
     * What the campaign's stages need of a school's bases in a period [from, asOf]: the first inclusion in each base
     * within it, the mentors in the base as of asOf, the mentees in the base today, and the sorted training dates of
     * the mentors in the base as of asOf.
     */
    public record BaseFacts(LocalDate mentorsFrom, LocalDate menteesFrom, long mentorsInBaseOn, long mentees,
                            List<LocalDate> trainingDates) {}

    /** {@link BaseFacts} of many schools in a few grouped statements (not a handful per school); none for no base. */
    @Transactional(readOnly = true)
    public Map<Long, BaseFacts> baseFacts(Collection<Long> schoolIds, LocalDate from, LocalDate asOf) {
        if (schoolIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Object[]> mentorRows = new HashMap<>();
        mentors.inclusionsOf(schoolIds, from, asOf).forEach(r -> mentorRows.put(((Number) r[0]).longValue(), r));
        Map<Long, Object[]> menteeRows = new HashMap<>();
        mentees.inclusionsOf(schoolIds, from, asOf).forEach(r -> menteeRows.put(((Number) r[0]).longValue(), r));
        Map<Long, List<LocalDate>> trainings = new HashMap<>();
        for (Object[] r : mentors.trainingDatesOf(schoolIds, asOf)) {
            trainings.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(localDate(r[1]));
        }
        Map<Long, BaseFacts> facts = new HashMap<>();
        for (Long school : schoolIds) {
            Object[] m = mentorRows.get(school);
            Object[] e = menteeRows.get(school);
            facts.put(school, new BaseFacts(m == null ? null : localDate(m[1]), e == null ? null : localDate(e[1]),
                    m == null ? 0 : ((Number) m[2]).longValue(), e == null ? 0 : ((Number) e[2]).longValue(),
                    trainings.getOrDefault(school, List.of())));
        }
        return facts;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    public record BaseCounts(long mentors, long trainedMentors, long mentees) {}

    /** The bases' sizes today; trained mentors as the training module's records say (issue 20 point 2). */
    @Transactional(readOnly = true)
    public BaseCounts baseCounts(long schoolId) {
        return new BaseCounts(mentors.countInBase(schoolId), mentors.trainedInBase(schoolId, today()).size(),
                mentees.countInBase(schoolId));
    }

    /** The persons of the school's mentor base trained on a date (training records, not ticked by hand). */
    @Transactional(readOnly = true)
    public java.util.Set<Long> trainedMentors(long schoolId, LocalDate asOf) {
        return new HashSet<>(mentors.trainedInBase(schoolId, asOf));
    }

    /** The person's mentor base entry as it is stored (with its version), for a caller that edits it; else empty. */
    @Transactional(readOnly = true)
    public Optional<SaveMentorEntry> mentorEntry(long personId) {
        return mentors.findById(personId).map(SaveMentorEntry::of);
    }

    private static List<Participant> sorted(Map<Long, Participant> map) {
        return Person.sortedByName(map.values(), Participant::fullName, Participant::id);
    }

    /** The listed persons as participants (see {@link #participants}), in the list's order. */
    Map<Long, Participant> assemble(List<Person> list, LocalDate asOf) {
        if (list.isEmpty()) {
            return Map.of();
        }
        Map<Long, Participant> found = participants(list.stream().map(Person::getId).toList(), asOf);
        Map<Long, Participant> result = new LinkedHashMap<>();
        for (Person p : list) {
            result.put(p.getId(), found.get(p.getId()));
        }
        return result;
    }


    // --- pairs-history (issue 17 point 7): the people a pair of past years names

    /**
     * Everyone of the school whose data are processed, as participants on the date (the class of that date's year),
     * sorted by name: the people a pair of past years may name, whether or not they are in today's bases.
     */
    @Transactional(readOnly = true)
    public List<Participant> schoolPeople(long schoolId, LocalDate asOf) {
        return sorted(participants(jdbc.queryForList("select id from person where school_id = ?"
                + " and processing_stopped_on is null", Long.class, schoolId), asOf));
    }

    /**
     * The school's people (data processed) with this full name — «Фамилия Имя Отчество», case, spaces and «ё» ignored —
     * and, when given, this birth date; by id. Two or more: the name is ambiguous.
     */
    @Transactional(readOnly = true)
    public List<Long> byFullName(long schoolId, String fullName, LocalDate birthDate) {
        if (fullName == null || fullName.isBlank()) {
            return List.of();
        }
        String key = Person.searchKey(fullName);
        return birthDate == null
                ? jdbc.queryForList("select id from person where school_id = ? and search_name = ?"
                        + " and processing_stopped_on is null order by id", Long.class, schoolId, key)
                : jdbc.queryForList("select id from person where school_id = ? and search_name = ? and birth_date = ?"
                        + " and processing_stopped_on is null order by id", Long.class, schoolId, key, birthDate);
    }
}
