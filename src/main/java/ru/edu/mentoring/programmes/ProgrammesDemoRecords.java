package ru.edu.mentoring.programmes;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.approval.Actor;
import ru.edu.mentoring.approval.ApprovalStatus;

/** What the demo loader writes in this module, through its own rules (kept here: only this module writes its tables). */
@Service
public class ProgrammesDemoRecords {

    private final Programmes programmes;
    private final PersonalProgrammes personal;
    private final Accounts accounts;
    private final JdbcTemplate jdbc;

    ProgrammesDemoRecords(Programmes programmes, PersonalProgrammes personal, Accounts accounts, JdbcTemplate jdbc) {
        this.programmes = programmes;
        this.personal = personal;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean loaded(long schoolId) {
        return programmes.hasProgrammes(schoolId);
    }

    /** The school's programme of the form in the current academic year, moved to {@code status}. */
    @Transactional
    public long programme(long schoolId, String formCode, String goal, String tasks, String variations,
            ApprovalStatus status, String returnComment) {
        var members = accounts.enabledUsersAtSchool(schoolId);
        var curator = members.stream().filter(m -> m.roles().contains(Role.CURATOR)).findFirst().orElseThrow();
        var head = members.stream().filter(m -> m.roles().contains(Role.SCHOOL_HEAD)).findFirst().orElse(null);
        ApprovalStatus reachable = head == null && (status == ApprovalStatus.APPROVED
                || status == ApprovalStatus.RETURNED) ? ApprovalStatus.SUBMITTED : status;
        return programmes.demo(schoolId, formCode, programmes.currentYear(), goal, tasks, variations, curator.id(),
                reachable, new Actor(curator.id(), curator.fullName()),
                head == null ? null : new Actor(head.id(), head.fullName()), returnComment);
    }

    /** The school's teacher pairs (form «педагог — педагог») running or completed, the latest first. */
    @Transactional(readOnly = true)
    public List<Long> teacherPairs(long schoolId) {
        Long form = programmes.teacherFormId().orElse(null);
        if (form == null) {
            return List.of();
        }
        return jdbc.queryForList("select id from pairing_pair_v where school_id = ? and form_id = ?"
                + " and status in ('ACTIVE', 'COMPLETED') order by start_date desc, id", Long.class, schoolId, form);
    }

    /** A personalised programme of the pair: its plan rows {activity, due (ISO date), expected, result}. */
    @Transactional
    public void personal(long pairId, String difficulties, String goal, String tasks, LocalDate start, LocalDate end,
            List<String[]> plan, List<Boolean> done, String selfAnalysis, String mentorReview, String conclusion) {
        personal.demo(pairId, difficulties, goal, tasks, start, end, plan, done, selfAnalysis, mentorReview,
                conclusion);
    }

    /** The start of a pair, for dating its demo programme. */
    @Transactional(readOnly = true)
    public LocalDate startOf(long pairId) {
        return personal.pair(pairId).start();
    }
}
