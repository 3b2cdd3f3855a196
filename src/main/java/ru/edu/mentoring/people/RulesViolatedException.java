package ru.edu.mentoring.people;

import java.util.List;

/** A command broke the module's rules; nothing was written. The violations say why, in Russian message keys. */
public class RulesViolatedException extends RuntimeException {

    private final transient List<Violation> violations;

    RulesViolatedException(List<Violation> violations) {
        super(violations.isEmpty() ? "rules violated" : violations.get(0).key());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Throws when there is a violation. */
    static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RulesViolatedException(violations);
        }
    }
}
