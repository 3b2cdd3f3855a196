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
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Free text typed into a form: refuses what no person types and what would become active somewhere else — control
 * characters (NUL included; line breaks and tabs only in multi-line text), the replacement character that invalid
 * UTF-8 decodes to, bidirectional overrides, markup, template expressions, a leading spreadsheet formula character,
 * SQL injection signatures and path traversal. Each refusal names its own message ({@code validation.text.*}).
 * The length stays with {@code @Size}. Controllers that take a plain request parameter call {@link Rules#problem}.
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

        private static final Pattern MARKUP = Pattern.compile("<[\\p{L}/!?]");
        private static final Pattern TEMPLATE = Pattern.compile("[$*#@~]\\{|\\[\\[|\\[\\(|__");
        private static final Pattern SQL = Pattern.compile(
                "['\"‘’`]\\s*(or|and)\\b|--|/\\*|\\*/|;\\s*(select|insert|update|delete|drop|alter|create|truncate|exec"
                        + "|execute|grant|revoke|union|shutdown|declare)\\b|\\bunion\\s+(all\\s+)?select\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        private static final Pattern TRAVERSAL = Pattern.compile("\\.\\.[/\\\\]");

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
            String trimmed = text.strip();
            if (!trimmed.isEmpty() && "=+-@".indexOf(trimmed.charAt(0)) >= 0) {
                return Optional.of("validation.text.formula");
            }
            if (MARKUP.matcher(text).find()) {
                return Optional.of("validation.text.markup");
            }
            if (TEMPLATE.matcher(text).find()) {
                return Optional.of("validation.text.template");
            }
            if (SQL.matcher(text.toLowerCase(Locale.ROOT)).find()) {
                return Optional.of("validation.text.sql");
            }
            if (TRAVERSAL.matcher(text).find()) {
                return Optional.of("validation.text.path");
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
