package ru.edu.mentoring.pairing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.schools.SchoolKind;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.StaleVersionException;

/**
 * A pair's life after its registration: a draft's new definition or a running pair's amendment, activation,
 * completion, termination, a draft's deletion, fixing by an order. Each acts on the version the user saw.
 */
@Service
class PairStatusChanges {

    private final PairRepository pairs;
    private final PairChecks checks;

    PairStatusChanges(PairRepository pairs, PairChecks checks) {
        this.pairs = pairs;
        this.checks = checks;
    }

    /** Changes a draft fully, or the goal, planned end and order of an active pair. */
    @Transactional
    PairOutcome update(long pairId, long version, SchoolKind schoolKind, PairCommand command) {
        MentoringPair pair = load(pairId, version);
        if (pair.getStatus() == PairStatus.DRAFT) {
            PairChecks.FormLookup lookup = checks.lookup(command);
            List<PairingRules.Violation> violations =
                    checks.check(pair.getSchoolId(), schoolKind, command, false, pair.getId(), lookup);
            if (!violations.isEmpty()) {
                return PairOutcome.refused(violations);
            }
            pair.define(command, lookup.teacherFormat(command));
            pair.fixByOrder(command.orderNumber(), command.orderDate());
        } else {
            List<PairingRules.Violation> violations =
                    PairingRules.checkAmendment(pair.getStartDate(), command.plannedEnd());
            if (!violations.isEmpty()) {
                return PairOutcome.refused(violations);
            }
            pair.amend(command.plannedEnd(), command.goal(), command.orderNumber(), command.orderDate());
        }
        return PairOutcome.saved(pair.getId());
    }

    @Transactional
    PairOutcome activate(long pairId, long version, SchoolKind schoolKind) {
        MentoringPair pair = load(pairId, version);
        PairCommand command = PairCommand.of(pair);
        List<PairingRules.Violation> violations =
                checks.check(pair.getSchoolId(), schoolKind, command, true, pair.getId(), checks.lookup(command));
        if (!violations.isEmpty()) {
            return PairOutcome.refused(violations);
        }
        pair.activate();
        return PairOutcome.saved(pair.getId());
    }

    @Transactional
    void complete(long pairId, long version, LocalDate on, String result) {
        load(pairId, version).complete(on, result);
    }

    @Transactional
    void terminate(long pairId, long version, LocalDate on, String reason) {
        load(pairId, version).terminate(on, reason);
    }

    @Transactional
    void deleteDraft(long pairId, long version) {
        MentoringPair pair = load(pairId, version);
        if (pair.getStatus() != PairStatus.DRAFT) {
            throw new PairStateException("pair.error.status.DRAFT");
        }
        pairs.delete(pair);
    }

    /** The pair's current version, for callers that act on it right after reading it. */
    @Transactional(readOnly = true)
    long currentVersion(long pairId) {
        return pairs.findById(pairId).map(MentoringPair::getVersion).orElseThrow(NotFoundException::new);
    }

    /**
     * Fixes the given pairs of the school by an order (number and date as typed); every pair must be the school's,
     * active and not yet fixed by an order, else nothing changes and an empty result says so.
     */
    @Transactional
    int fixByOrder(long schoolId, Collection<Long> pairIds, String orderNumber, LocalDate orderDate) {
        List<MentoringPair> list = pairs.findAllById(pairIds);
        if (list.size() != new HashSet<>(pairIds).size() || list.stream().anyMatch(p -> p.getSchoolId() != schoolId
                || p.getStatus() != PairStatus.ACTIVE || p.getOrderNumber() != null)) {
            return 0;
        }
        list.forEach(p -> p.fixByOrder(orderNumber, orderDate));
        return list.size();
    }

    private MentoringPair load(long pairId, long version) {
        MentoringPair pair = pairs.findById(pairId).orElseThrow(NotFoundException::new);
        if (pair.getVersion() != version) {
            throw new StaleVersionException(pair.getVersion());
        }
        return pair;
    }
}
