package ru.edu.mentoring.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;

/**
 * Free text typed into a form: refuses only what no person types — control characters (NUL included; line breaks
 * and tabs only in multi-line text), the replacement character that invalid UTF-8 decodes to, and bidirectional
 * overrides. Each refusal names its own message ({@code validation.text.*}); the length stays with {@code @Size}.
 * Anything else is ordinary text («- проведено 12 встреч», «+7 (343) 123-45-67», «2024--2025», «Подпись ____»,
 * «<script>», «' OR 1=1 --»): pages escape it (Thymeleaf), SQL binds it, and spreadsheet exports write it as a text
 * cell, which is never a formula, so a blacklist would refuse people's text and protect nothing.
 * Controllers that take a plain request parameter call {@link Rules#problem}.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{validation.text.invalid}";

    /** Multi-line text (a textarea): line breaks and tabs are allowed. */
    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A person's name (or full name): letters, spaces, hyphens, apostrophes and dots, starting with a letter. */
    String PERSON_NAME = "^$|^[\\p{L}][\\p{L} '’.-]*$";

    /** The rules themselves, for controllers that take a plain request parameter. */
    final class Rules {

        private Rules() {}

        /** The message key of the first rule the text breaks, or empty when it is plain text. */
        public static Optional<String> problem(String text, boolean multiline) {
            if (text == null || text.isEmpty()) {
                return Optional.empty();
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\uFFFD') {
                    return Optional.of("validation.text.encoding");
                }
                if (isBidiControl(c)) {
                    return Optional.of("validation.text.bidi");
                }
                boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
                if ((Character.isISOControl(c) && !(multiline && lineBreak)) || c == '\u2028' || c == '\u2029'
                        || (Character.isSurrogate(c) && !validSurrogate(text, i))) {
                    return Optional.of("validation.text.control");
                }
            }
            return Optional.empty();
        }

        private static boolean isBidiControl(char c) {
            return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                    || c == '\u200F' || c == '\u061C';
        }

        private static boolean validSurrogate(String text, int i) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            }
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
    }

    /** Bean Validation side: the violation carries the message of the rule that was broken. */
    class Validator implements ConstraintValidator<PlainText, CharSequence> {

        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            Optional<String> key = Rules.problem(value == null ? null : value.toString(), multiline);
            if (key.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{" + key.get() + "}").addConstraintViolation();
            return false;
        }
    }
}
