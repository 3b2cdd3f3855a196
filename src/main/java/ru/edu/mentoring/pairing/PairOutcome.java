package ru.edu.mentoring.pairing;

import java.util.List;

/** The pair's id when it was saved, else the rules it breaks. */
record PairOutcome(Long pairId, List<PairingRules.Violation> violations) {

    static PairOutcome saved(long pairId) {
        return new PairOutcome(pairId, List.of());
    }

    static PairOutcome refused(List<PairingRules.Violation> violations) {
        return new PairOutcome(null, violations);
    }

    boolean ok() {
        return violations.isEmpty();
    }
}
