package ru.edu.mentoring.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.documents.DocumentKind;
import ru.edu.mentoring.documents.Documents;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.people.PeopleRegistry;
import ru.edu.mentoring.people.PersonKind;
import ru.edu.mentoring.people.SaveMentorEntry;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.StaleVersionException;

/**
 * The training module's API and rules: candidates (questionnaire, interview, decision), courses, credentials and the
 * training matrices. Callers (the controllers) check the user's scope first; every write goes through the aggregates.
 * Whether a mentor is trained is derived from the records: a course finished on or before the day, or a category
 * «педагог-наставник» given by the day and not expired on it (the same rule as {@code training_trained_v}).
 */
@Service
public class Trainings {

    /** The capacity a candidate gets when first entering the mentor base (the mentor form's default). */
    static final int DEFAULT_CAPACITY = 3;

    private final MentorCandidateRepository candidates;
    private final MentorCourseRepository courses;
    private final MentorCredentialRepository credentials;
    private final People people;
    private final PeopleRegistry registry;
    private final Documents documents;
    private final Schools schools;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entities;

    Trainings(MentorCandidateRepository candidates, MentorCourseRepository courses,
            MentorCredentialRepository credentials, People people, PeopleRegistry registry, Documents documents,
            Schools schools, JdbcTemplate jdbc, Clock clock) {
        this.candidates = candidates;
        this.courses = courses;
        this.credentials = credentials;
        this.people = people;
        this.registry = registry;
        this.documents = documents;
        this.schools = schools;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- candidates ---------------------------------------------------------------------------------------------

    /** A candidate as the pages show it. */
    public record CandidateView(long id, long schoolId, long personId, String fullName, PersonKind kind,
            String classLabel, CandidateStatus status, LocalDate appliedOn, LocalDate decidedOn, long version,
            MentorCandidate candidate) {}

    /** A person of the school who may apply: a teacher, an external mentor, a student of grade 10–11 (or a college). */
    public record Eligible(long id, String fullName, PersonKind kind, String classLabel) {}

    @Transactional(readOnly = true)
    public List<CandidateView> candidates(long schoolId) {
        List<MentorCandidate> list = candidates.ofSchool(schoolId);
        return views(list);
    }

    @Transactional(readOnly = true)
    public CandidateView candidate(long id) {
        MentorCandidate c = candidates.findById(id).orElseThrow(NotFoundException::new);
        return views(List.of(c)).get(0);
    }

    private List<CandidateView> views(List<MentorCandidate> list) {
        Map<Long, Participant> persons = people.participants(
                list.stream().map(MentorCandidate::getPersonId).toList(), today());
        List<CandidateView> out = new ArrayList<>();
        for (MentorCandidate c : list) {
            Participant p = persons.get(c.getPersonId());
            out.add(new CandidateView(c.getId(), c.getSchoolId(), c.getPersonId(), p == null ? "—" : p.fullName(),
                    p == null ? null : p.kind(), p == null ? null : p.classLabel(), c.getStatus(), c.getAppliedOn(),
                    c.getDecidedOn(), c.getVersion(), c));
        }
        return out;
    }

    /**
     * The persons of the school who may become candidates today: processing not stopped, not anonymised, no open
     * candidacy, not in the mentor base; students only from grade 10 (or any course of a college).
     */
    @Transactional(readOnly = true)
    public List<Eligible> eligible(SchoolSummary school) {
        if (entities.isJoinedToTransaction()) {
            entities.flush(); // the persons and candidates written in this transaction, for the plain SQL below
        }
        int year = AcademicYear.of(today());
        boolean college = school.kind() == SchoolKind.VOCATIONAL;
        return jdbc.query("""
                select p.id, p.kind, p.last_name, p.first_name, p.middle_name, c.grade, c.letter
                  from people_person_v p
                  left join people_student_class_v c on c.person_id = p.id and c.academic_year = ?
                 where p.school_id = ? and p.processing_stopped_on is null and p.anonymised_on is null
                   and not exists (select 1 from mentor_candidate k where k.person_id = p.id
                                   and k.status in ('APPLIED', 'INTERVIEW', 'TRAINING'))
                   and not exists (select 1 from people_mentor_profile_v m where m.person_id = p.id and m.in_base)
                 order by p.last_name, p.first_name, p.middle_name, p.id
                """, (rs, n) -> {
            PersonKind kind = PersonKind.valueOf(rs.getString("kind"));
            Integer grade = (Integer) rs.getObject("grade");
            String name = String.join(" ", java.util.stream.Stream.of(rs.getString("last_name"),
                    rs.getString("first_name"), rs.getString("middle_name"))
                    .filter(s -> s != null && !s.isBlank()).toList());
            return new Eligible(rs.getLong("id"), name, kind,
                    grade == null ? null : grade + (rs.getString("letter") == null ? "" : rs.getString("letter")));
        }, year, school.id()).stream()
                .filter(e -> e.kind() != PersonKind.STUDENT || college || seniorClass(e.classLabel()))
                .toList();
    }

    private static boolean seniorClass(String label) {
        if (label == null) {
            return false;
        }
        String digits = label.replaceAll("\\D", "");
        return !digits.isEmpty() && Integer.parseInt(digits) >= 10;
    }

    /** A person of the school applies: the questionnaire is kept, the candidacy starts as «заявка». */
    @Transactional
    public long apply(SchoolSummary school, long personId, Questionnaire answers) {
        if (eligible(school).stream().noneMatch(e -> e.id() == personId)) {
            throw new TrainingRuleException("candidate.rule.notEligible");
        }
        MentorCandidate c = new MentorCandidate(school.id(), personId, today());
        c.answer(answers);
        return candidates.saveAndFlush(c).getId();
    }

    @Transactional
    public void answer(long id, Questionnaire answers, long version) {
        current(id, version).answer(answers);
    }

    @Transactional
    public void interview(long id, LocalDate date, String interviewer, InterviewResult result, String comment,
            long version) {
        current(id, version).interview(date, interviewer, result, comment);
    }

    @Transactional
    public void startTraining(long id, long version) {
        current(id, version).startTraining();
    }

    /**
     * обучение → в базе: the candidate must be trained today; the person then enters the school's mentor base through
     * the people module (its rules: consent, processing not stopped), in the same transaction.
     */
    @Transactional
    public void includeInBase(long id, long version) {
        MentorCandidate c = current(id, version);
        c.includeInBase(trainedOn(c.getPersonId(), today()), today());
        Optional<SaveMentorEntry> stored = people.mentorEntry(c.getPersonId());
        SaveMentorEntry entry = stored.map(s -> new SaveMentorEntry(
                        s.competences() == null ? c.getCompetences() : s.competences(), s.capacity(),
                        s.trainingDate(), s.trainingProgramme(), true, s.version()))
                .orElseGet(() -> new SaveMentorEntry(c.getCompetences(), DEFAULT_CAPACITY, null, null));
        registry.putInMentorBase(c.getPersonId(), entry);
    }

    @Transactional
    public void refuse(long id, String reason, long version) {
        current(id, version).refuse(reason, today());
    }

    private MentorCandidate current(long id, long version) {
        MentorCandidate c = candidates.findById(id).orElseThrow(NotFoundException::new);
        if (c.getVersion() != version) {
            throw new StaleVersionException(c.getVersion());
        }
        return c;
    }

    // --- courses and credentials --------------------------------------------------------------------------------

    public record PersonTraining(List<MentorCourse> courses, List<MentorCredential> credentials, boolean trained,
            int hours) {}

    @Transactional(readOnly = true)
    public PersonTraining of(long personId) {
        List<MentorCourse> cs = courses.ofPerson(personId);
        List<MentorCredential> cr = credentials.ofPerson(personId);
        LocalDate today = today();
        return new PersonTraining(cs, cr, trained(cs, cr, today), hours(cs, today));
    }

    /** Trained on the day: a course finished by then, or a category «педагог-наставник» valid on it. */
    @Transactional(readOnly = true)
    public boolean trainedOn(long personId, LocalDate day) {
        return trained(courses.ofPerson(personId), credentials.ofPerson(personId), day);
    }

    static boolean trained(List<MentorCourse> cs, List<MentorCredential> cr, LocalDate day) {
        return cs.stream().anyMatch(c -> c.finishedBy(day)) || cr.stream().anyMatch(c -> c.trainsOn(day));
    }

    static int hours(List<MentorCourse> cs, LocalDate day) {
        return cs.stream().filter(c -> c.finishedBy(day) && c.getHours() != null).mapToInt(MentorCourse::getHours)
                .sum();
    }

    /** A course of the person; the file (optional) is filed in the school's document register after its checks. */
    public record NewCourse(String title, String provider, Integer hours, LocalDate startDate, LocalDate endDate,
            DocType docType, String docNumber, String fileName, byte[] file) {}

    @Transactional
    public long addCourse(long personId, NewCourse c, String uploadedBy) {
        long schoolId = writableSchoolOf(personId);
        MentorCourse course = courses.save(new MentorCourse(schoolId, personId, c.title(), c.provider(), c.hours(),
                c.startDate(), c.endDate(), c.docType(), c.docNumber()));
        if (c.file() != null && c.file().length > 0) {
            // the register's own checks (name, size, type by content, zip bombs, PDF scripts); unpublished
            long doc = documents.file(schoolId, DocumentKind.OTHER, documentTitle(c), c.fileName(), c.file(), false,
                    uploadedBy);
            course.attach(doc);
        }
        return course.getId();
    }

    private static String documentTitle(NewCourse c) {
        String title = "Документ об обучении наставника: " + c.title().strip();
        return title.length() > 300 ? title.substring(0, 300) : title;
    }

    @Transactional
    public long deleteCourse(long id, long version) {
        MentorCourse c = courses.findById(id).orElseThrow(NotFoundException::new);
        writableSchoolOf(c.getPersonId());
        if (c.getVersion() != version) {
            throw new StaleVersionException(c.getVersion());
        }
        courses.delete(c);
        return c.getPersonId();
    }

    @Transactional
    public long addCredential(long personId, CredentialKind kind, String title, LocalDate issuedOn, String number) {
        long schoolId = writableSchoolOf(personId);
        return credentials.save(new MentorCredential(schoolId, personId, kind, title, issuedOn, number)).getId();
    }

    @Transactional
    public long deleteCredential(long id, long version) {
        MentorCredential c = credentials.findById(id).orElseThrow(NotFoundException::new);
        writableSchoolOf(c.getPersonId());
        if (c.getVersion() != version) {
            throw new StaleVersionException(c.getVersion());
        }
        credentials.delete(c);
        return c.getPersonId();
    }

    @Transactional(readOnly = true)
    public MentorCourse course(long id) {
        return courses.findById(id).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public MentorCredential credential(long id) {
        return credentials.findById(id).orElseThrow(NotFoundException::new);
    }

    /** The person's current school, if their data may be changed (processing not stopped): else refused. */
    private long writableSchoolOf(long personId) {
        Participant p = people.participant(personId, today()).orElseThrow(NotFoundException::new);
        // the people module refuses changes to a person whose processing stopped; training records follow it
        boolean stopped = Boolean.TRUE.equals(jdbc.queryForObject(
                "select processing_stopped_on is not null from people_person_v where id = ?", Boolean.class, personId));
        if (stopped) {
            throw new TrainingRuleException("training.rule.processingStopped");
        }
        return p.schoolId();
    }

    // --- the matrices -------------------------------------------------------------------------------------------

    /** One mentor of the school's base in the training matrix. */
    public record MatrixRow(long personId, String fullName, PersonKind kind, boolean trained, int hours,
            List<MentorCourse> courses, MentorCredential category, boolean categoryExpired, boolean honorary,
            List<MentorCredential> other) {}

    /** The training matrix of a school: every mentor of its base with their courses and credentials as of today. */
    @Transactional(readOnly = true)
    public List<MatrixRow> schoolMatrix(long schoolId) {
        LocalDate today = today();
        List<Participant> base = people.mentorBase(schoolId, today);
        List<Long> ids = base.stream().map(Participant::id).toList();
        Map<Long, List<MentorCourse>> cs = ids.isEmpty() ? Map.of() : courses.ofPeople(ids).stream()
                .collect(Collectors.groupingBy(MentorCourse::getPersonId));
        Map<Long, List<MentorCredential>> cr = ids.isEmpty() ? Map.of() : credentials.ofPeople(ids).stream()
                .collect(Collectors.groupingBy(MentorCredential::getPersonId));
        List<MatrixRow> rows = new ArrayList<>();
        for (Participant p : base) {
            List<MentorCourse> mine = cs.getOrDefault(p.id(), List.of());
            List<MentorCredential> creds = cr.getOrDefault(p.id(), List.of());
            MentorCredential category = creds.stream().filter(c -> c.getKind() == CredentialKind.MENTOR_CATEGORY)
                    .reduce((a, b) -> b).orElse(null);
            rows.add(new MatrixRow(p.id(), p.fullName(), p.kind(), trained(mine, creds, today), hours(mine, today),
                    mine, category, category != null && category.expiredOn(today),
                    creds.stream().anyMatch(c -> c.getKind() == CredentialKind.HONORARY_MENTOR),
                    creds.stream().filter(c -> c.getKind() == CredentialKind.OTHER).toList()));
        }
        return rows;
    }

    /** One school in the municipal training matrix: mentors in the base, trained ones, their share. */
    public record SchoolRow(SchoolSummary school, long mentors, long trained) {
        public java.math.BigDecimal share() {
            return mentors == 0 ? null : java.math.BigDecimal.valueOf(trained * 100)
                    .divide(java.math.BigDecimal.valueOf(mentors), 1, java.math.RoundingMode.HALF_UP);
        }
    }

    /** The training matrix of a municipality (the same counts as the campaign and the dashboard). */
    @Transactional(readOnly = true)
    public List<SchoolRow> municipalMatrix(long municipalityId) {
        List<SchoolRow> rows = new ArrayList<>();
        for (SchoolSummary s : schools.ofMunicipality(municipalityId)) {
            People.BaseCounts counts = people.baseCounts(s.id());
            rows.add(new SchoolRow(s, counts.mentors(), counts.trainedMentors()));
        }
        return rows;
    }

    /** Counts of candidates by status, for the school's page. */
    static Map<CandidateStatus, Long> byStatus(Collection<CandidateView> list) {
        Map<CandidateStatus, Long> m = new LinkedHashMap<>();
        for (CandidateStatus s : CandidateStatus.values()) {
            m.put(s, 0L);
        }
        list.forEach(c -> m.merge(c.status(), 1L, Long::sum));
        return m;
    }

    // --- for the demo data ----------------------------------------------------------------------------------------

    /** Whether the school has any candidate already (the demo loader is idempotent). */
    @Transactional(readOnly = true)
    public boolean hasCandidates(long schoolId) {
        return candidates.existsBySchoolId(schoolId);
    }
}
