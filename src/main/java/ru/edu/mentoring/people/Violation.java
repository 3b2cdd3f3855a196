package ru.edu.mentoring.people;

import java.util.List;
import org.springframework.validation.Errors;

/**
 * A rule of the module that a command breaks: the field it concerns (null: the whole command) and a Russian message
 * key with its arguments. The web forms put it in their binding result, the import in its per-row report.
 */
public record Violation(String field, String key, Object... args) {

    /** Puts the violation into a form's errors as a field error (or a global one). */
    public void rejectIn(Errors errors) {
        if (field == null) {
            errors.reject(key, args, null);
        } else {
            errors.rejectValue(field, key, args, null);
        }
    }

    /** Puts every violation into a form's errors. */
    public static void rejectAll(List<Violation> violations, Errors errors) {
        violations.forEach(v -> v.rejectIn(errors));
    }
}
