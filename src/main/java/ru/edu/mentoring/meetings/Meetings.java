package ru.edu.mentoring.meetings;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.pairing.PairingService;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.people.PersonAnonymised;
import ru.edu.mentoring.people.PersonsMerged;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.StaleVersionException;

/**
 * The meetings module's service and public API: the pair's plan and meeting log, the final meeting that completes the
 * pair through {@link PairingService#complete} and publishes {@link PairFinished}, the school's setting of days
 * without a meeting, the stalled pairs for the curator's home page, the final event of the year and the figures of
 * the municipal summary. Pairs are read through the views pairing publishes ({@code pairing_pair_v},
 * {@code pairing_pair_mentee_v}); pairing's tables are never written here.
 */
@Service
public class Meetings {

    private final MeetingRepository meetings;
    private final PlanActivityRepository activities;
    private final FinalEventRepository events;
    private final MeetingSettingsRepository settings;
    private final JdbcTemplate jdbc;
    private final People people;
    private final PairingService pairing;
    private final ApplicationEventPublisher publisher;
    private final AuditLog audit;

    Meetings(MeetingRepository meetings, PlanActivityRepository activities, FinalEventRepository events,
            MeetingSettingsRepository settings, JdbcTemplate jdbc, People people, PairingService pairing,
            ApplicationEventPublisher publisher, AuditLog audit) {
        this.meetings = meetings;
        this.activities = activities;
        this.events = events;
        this.settings = settings;
        this.jdbc = jdbc;
        this.people = people;
        this.pairing = pairing;
        this.publisher = publisher;
        this.audit = audit;
    }

    /** The version a form of a record not yet saved carries (a saved record's versions start at 0). */
    static final long NEW = -1;

    /** A pair or group as this module reads it from pairing's published views. */
    public record PairInfo(long id, long schoolId, long formId, String formName, long mentorId, Set<Long> menteeIds,
            String status, LocalDate startDate, LocalDate endDate) {

        public Set<Long> memberIds() {
            Set<Long> ids = new LinkedHashSet<>();
            ids.add(mentorId);
            ids.addAll(menteeIds);
            return ids;
        }

        public boolean active() {
            return "ACTIVE".equals(status);
        }

        public boolean group() {
            return menteeIds.size() > 1;
        }
    }

    @Transactional(readOnly = true)
    PairInfo pair(long pairId) {
        List<PairInfo> found = jdbc.query("select p.id, p.school_id, p.form_id, f.name, p.mentor_id, p.status,"
                + " p.start_date, p.end_date from pairing_pair_v p join pairing_form_v f on f.id = p.form_id"
                + " where p.id = ?", (rs, i) -> new PairInfo(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getString(4), rs.getLong(5), new LinkedHashSet<>(), rs.getString(6),
                        rs.getDate(7).toLocalDate(), rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate()),
                pairId);
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        PairInfo pair = found.get(0);
        pair.menteeIds().addAll(jdbc.queryForList("select person_id from pairing_pair_mentee_v where pair_id = ?"
                + " order by person_id", Long.class, pairId));
        return pair;
    }

    /** The school of a meeting, a plan activity (for the scope check before anything else is read). */
    @Transactional(readOnly = true)
    Meeting meeting(long id) {
        Meeting m = meetings.findById(id).orElseThrow(NotFoundException::new);
        m.getParticipantIds().size();
        return m;
    }

    @Transactional(readOnly = true)
    PlanActivity activity(long id) {
        return activities.findById(id).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    List<Meeting> log(long pairId) {
        List<Meeting> list = meetings.findByPairIdOrderByStartsAtAscIdAsc(pairId);
        list.forEach(m -> m.getParticipantIds().size());
        return list;
    }

    @Transactional(readOnly = true)
    List<PlanActivity> plan(long pairId) {
        return activities.findByPairIdOrderByDueDateAscIdAsc(pairId);
    }

    static List<MeetingRules.Entry> entries(List<Meeting> log) {
        return log.stream().map(m -> new MeetingRules.Entry(m.getId(), m.getType(), m.getStartsAt(),
                m.isCuratorPresent())).toList();
    }

    /** The people of a pair by id, as of today (names for the page, minors for the audit of the read). */
    Map<Long, Participant> members(PairInfo pair) {
        return people.participants(pair.memberIds(), people.today());
    }

    LocalDate today() {
        return people.today();
    }

    /** The saved meeting's id, else the rules it breaks (message keys). */
    record Outcome(Long meetingId, List<String> errors, boolean pairCompleted) {}

    /**
     * Records a new meeting (or changes one: {@code meetingId} and the {@code version} the user saw). A final meeting
     * completes the pair in the same transaction, through pairing's public API, and publishes {@link PairFinished}.
     */
    @Transactional
    Outcome save(long pairId, Long meetingId, long version, MeetingCommand command, Long userId) {
        PairInfo pair = pair(pairId);
        List<Meeting> log = meetings.findByPairIdOrderByStartsAtAscIdAsc(pairId);
        Meeting meeting;
        MeetingType before = null;
        if (meetingId == null) {
            meeting = new Meeting(pairId, pair.schoolId(), userId);
        } else {
            meeting = log.stream().filter(m -> m.getId().equals(meetingId)).findFirst()
                    .orElseThrow(NotFoundException::new);
            if (meeting.getVersion() != version) {
                throw new StaleVersionException(meeting.getVersion());
            }
            before = meeting.getType();
        }
        List<String> errors = MeetingRules.errors(
                new MeetingRules.PairState(pair.status(), pair.startDate(), pair.memberIds()), entries(log),
                meetingId, before, command, people.today());
        if (!errors.isEmpty()) {
            return new Outcome(null, errors, false);
        }
        meeting.define(command);
        meeting = meetings.saveAndFlush(meeting);
        boolean completes = meetingId == null && command.type() == MeetingType.FINAL;
        if (completes) {
            LocalDate on = command.startsAt().toLocalDate();
            pairing.complete(pairId, pairing.currentVersion(pairId), on, command.outcome().strip());
            publisher.publishEvent(new PairFinished(pairId, pair.schoolId(), meeting.getId(), on));
        }
        return new Outcome(meeting.getId(), List.of(), completes);
    }

    // ---- plan

    @Transactional
    long saveActivity(long pairId, Long activityId, long version, ActivityForm form) {
        PairInfo pair = pair(pairId);
        PlanActivity activity;
        if (activityId == null) {
            activity = new PlanActivity(pairId, pair.schoolId());
        } else {
            activity = activities.findById(activityId).filter(a -> a.getPairId() == pairId)
                    .orElseThrow(NotFoundException::new);
            if (activity.getVersion() != version) {
                throw new StaleVersionException(activity.getVersion());
            }
        }
        activity.define(form.getSection(), form.getActivity(), form.getDueDate(), form.getFormat(),
                form.getExpectedResult(), form.isDone(), form.isDone() && form.getDoneDate() == null
                        ? people.today() : form.getDoneDate());
        return activities.saveAndFlush(activity).getId();
    }

    @Transactional
    void markDone(long activityId, long version, boolean done) {
        PlanActivity activity = activities.findById(activityId).orElseThrow(NotFoundException::new);
        if (activity.getVersion() != version) {
            throw new StaleVersionException(activity.getVersion());
        }
        activity.markDone(done, people.today());
    }

    // ---- settings and stalled pairs

    /** After how many days without a meeting the school's running pairs are flagged (30 unless the school set it). */
    @Transactional(readOnly = true)
    public int stallDays(long schoolId) {
        return settings.findById(schoolId).map(MeetingSettings::getStallDays)
                .orElse(MeetingSettings.DEFAULT_STALL_DAYS);
    }

    @Transactional(readOnly = true)
    long settingsVersion(long schoolId) {
        return settings.findById(schoolId).map(MeetingSettings::getVersion).orElse(NEW);
    }

    @Transactional
    void setStallDays(long schoolId, long version, int days) {
        MeetingSettings s = settings.findById(schoolId).orElse(null);
        if (s == null) {
            if (version != NEW) {
                throw new StaleVersionException(NEW);
            }
            s = new MeetingSettings(schoolId);
            s.setStallDays(days);
            settings.saveAndFlush(s);
            return;
        }
        if (s.getVersion() != version) {
            throw new StaleVersionException(s.getVersion());
        }
        s.setStallDays(days);
    }

    /**
     * A running pair or group without a meeting for more than the school's N days: the form, the mentor's short name,
     * the number of mentees, the day of its last meeting (null when none was held: counted from its start).
     */
    public record StalledPair(long pairId, String formName, String mentorName, int mentees, LocalDate lastMeeting,
            LocalDate since, long days) {}

    /**
     * The school's running pairs and groups without a meeting for more than its N days, the longest-waiting first.
     * Records the read of any minor mentor it names (the caller has checked that the user reads the school).
     */
    @Transactional(readOnly = true)
    public List<StalledPair> stalledPairs(long schoolId) {
        LocalDate today = people.today();
        int days = stallDays(schoolId);
        record Row(long pairId, String formName, long mentorId, int mentees, LocalDate last, LocalDate since) {}
        List<Row> rows = jdbc.query("select p.id, f.name, p.mentor_id,"
                + " (select count(*) from pairing_pair_mentee_v pm where pm.pair_id = p.id),"
                + " max(m.starts_at)::date, coalesce(max(m.starts_at)::date, p.start_date)"
                + " from pairing_pair_v p join pairing_form_v f on f.id = p.form_id"
                + " left join meeting m on m.pair_id = p.id"
                + " where p.school_id = ? and p.status = 'ACTIVE'"
                + " group by p.id, f.name, p.mentor_id, p.start_date"
                + " having coalesce(max(m.starts_at)::date, p.start_date) < ?"
                + " order by 6, 1", (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate()),
                schoolId, Date.valueOf(today.minusDays(days)));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Participant> mentors = people.participants(rows.stream().map(Row::mentorId).toList(), today);
        audit.recordRead("VIEW", "StalledPairs", schoolId, schoolId, mentors.values().stream()
                .filter(Participant::minor).map(Participant::id).toList());
        return rows.stream().map(r -> new StalledPair(r.pairId(), r.formName(),
                Optional.ofNullable(mentors.get(r.mentorId())).map(Participant::shortName).orElse("—"), r.mentees(),
                r.last(), r.since(), java.time.temporal.ChronoUnit.DAYS.between(r.since(), today))).toList();
    }

    // ---- final event

    @Transactional(readOnly = true)
    Optional<FinalEvent> finalEvent(long schoolId, int academicYear) {
        Optional<FinalEvent> e = events.findBySchoolIdAndAcademicYear(schoolId, academicYear);
        e.ifPresent(f -> f.getMentorIds().size());
        return e;
    }

    @Transactional(readOnly = true)
    List<FinalEvent> finalEvents(long schoolId) {
        List<FinalEvent> list = events.findBySchoolIdOrderByAcademicYearDesc(schoolId);
        list.forEach(f -> f.getMentorIds().size());
        return list;
    }

    /** Creates the school's final event of the year or changes it (the version the user saw; 0 for a new one). */
    @Transactional
    long saveFinalEvent(long schoolId, int academicYear, long version, FinalEventForm form, Set<Long> allowedMentors) {
        FinalEvent event = events.findBySchoolIdAndAcademicYear(schoolId, academicYear).orElse(null);
        if (event == null) {
            if (version != NEW) {
                throw new StaleVersionException(NEW);
            }
            event = new FinalEvent(schoolId, academicYear);
        } else if (event.getVersion() != version) {
            throw new StaleVersionException(event.getVersion());
        }
        Set<Long> mentors = new LinkedHashSet<>(form.getMentorIds());
        mentors.retainAll(allowedMentors);
        event.define(form.getEventDate(), form.getFormat(), form.getParticipantsCount(), form.getCases(),
                form.getPublicationUrl(), mentors);
        return events.saveAndFlush(event).getId();
    }

    // ---- the municipal summary

    /** One school's meeting figures of an academic year (from the view {@code meetings_pair_stats_v}). */
    public record SchoolStats(long schoolId, long pairsWithMeetings, long meetings, long pairsCompletedWithFinal) {}

    @Transactional(readOnly = true)
    public Map<Long, SchoolStats> stats(Collection<Long> schoolIds, int academicYear) {
        Map<Long, SchoolStats> out = new HashMap<>();
        if (schoolIds.isEmpty()) {
            return out;
        }
        jdbc.query("select school_id, pairs_with_meetings, meetings, pairs_completed_with_final"
                + " from meetings_pair_stats_v where academic_year = ? and school_id = any(?)", rs -> {
                    out.put(rs.getLong(1), new SchoolStats(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                            rs.getLong(4)));
                }, academicYear, schoolIds.toArray(Long[]::new));
        return out;
    }

    /** The dates of the schools' final events of the year. */
    @Transactional(readOnly = true)
    Map<Long, LocalDate> finalEventDates(Collection<Long> schoolIds, int academicYear) {
        Map<Long, LocalDate> out = new HashMap<>();
        if (schoolIds.isEmpty()) {
            return out;
        }
        jdbc.query("select school_id, event_date from final_event where academic_year = ? and school_id = any(?)",
                rs -> {
                    out.put(rs.getLong(1), rs.getDate(2).toLocalDate());
                }, academicYear, schoolIds.toArray(Long[]::new));
        return out;
    }

    // ---- what the people module's events do here, in the publishing transaction

    /** A merge moves the removed record's places in meetings and final events to the kept record. */
    @EventListener
    public void onPersonsMerged(PersonsMerged event) {
        jdbc.update("insert into meeting_participant (meeting_id, person_id) select meeting_id, ? from"
                + " meeting_participant where person_id = ? on conflict do nothing", event.keptId(), event.removedId());
        jdbc.update("delete from meeting_participant where person_id = ?", event.removedId());
        jdbc.update("insert into final_event_mentor (event_id, person_id) select event_id, ? from"
                + " final_event_mentor where person_id = ? on conflict do nothing", event.keptId(), event.removedId());
        jdbc.update("delete from final_event_mentor where person_id = ?", event.removedId());
    }

    /**
     * An anonymisation replaces the person's name forms by the pseudonym in the free text of the school's meetings,
     * plans and final events (the texts may name them without being linked to them).
     */
    @EventListener
    public void onPersonAnonymised(PersonAnonymised event) {
        String pattern = event.namePattern();
        if (pattern == null) {
            return;
        }
        String p = event.pseudonym();
        long school = event.schoolId();
        for (String[] table : List.of(new String[] {"meeting", "topic", "content", "outcome", "homework"},
                new String[] {"plan_activity", "section", "activity", "format", "expected_result"},
                new String[] {"final_event", "format", "cases", "publication_url"})) {
            List<String> sets = new ArrayList<>();
            List<String> wheres = new ArrayList<>();
            List<Object> args = new ArrayList<>();
            for (int i = 1; i < table.length; i++) {
                sets.add(table[i] + " = regexp_replace(" + table[i] + ", ?, ?, 'g')");
                args.add(pattern);
                args.add(p);
            }
            args.add(school);
            for (int i = 1; i < table.length; i++) {
                wheres.add(table[i] + " ~ ?");
                args.add(pattern);
            }
            jdbc.update("update " + table[0] + " set " + String.join(", ", sets) + ", version = version + 1"
                    + " where school_id = ? and (" + String.join(" or ", wheres) + ")", args.toArray());
        }
    }
}
