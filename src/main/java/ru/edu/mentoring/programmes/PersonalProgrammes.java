package ru.edu.mentoring.programmes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.programmes.ProgrammeViews.ActivityRow;
import ru.edu.mentoring.programmes.ProgrammeViews.PersonalView;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.StaleVersionException;

/**
 * A teacher pair's personalised programme (АЗ-1128/08): read by whoever reads the pair's school, written by its curator
 * (mentors and mentees have no accounts: the curator enters the mentee's self-analysis and the mentor's review too).
 * Only pairs of the form «педагог — педагог» have one; a period outside 3–12 months is saved with a warning.
 */
@Service
class PersonalProgrammes {

    /** The version a form of a record not yet saved carries. */
    static final long NEW = -1;

    private final PersonalProgrammeRepository programmes;
    private final ProgrammeActivityRepository activities;
    private final Programmes schoolProgrammes;
    private final Schools schools;
    private final People people;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PersonalProgrammes(PersonalProgrammeRepository programmes, ProgrammeActivityRepository activities,
            Programmes schoolProgrammes, Schools schools, People people, JdbcTemplate jdbc, Clock clock) {
        this.programmes = programmes;
        this.activities = activities;
        this.schoolProgrammes = schoolProgrammes;
        this.schools = schools;
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A pair as this module reads it from pairing's published views. */
    record PairInfo(long id, long schoolId, long formId, long mentorId, List<Long> menteeIds, LocalDate start,
            LocalDate plannedEnd) {}

    PairInfo pair(long pairId) {
        List<PairInfo> found = jdbc.query("select id, school_id, form_id, mentor_id, start_date, planned_end"
                + " from pairing_pair_v where id = ?", (rs, i) -> new PairInfo(rs.getLong(1), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4), new ArrayList<>(), rs.getDate(5).toLocalDate(),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate()), pairId);
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        PairInfo pair = found.get(0);
        pair.menteeIds().addAll(jdbc.queryForList("select person_id from pairing_pair_mentee_v where pair_id = ?"
                + " order by person_id", Long.class, pairId));
        return pair;
    }

    /** The pair if the user reads its school and it is a teacher pair (else 404, as if there were none). */
    @Transactional(readOnly = true)
    PairInfo readablePair(CurrentUser user, long pairId) {
        PairInfo pair = pair(pairId);
        schools.readable(user, pair.schoolId());
        if (!isTeacherPair(pair)) {
            throw new ProgrammeRuleException("personal.error.teacherOnly");
        }
        return pair;
    }

    boolean isTeacherPair(PairInfo pair) {
        return schoolProgrammes.teacherFormId().map(id -> id == pair.formId()).orElse(false);
    }

    /** The pair if the user is its school's curator (403 for a reader, 404 outside the scope). */
    @Transactional(readOnly = true)
    PairInfo editablePair(CurrentUser user, long pairId) {
        PairInfo pair = readablePair(user, pairId);
        if (!user.editsSchoolData(pair.schoolId())) {
            throw new AccessDeniedException("read only");
        }
        return pair;
    }

    @Transactional(readOnly = true)
    PersonalView view(PairInfo pair) {
        SchoolSummary school = schools.summariesOf(List.of(pair.schoolId())).get(0);
        Set<Long> ids = new java.util.HashSet<>(pair.menteeIds());
        ids.add(pair.mentorId());
        Map<Long, Participant> names = people.participants(ids, people.today());
        String mentor = name(names, pair.mentorId());
        String mentee = String.join(", ", pair.menteeIds().stream().map(m -> name(names, m)).toList());
        var ref = schoolProgrammes.programmeOfPair(pair.schoolId(), pair.formId(), pair.start());
        String formName = schoolProgrammes.formName(pair.formId());
        PersonalProgramme p = programmes.findByPairId(pair.id()).orElse(null);
        if (p == null) {
            LocalDate end = pair.plannedEnd() != null ? pair.plannedEnd() : pair.start().plusMonths(9);
            return new PersonalView(null, pair.id(), pair.schoolId(), school.shortName(), school.fullName(), mentor,
                    mentee, formName, null, null, null, pair.start(), end,
                    PersonalProgramme.months(pair.start(), end),
                    PersonalProgramme.durationOutsideRange(pair.start(), end), null, null, null, NEW, List.of(),
                    ref.map(Programmes.ProgrammeRef::id).orElse(null),
                    ref.map(Programmes.ProgrammeRef::yearLabel).orElse(null));
        }
        List<ActivityRow> rows = activities.findByProgrammeIdOrderByDueDateAscIdAsc(p.getId()).stream()
                .map(a -> new ActivityRow(a.getId(), a.getActivity(), a.getDueDate(), a.getExpectedResult(),
                        a.isDone(), a.getResult(), a.getVersion()))
                .toList();
        return new PersonalView(p.getId(), pair.id(), pair.schoolId(), school.shortName(), school.fullName(), mentor,
                mentee, formName, p.getDifficulties(), p.getGoal(), p.getTasks(), p.getStartDate(), p.getEndDate(),
                PersonalProgramme.months(p.getStartDate(), p.getEndDate()),
                PersonalProgramme.durationOutsideRange(p.getStartDate(), p.getEndDate()), p.getSelfAnalysis(),
                p.getMentorReview(), p.getCuratorConclusion(), p.getVersion(), rows,
                ref.map(Programmes.ProgrammeRef::id).orElse(null),
                ref.map(Programmes.ProgrammeRef::yearLabel).orElse(null));
    }

    /** Minors shown on the page (a teacher pair has none; kept for the audit of the read all the same). */
    List<Long> minors(PairInfo pair) {
        Set<Long> ids = new java.util.HashSet<>(pair.menteeIds());
        ids.add(pair.mentorId());
        return people.participants(ids, people.today()).values().stream().filter(Participant::minor)
                .map(Participant::id).toList();
    }

    private static String name(Map<Long, Participant> names, long id) {
        Participant p = names.get(id);
        return p == null ? "—" : p.fullName();
    }

    /**
     * Saves the programme's main part (created with version {@link #NEW}); returns whether its period lies outside
     * the recommended 3–12 months (saved all the same: the page warns).
     */
    @Transactional
    boolean save(CurrentUser user, long pairId, long version, String difficulties, String goal, String tasks,
            LocalDate start, LocalDate end) {
        PairInfo pair = editablePair(user, pairId);
        if (start == null || end == null) {
            throw new ProgrammeRuleException("personal.error.dates");
        }
        if (end.isBefore(start)) {
            throw new ProgrammeRuleException("personal.error.order");
        }
        PersonalProgramme p = programmes.findByPairId(pairId).orElse(null);
        if (p == null) {
            if (version != NEW) {
                throw new StaleVersionException(NEW);
            }
            p = new PersonalProgramme(pairId, pair.schoolId(), start, end, clock.instant());
        } else if (p.getVersion() != version) {
            throw new StaleVersionException(p.getVersion());
        }
        p.edit(difficulties, goal, tasks, start, end, clock.instant());
        programmes.saveAndFlush(p);
        return PersonalProgramme.durationOutsideRange(start, end);
    }

    /** The final sections: the mentee's self-analysis, the mentor's review and the curator's conclusion. */
    @Transactional
    void saveResults(CurrentUser user, long pairId, long version, String selfAnalysis, String mentorReview,
            String conclusion) {
        editablePair(user, pairId);
        PersonalProgramme p = programmes.findByPairId(pairId)
                .orElseThrow(() -> new ProgrammeRuleException("personal.error.first"));
        if (p.getVersion() != version) {
            throw new StaleVersionException(p.getVersion());
        }
        p.editResults(selfAnalysis, mentorReview, conclusion, clock.instant());
        programmes.saveAndFlush(p);
    }

    @Transactional
    long addActivity(CurrentUser user, long pairId, String activity, LocalDate due, String expected, boolean done,
            String result) {
        editablePair(user, pairId);
        PersonalProgramme p = programmes.findByPairId(pairId)
                .orElseThrow(() -> new ProgrammeRuleException("personal.error.first"));
        ProgrammeActivity a = new ProgrammeActivity(p.getId());
        a.edit(activity, due, expected, done, result);
        return activities.saveAndFlush(a).getId();
    }

    /** The pair an activity belongs to (for the scope check before anything else). */
    @Transactional(readOnly = true)
    long pairOfActivity(long activityId) {
        ProgrammeActivity a = activities.findById(activityId).orElseThrow(NotFoundException::new);
        return programmes.findById(a.getProgrammeId()).orElseThrow(NotFoundException::new).getPairId();
    }

    @Transactional
    void editActivity(CurrentUser user, long activityId, long version, String activity, LocalDate due,
            String expected, boolean done, String result) {
        editablePair(user, pairOfActivity(activityId));
        ProgrammeActivity a = activities.findById(activityId).orElseThrow(NotFoundException::new);
        if (a.getVersion() != version) {
            throw new StaleVersionException(a.getVersion());
        }
        a.edit(activity, due, expected, done, result);
        activities.saveAndFlush(a);
    }

    @Transactional
    void deleteActivity(CurrentUser user, long activityId, long version) {
        editablePair(user, pairOfActivity(activityId));
        ProgrammeActivity a = activities.findById(activityId).orElseThrow(NotFoundException::new);
        if (a.getVersion() != version) {
            throw new StaleVersionException(a.getVersion());
        }
        activities.delete(a);
    }

    // --- demo data -----------------------------------------------------------------------------------------------

    /** A personalised programme with its plan (each row: activity, due, expected, done, result), for the demo. */
    @Transactional
    void demo(long pairId, String difficulties, String goal, String tasks, LocalDate start, LocalDate end,
            List<String[]> plan, List<Boolean> done, String selfAnalysis, String mentorReview, String conclusion) {
        if (programmes.findByPairId(pairId).isPresent()) {
            return;
        }
        PairInfo pair = pair(pairId);
        PersonalProgramme p = new PersonalProgramme(pairId, pair.schoolId(), start, end, clock.instant());
        p.edit(difficulties, goal, tasks, start, end, clock.instant());
        p.editResults(selfAnalysis, mentorReview, conclusion, clock.instant());
        p = programmes.saveAndFlush(p);
        for (int i = 0; i < plan.size(); i++) {
            String[] row = plan.get(i);
            ProgrammeActivity a = new ProgrammeActivity(p.getId());
            a.edit(row[0], LocalDate.parse(row[1]), row[2], done.get(i), row[3]);
            activities.save(a);
        }
    }
}
