package ru.edu.mentoring.pairing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.schools.SchoolKind;

/**
 * The pairing module's writing API for other modules (the demo data, the pair-fixing order) and tests. The work is
 * done by {@link PairRegistration} (new pairs), {@link PairStatusChanges} (a pair's life) and {@link PairMembership}
 * (what the people module's events do to pairs), each enforcing {@link PairingRules} through the
 * {@link MentoringPair} aggregate.
 */
@Service
public class PairingService {

    private final PairRegistration registration;
    private final PairStatusChanges changes;
    private final MentoringFormRepository forms;

    PairingService(PairRegistration registration, PairStatusChanges changes, MentoringFormRepository forms) {
        this.registration = registration;
        this.changes = changes;
        this.forms = forms;
    }

    /** Registers a pair that must follow every rule (a draft, or active at once); else an exception. */
    public long register(long schoolId, SchoolKind schoolKind, PairCommand command, boolean activate) {
        PairOutcome outcome = registration.create(schoolId, schoolKind, command, activate);
        if (!outcome.ok()) {
            throw new IllegalStateException("pair breaks rules: " + outcome.violations());
        }
        return outcome.pairId();
    }

    /** Records a pair of a past academic year as it ended (see {@link PairRegistration#createPast}); else an exception. */
    public long registerPast(long schoolId, SchoolKind schoolKind, PastPairCommand command) {
        PairOutcome outcome = registration.createPast(schoolId, schoolKind, command);
        if (!outcome.ok()) {
            throw new IllegalStateException("past pair breaks rules: " + outcome.violations());
        }
        return outcome.pairId();
    }

    /** The pair's current version, for callers that act on it right after reading it. */
    public long currentVersion(long pairId) {
        return changes.currentVersion(pairId);
    }

    /** The id of a form by its code (see {@link FormCodes}). */
    @Transactional(readOnly = true)
    public Optional<Long> formId(String code) {
        return forms.findByCode(code).map(MentoringForm::getId);
    }

    public void complete(long pairId, long version, LocalDate on, String result) {
        changes.complete(pairId, version, on, result);
    }

    public void terminate(long pairId, long version, LocalDate on, String reason) {
        changes.terminate(pairId, version, on, reason);
    }

    /**
     * Fixes the given pairs of the school by an order (number and date as typed); every pair must be the school's,
     * active and not yet fixed by an order, else nothing changes and an empty result says so.
     */
    public int fixByOrder(long schoolId, Collection<Long> pairIds, String orderNumber, LocalDate orderDate) {
        return changes.fixByOrder(schoolId, pairIds, orderNumber, orderDate);
    }
}
