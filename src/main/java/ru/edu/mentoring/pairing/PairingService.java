package ru.edu.mentoring.pairing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.sql.Types;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.StaleVersionException;

/** Registers pairs and groups and moves them through their statuses, enforcing {@link PairingRules}. */
@Service
public class PairingService {

    private final PairRepository pairs;
    private final MentoringFormRepository forms;
    private final People people;
    private final FormOptions formOptions;
    private final PairList pairList;
    private final JdbcTemplate jdbc;

    PairingService(PairRepository pairs, MentoringFormRepository forms, People people, FormOptions formOptions,
            PairList pairList, JdbcTemplate jdbc) {
        this.pairs = pairs;
        this.forms = forms;
        this.people = people;
        this.formOptions = formOptions;
        this.pairList = pairList;
        this.jdbc = jdbc;
    }

    /** The pair's id when it was saved, else the rules it breaks. */
    record Outcome(Long pairId, List<PairingRules.Violation> violations) {
        boolean ok() {
            return violations.isEmpty();
        }
    }

    /**
     * Registers a pair (a draft, or active at once when {@code activate}); a repeated token returns the first.
     *
     * <p>The busiest write of the portal, so it is made of few statements: the form's rules come from
     * {@link FormOptions}, every participant from one query ({@link People#participants}), and the pair, its mentees
     * and its audit row are written by one statement ({@link #INSERT}) that checks the form and variation again in
     * the database and does nothing for a token already used. Only a refused or repeated submission asks more.
     */
    @Transactional
    Outcome create(long schoolId, SchoolKind schoolKind, PairForm form, boolean activate) {
        FormLookup lookup = cachedLookup(form);
        List<PairingRules.Violation> violations = check(schoolId, schoolKind, form, activate, -1L, lookup);
        if (!violations.isEmpty()) {
            // a repeated submission whose first copy was saved (its mentees now busy in it) goes to that pair
            return createdByToken(form.getToken()).map(id -> new Outcome(id, List.<PairingRules.Violation>of()))
                    .orElseGet(() -> new Outcome(null, violations));
        }
        MentoringPair pair = new MentoringPair(schoolId, form.getToken());
        pair.define(form.getFormId(), form.getVariationId(), form.getMentorId(), form.getMenteeIds(),
                teacherFormatFor(form, lookup.spec()), form.getStartDate(), form.getPlannedEnd(), form.getGoal());
        pair.fixByOrder(form.getOrderNumber(), form.getOrderDate());
        if (activate) {
            pair.activate();
        }
        Long id = insert(pair);
        if (id == null) {
            // nothing written: the token saved a pair already, or the form or variation was closed on another
            // instance since this one cached it
            java.util.Optional<Long> earlier = createdByToken(form.getToken());
            if (earlier.isPresent()) {
                return new Outcome(earlier.get(), List.of());
            }
            formOptions.clear();
            List<PairingRules.Violation> again = check(schoolId, schoolKind, form, activate, -1L, lookup(form));
            return new Outcome(null, again.isEmpty()
                    ? List.of(new PairingRules.Violation("formId", "pair.rule.formRequired")) : again);
        }
        pairList.pairsChanged();
        return new Outcome(id, List.of());
    }

    /**
     * The pair, one row per mentee and the audit row, in one statement; the pair only while its form (and variation,
     * if any) is active and its token unused. Returns no row when nothing was written.
     */
    static final String INSERT = """
            with p as (
                insert into mentoring_pair (school_id, form_id, variation_id, mentor_id, teacher_format, start_date,
                                            planned_end, goal, status, order_number, order_date, create_token)
                select ?, ?, ?::bigint, ?, ?::varchar, ?::date, ?::date, ?::varchar, ?::varchar, ?::varchar, ?::date,
                       ?::uuid
                 where exists (select 1 from mentoring_form f where f.id = ? and f.active)
                   and (?::bigint is null
                        or exists (select 1 from form_variation v where v.id = ? and v.form_id = ? and v.active))
                on conflict (create_token) do nothing
                returning id, school_id
            ), mentees as (
                insert into pair_mentee (pair_id, person_id) select p.id, m from p, unnest(?::bigint[]) as m
            ), audit as (
            """ + AuditLog.createdRowsOf("p", "MentoringPair") + """
            )
            select id from p""";

    private Long insert(MentoringPair pair) {
        SqlParameterValue variation = new SqlParameterValue(Types.BIGINT, pair.getVariationId());
        return jdbc.query(INSERT, rs -> rs.next() ? rs.getLong(1) : null,
                pair.getSchoolId(), pair.getFormId(), variation, pair.getMentorId(),
                new SqlParameterValue(Types.VARCHAR,
                        pair.getTeacherFormat() == null ? null : pair.getTeacherFormat().name()),
                pair.getStartDate(), pair.getPlannedEnd(), pair.getGoal(), pair.getStatus().name(),
                new SqlParameterValue(Types.VARCHAR, pair.getOrderNumber()),
                new SqlParameterValue(Types.DATE, pair.getOrderDate()),
                new SqlParameterValue(Types.OTHER, pair.getCreateToken()),
                pair.getFormId(), variation, variation, pair.getFormId(),
                pair.getMenteeIds().toArray(Long[]::new), AuditLog.currentUser());
    }

    /** The pair a form token saved, if any. */
    private java.util.Optional<Long> createdByToken(UUID token) {
        return token == null ? java.util.Optional.empty() : pairs.findByCreateToken(token).map(MentoringPair::getId);
    }

    /**
     * The form named by a submission (null when unknown or closed to new pairs) and whether its variation is an
     * active one of that form.
     */
    private record FormLookup(FormSpec spec, boolean variationOk) {}

    private static final long NO_ID = -1;

    /** From the cached forms ({@link FormOptions#rules()}): no statement. */
    private FormLookup cachedLookup(PairForm form) {
        FormOptions.FormRule rule = form.getFormId() == null ? null : formOptions.rules().get(form.getFormId());
        if (rule == null || !rule.active()) {
            return new FormLookup(null, false);
        }
        return new FormLookup(rule.spec(),
                form.getVariationId() == null || rule.activeVariations().contains(form.getVariationId()));
    }

    /** From the database: one statement. */
    private FormLookup lookup(PairForm form) {
        if (form.getFormId() != null) {
            // no null parameters: Hibernate translates a query again for every execution with a null bound, so an
            // absent variation is asked as one that cannot exist
            List<Object[]> rows = forms.formWithVariation(form.getFormId(),
                    form.getVariationId() == null ? NO_ID : form.getVariationId());
            if (!rows.isEmpty()) {
                Object[] row = rows.get(0);
                MentoringForm mf = (MentoringForm) row[0];
                return new FormLookup(mf.isActive() ? mf.spec() : null,
                        form.getVariationId() == null || row[1] != null);
            }
        }
        return new FormLookup(null, false);
    }

    /** The pair a form token created, for a submission that lost the race to a parallel identical one. */
    @Transactional(readOnly = true)
    java.util.Optional<Long> createdBy(UUID token) {
        return token == null ? java.util.Optional.empty() : pairs.findByCreateToken(token).map(MentoringPair::getId);
    }

    /** For the demo data and tests: registers a pair that must follow every rule. */
    @Transactional
    public long register(long schoolId, SchoolKind schoolKind, PairForm form, boolean activate) {
        Outcome outcome = create(schoolId, schoolKind, form, activate);
        if (!outcome.ok()) {
            throw new IllegalStateException("pair breaks rules: " + outcome.violations());
        }
        return outcome.pairId();
    }

    /** Changes a draft fully, or the goal, planned end and order of an active pair. */
    @Transactional
    Outcome update(long pairId, SchoolKind schoolKind, PairForm form) {
        MentoringPair pair = pairs.findById(pairId).orElseThrow(NotFoundException::new);
        if (pair.getVersion() != form.getVersion()) {
            throw new StaleVersionException();
        }
        if (pair.getStatus() == PairStatus.DRAFT) {
            FormLookup lookup = lookup(form);
            List<PairingRules.Violation> violations =
                    check(pair.getSchoolId(), schoolKind, form, false, pair.getId(), lookup);
            if (!violations.isEmpty()) {
                return new Outcome(null, violations);
            }
            pair.define(form.getFormId(), form.getVariationId(), form.getMentorId(), form.getMenteeIds(),
                    teacherFormatFor(form, lookup.spec()), form.getStartDate(), form.getPlannedEnd(), form.getGoal());
            pair.fixByOrder(form.getOrderNumber(), form.getOrderDate());
        } else {
            if (form.getPlannedEnd() != null && !form.getPlannedEnd().isAfter(pair.getStartDate())) {
                return new Outcome(null, List.of(new PairingRules.Violation("plannedEnd", "pair.rule.datesOrder")));
            }
            pair.amend(form.getPlannedEnd(), form.getGoal(), form.getOrderNumber(), form.getOrderDate());
        }
        return new Outcome(pair.getId(), List.of());
    }

    @Transactional
    Outcome activate(long pairId, long version, SchoolKind schoolKind) {
        MentoringPair pair = load(pairId, version);
        PairForm form = PairForm.of(pair);
        List<PairingRules.Violation> violations =
                check(pair.getSchoolId(), schoolKind, form, true, pair.getId(), lookup(form));
        if (!violations.isEmpty()) {
            return new Outcome(null, violations);
        }
        pair.activate();
        return new Outcome(pair.getId(), List.of());
    }

    /** The pair's current version, for callers that act on it right after reading it. */
    @Transactional(readOnly = true)
    public long currentVersion(long pairId) {
        return pairs.findById(pairId).map(MentoringPair::getVersion).orElseThrow(NotFoundException::new);
    }

    /** The id of a form by its code (see {@link FormCodes}). */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> formId(String code) {
        return forms.findByCode(code).map(MentoringForm::getId);
    }

    @Transactional
    public void complete(long pairId, long version, LocalDate on, String result) {
        load(pairId, version).complete(on, result);
    }

    @Transactional
    public void terminate(long pairId, long version, LocalDate on, String reason) {
        load(pairId, version).terminate(on, reason);
    }

    static final String WITHDRAWAL_REASON = "Отзыв согласия на обработку персональных данных";

    static final String GROUP_WITHDRAWAL_REASON = "Участник отозвал согласие на обработку персональных данных;"
            + " группа продолжена без него с ";

    static final String EXPIRY_REASON = "Истёк срок согласия на обработку персональных данных";

    static final String GROUP_EXPIRY_REASON = "У участника истёк срок согласия на обработку персональных данных;"
            + " группа продолжена без него с ";

    /**
     * Two records of one person were merged (issue 16 point 5): the pairs the removed record leads and its places in
     * pairs and groups move to the kept record, in the merging transaction. The people module refused the merge before
     * when both records are in one pair, so no pair gets the same person twice. The coverage read model follows by
     * its triggers (a changed mentor, a mentee row deleted and inserted).
     */
    @org.springframework.context.event.EventListener
    @Transactional
    public void onPersonsMerged(ru.edu.mentoring.people.PersonsMerged event) {
        jdbc.update("update mentoring_pair set mentor_id = ?, updated_at = now(), version = version + 1"
                + " where mentor_id = ?", event.keptId(), event.removedId());
        jdbc.update("insert into pair_mentee (pair_id, person_id) select pair_id, ? from pair_mentee"
                + " where person_id = ? on conflict do nothing", event.keptId(), event.removedId());
        jdbc.update("delete from pair_mentee where person_id = ?", event.removedId());
        pairList.pairsChanged();
    }

    /**
     * A person was anonymised (they are in no running pair by then): the goal, result and termination reason of every
     * pair or group they were in are cleared (a reason the application wrote itself stays), and any other pair of the
     * school whose text names them gets the pseudonym instead — in the anonymising transaction.
     */
    @org.springframework.context.event.EventListener
    @Transactional
    public void onPersonAnonymised(ru.edu.mentoring.people.PersonAnonymised event) {
        String pattern = event.namePattern();
        if (pattern != null) {
            jdbc.update("update mentoring_pair set goal = regexp_replace(goal, ?, ?, 'g'),"
                    + " result = regexp_replace(result, ?, ?, 'g'),"
                    + " termination_reason = regexp_replace(termination_reason, ?, ?, 'g')"
                    + " where school_id = ? and (goal ~ ? or result ~ ? or termination_reason ~ ?)",
                    pattern, event.pseudonym(), pattern, event.pseudonym(), pattern, event.pseudonym(),
                    event.schoolId(), pattern, pattern, pattern);
        }
        for (MentoringPair pair : pairs.involving(event.personId())) {
            String reason = pair.getTerminationReason();
            boolean systemReason = reason != null && (reason.equals(WITHDRAWAL_REASON)
                    || reason.startsWith(GROUP_WITHDRAWAL_REASON) || reason.equals(EXPIRY_REASON)
                    || reason.startsWith(GROUP_EXPIRY_REASON));
            pair.clearTexts();
            if (systemReason) {
                pair.keepTerminationReason(reason);
            }
        }
    }

    /**
     * Processing of a participant's data stopped (consent withdrawn, or its term ended): they leave every running pair
     * on the day it stopped. A pair they lead or the only
     * mentee of is terminated; a group goes on without them as a new pair from the next day (same form, mentor, goal,
     * order), so the days the group ran with them still count. Drafts forget them.
     */
    @org.springframework.context.event.EventListener
    @Transactional
    public void onConsentWithdrawn(ru.edu.mentoring.people.ConsentWithdrawn event) {
        long personId = event.personId();
        LocalDate on = event.on();
        for (MentoringPair pair : pairs.involving(personId)) {
            boolean mentor = pair.getMentorId() == personId;
            Set<Long> others = new java.util.LinkedHashSet<>(pair.getMenteeIds());
            others.remove(personId);
            if (pair.getStatus() == PairStatus.DRAFT) {
                if (mentor || others.isEmpty()) {
                    pairs.delete(pair);
                } else {
                    pair.define(pair.getFormId(), pair.getVariationId(), pair.getMentorId(), others,
                            pair.getTeacherFormat(), pair.getStartDate(), pair.getPlannedEnd(), pair.getGoal());
                }
            } else if (pair.getStatus() == PairStatus.ACTIVE) {
                LocalDate end = on.isBefore(pair.getStartDate()) ? pair.getStartDate() : on;
                LocalDate next = end.plusDays(1);
                if (mentor || others.isEmpty() || !pair.getPlannedEnd().isAfter(next)) {
                    pair.terminate(end, event.expired() ? EXPIRY_REASON : WITHDRAWAL_REASON);
                } else {
                    pair.terminate(end, (event.expired() ? GROUP_EXPIRY_REASON : GROUP_WITHDRAWAL_REASON)
                            + java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(next));
                    MentoringPair rest = new MentoringPair(pair.getSchoolId(), null);
                    rest.define(pair.getFormId(), pair.getVariationId(), pair.getMentorId(), others,
                            pair.getTeacherFormat(), next, pair.getPlannedEnd(), pair.getGoal());
                    rest.fixByOrder(pair.getOrderNumber(), pair.getOrderDate());
                    rest.activate();
                    pairs.save(rest);
                }
            }
        }
    }

    @Transactional
    void deleteDraft(long pairId, long version) {
        MentoringPair pair = load(pairId, version);
        if (pair.getStatus() != PairStatus.DRAFT) {
            throw new PairStateException("pair.error.status.DRAFT");
        }
        pairs.delete(pair);
    }

    private MentoringPair load(long pairId, long version) {
        MentoringPair pair = pairs.findById(pairId).orElseThrow(NotFoundException::new);
        if (pair.getVersion() != version) {
            throw new StaleVersionException();
        }
        return pair;
    }

    private static TeacherFormat teacherFormatFor(PairForm form, FormSpec spec) {
        return spec != null && spec.teacherFormat() ? form.getTeacherFormat() : null;
    }

    /**
     * The rules' verdict. Set-based: the form and variation come with the lookup, every participant (mentor and
     * mentees) in one call to {@link People#participants}; the mentor's load and the mentees busy in the form are
     * asked only when the pair is (about to be) active, the only case the rules use them.
     */
    List<PairingRules.Violation> check(long schoolId, SchoolKind schoolKind, PairForm form, boolean activating,
            long excludePairId, FormLookup lookup) {
        FormSpec spec = lookup.spec();
        if (spec == null) {
            return List.of(new PairingRules.Violation("formId", "pair.rule.formRequired"));
        }
        boolean variationOk = lookup.variationOk();
        LocalDate asOf = form.getStartDate() == null ? people.today() : form.getStartDate();
        Set<Long> ids = new HashSet<>(form.getMenteeIds());
        if (form.getMentorId() != null) {
            ids.add(form.getMentorId());
        }
        Map<Long, Participant> found = people.participants(ids, asOf);
        List<Participant> mentees = new ArrayList<>();
        List<PairingRules.Violation> unknown = new ArrayList<>();
        for (Long id : form.getMenteeIds()) {
            Participant p = found.get(id);
            if (p == null) {
                unknown.add(new PairingRules.Violation("menteeIds", "pair.rule.unknownPerson"));
            } else {
                mentees.add(p);
            }
        }
        Participant mentor = form.getMentorId() == null ? null : found.get(form.getMentorId());
        int load = mentor == null || !activating ? 0 : (int) pairs.mentorLoad(mentor.id(), excludePairId);
        Set<Long> busy = !activating || form.getMenteeIds().isEmpty() ? Set.of()
                : new HashSet<>(pairs.busyMentees(spec.id(), form.getMenteeIds(), excludePairId));
        List<PairingRules.Violation> violations = new ArrayList<>(unknown);
        violations.addAll(PairingRules.check(new PairingRules.Proposal(spec, variationOk, form.getTeacherFormat(),
                mentor, mentees, form.getStartDate(), form.getPlannedEnd(), schoolId, schoolKind, activating, load,
                busy)));
        return violations.stream().filter(Objects::nonNull).toList();
    }
    /**
     * Fixes the given pairs of the school by an order (number and date as typed); every pair must be the school's,
     * active and not yet fixed by an order, else nothing changes and an empty result says so.
     */
    @Transactional
    public int fixByOrder(long schoolId, java.util.Collection<Long> pairIds, String orderNumber, LocalDate orderDate) {
        List<MentoringPair> list = pairs.findAllById(pairIds);
        if (list.size() != new HashSet<>(pairIds).size() || list.stream().anyMatch(p -> p.getSchoolId() != schoolId
                || p.getStatus() != PairStatus.ACTIVE || p.getOrderNumber() != null)) {
            return 0;
        }
        list.forEach(p -> p.fixByOrder(orderNumber, orderDate));
        return list.size();
    }
}
