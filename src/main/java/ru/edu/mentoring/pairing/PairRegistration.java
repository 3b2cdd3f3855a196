package ru.edu.mentoring.pairing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.schools.SchoolKind;

/**
 * Registers pairs and groups through the {@link MentoringPair} aggregate and JPA: the audit row comes from the entity
 * listener as for any entity, the coverage read model and the dashboards' change mark from {@link PairChanged}.
 *
 * <p>The busiest write of the portal, so it asks little: the form's rules come from {@link FormOptions}, every
 * participant from one query, the form and variation are checked again in the database (one statement, so a form
 * closed on another instance is refused at once), then the pair, its mentees (one batch) and its audit row are
 * written. A repeated token breaks the pair's unique {@code create_token}; the controller then answers with the pair
 * the first submission saved.
 */
@Service
class PairRegistration {

    private final PairRepository pairs;
    private final PairChecks checks;

    PairRegistration(PairRepository pairs, PairChecks checks) {
        this.pairs = pairs;
        this.checks = checks;
    }

    /** Registers a pair (a draft, or active at once when {@code activate}). */
    @Transactional
    PairOutcome create(long schoolId, SchoolKind schoolKind, PairCommand command, boolean activate) {
        PairChecks.FormLookup lookup = checks.cachedLookup(command);
        List<PairingRules.Violation> violations = checks.check(schoolId, schoolKind, command, activate, -1L, lookup);
        if (!violations.isEmpty()) {
            // a repeated submission whose first copy was saved (its mentees now busy in it) goes to that pair
            return createdBy(command.token()).map(PairOutcome::saved)
                    .orElseGet(() -> PairOutcome.refused(violations));
        }
        if (!checks.stillOpen(command)) {
            // the form or variation was closed on another instance since this one cached it
            checks.formsChanged();
            List<PairingRules.Violation> again =
                    checks.check(schoolId, schoolKind, command, activate, -1L, checks.lookup(command));
            return PairOutcome.refused(again.isEmpty()
                    ? List.of(new PairingRules.Violation("formId", "pair.rule.formRequired")) : again);
        }
        MentoringPair pair = MentoringPair.register(schoolId, command, lookup.teacherFormat(command), activate);
        return PairOutcome.saved(pairs.save(pair).getId());
    }

    /**
     * Records a pair of a past academic year as it ended (issue 17 point 7): checked by the rules of any pair as of its
     * start ({@link PairChecks#checkPast}) and those of the past ({@link PairingRules#checkPast}), then registered,
     * activated and completed or terminated on its end date through the aggregate, in one transaction, so it is
     * counted for the days it ran and its audit rows are those of any pair. A token already used returns the pair it
     * recorded and changes nothing (a second submission, the same import row loaded again).
     */
    @Transactional
    PairOutcome createPast(long schoolId, SchoolKind schoolKind, PastPairCommand past) {
        Optional<Long> existing = createdBy(past.token());
        if (existing.isPresent()) {
            return PairOutcome.saved(existing.get());
        }
        List<PairingRules.Violation> violations = new java.util.ArrayList<>(PairingRules.checkPast(
                past.academicYear(), checks.currentAcademicYear(), past.startDate(), past.endDate(), past.outcome(),
                past.outcomeText()));
        PairCommand command = past.pair();
        PairChecks.FormLookup lookup = checks.lookup(command);
        violations.addAll(checks.checkPast(schoolId, schoolKind, command, lookup));
        if (!violations.isEmpty()) {
            return PairOutcome.refused(violations);
        }
        MentoringPair pair = MentoringPair.register(schoolId, command, lookup.teacherFormat(command), true);
        if (past.outcome() == PairStatus.COMPLETED) {
            pair.complete(past.endDate(), past.storedText());
        } else {
            pair.terminate(past.endDate(), past.storedText());
        }
        return PairOutcome.saved(pairs.save(pair).getId());
    }

    /** The pair a form token created, for a submission that lost the race to a parallel identical one. */
    @Transactional(readOnly = true)
    Optional<Long> createdBy(UUID token) {
        return token == null ? Optional.empty() : pairs.findByCreateToken(token).map(MentoringPair::getId);
    }
}
