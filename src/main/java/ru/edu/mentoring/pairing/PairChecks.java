package ru.edu.mentoring.pairing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.schools.SchoolKind;

/**
 * Gathers what {@link PairingRules} need for a proposed pair, in few statements, and asks them. Set-based: the form
 * and variation come with the lookup, every participant (mentor and mentees) in one call to
 * {@link People#participants}; the mentor's load and the mentees busy in the form are asked only when the pair is
 * (about to be) active, the only case the rules use them.
 */
@Component
class PairChecks {

    private static final long NO_ID = -1;

    private final PairRepository pairs;
    private final MentoringFormRepository forms;
    private final People people;
    private final FormOptions formOptions;

    PairChecks(PairRepository pairs, MentoringFormRepository forms, People people, FormOptions formOptions) {
        this.pairs = pairs;
        this.forms = forms;
        this.people = people;
        this.formOptions = formOptions;
    }

    /**
     * The form named by a command (null when unknown or closed to new pairs) and whether its variation is an active
     * one of that form.
     */
    record FormLookup(FormSpec spec, boolean variationOk) {

        /** The teacher pair's format, kept only for a form that has one. */
        TeacherFormat teacherFormat(PairCommand command) {
            return spec != null && spec.teacherFormat() ? command.teacherFormat() : null;
        }
    }

    /** From the cached forms ({@link FormOptions#rules()}): no statement. */
    FormLookup cachedLookup(PairCommand command) {
        FormOptions.FormRule rule = command.formId() == null ? null : formOptions.rules().get(command.formId());
        if (rule == null || !rule.active()) {
            return new FormLookup(null, false);
        }
        return new FormLookup(rule.spec(),
                command.variationId() == null || rule.activeVariations().contains(command.variationId()));
    }

    /** From the database: one statement. */
    FormLookup lookup(PairCommand command) {
        if (command.formId() != null) {
            // no null parameters: Hibernate translates a query again for every execution with a null bound, so an
            // absent variation is asked as one that cannot exist
            List<Object[]> rows = forms.formWithVariation(command.formId(),
                    command.variationId() == null ? NO_ID : command.variationId());
            if (!rows.isEmpty()) {
                Object[] row = rows.get(0);
                MentoringForm mf = (MentoringForm) row[0];
                return new FormLookup(mf.isActive() ? mf.spec() : null,
                        command.variationId() == null || row[1] != null);
            }
        }
        return new FormLookup(null, false);
    }

    /**
     * Whether the form (and variation, if any) a cached lookup approved is still open in the database: one
     * statement, so a form closed on another instance is refused at once although this instance's cache has it open.
     */
    boolean stillOpen(PairCommand command) {
        return forms.openForNewPairs(command.formId(),
                command.variationId() == null ? NO_ID : command.variationId(), command.variationId() == null);
    }

    /** The academic year of today (2026 for 2026/27). */
    int currentAcademicYear() {
        return ru.edu.mentoring.shared.AcademicYear.of(people.today());
    }

    /** Forgets the cached forms, after the database said one of them closed. */
    void formsChanged() {
        formOptions.clear();
    }

    /** The rules' verdict on the command for a pair of the school. */
    List<PairingRules.Violation> check(long schoolId, SchoolKind schoolKind, PairCommand command, boolean activating,
            long excludePairId, FormLookup lookup) {
        return check(schoolId, schoolKind, command, activating, excludePairId, lookup, false);
    }

    /**
     * The rules' verdict on a pair of a past academic year (issue 17 point 7), recorded as it ended: each person as
     * they were when it started (the class of that year, a young specialist then, a minor then), with the legal basis
     * of today's processing (a consent in force today, whenever it was given: the portal processes the data now, not
     * in 2022); the bases are not asked (today's registers), nor the mentor's load and busy mentees (it does not run).
     */
    List<PairingRules.Violation> checkPast(long schoolId, SchoolKind schoolKind, PairCommand command,
            FormLookup lookup) {
        return check(schoolId, schoolKind, command, false, -1L, lookup, true);
    }

    private List<PairingRules.Violation> check(long schoolId, SchoolKind schoolKind, PairCommand command,
            boolean activating, long excludePairId, FormLookup lookup, boolean past) {
        FormSpec spec = lookup.spec();
        if (spec == null) {
            return List.of(new PairingRules.Violation("formId", "pair.rule.formRequired"));
        }
        LocalDate asOf = command.startDate() == null ? people.today() : command.startDate();
        Set<Long> ids = new HashSet<>(command.menteeIds());
        if (command.mentorId() != null) {
            ids.add(command.mentorId());
        }
        Map<Long, Participant> found = people.participants(ids, asOf);
        if (past) {
            found = withTodaysConsent(found, people.participants(ids, people.today()));
        }
        List<Participant> mentees = new ArrayList<>();
        List<PairingRules.Violation> unknown = new ArrayList<>();
        for (Long id : command.menteeIds()) {
            Participant p = found.get(id);
            if (p == null) {
                unknown.add(new PairingRules.Violation("menteeIds", "pair.rule.unknownPerson"));
            } else {
                mentees.add(p);
            }
        }
        Participant mentor = command.mentorId() == null ? null : found.get(command.mentorId());
        int load = mentor == null || !activating ? 0 : (int) pairs.mentorLoad(mentor.id(), excludePairId);
        Set<Long> busy = !activating || command.menteeIds().isEmpty() ? Set.of()
                : new HashSet<>(pairs.busyMentees(spec.id(), command.menteeIds(), excludePairId));
        List<PairingRules.Violation> violations = new ArrayList<>(unknown);
        violations.addAll(PairingRules.check(new PairingRules.Proposal(spec, lookup.variationOk(),
                command.teacherFormat(), mentor, mentees, command.startDate(), command.plannedEnd(), schoolId,
                schoolKind, activating, load, busy, past)));
        return violations.stream().filter(Objects::nonNull).toList();
    }

    /** Each person as of the pair's start, with the consents in force today. */
    private static Map<Long, Participant> withTodaysConsent(Map<Long, Participant> then, Map<Long, Participant> now) {
        Map<Long, Participant> merged = new java.util.LinkedHashMap<>();
        then.forEach((id, p) -> {
            Participant today = now.get(id);
            boolean consent = today != null && today.consentInForce();
            boolean own = today != null && today.ownConsentInForce();
            merged.put(id, new Participant(p.id(), p.schoolId(), p.kind(), p.externalKind(), p.fullName(), p.grade(),
                    p.classLabel(), p.youngSpecialist(), p.newStaff(), p.minor(), consent, own, p.inMentorBase(),
                    p.capacity(), p.trained(), p.inMenteeBase(), p.request(), p.birthDate()));
        });
        return merged;
    }
}
