package ru.edu.mentoring.shared;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every date a form sends ({@code <input type="date">}, always {@code yyyy-MM-dd}) is read strictly: 30 February,
 * month 13, a five-digit year or a year outside 1900–2100 is a type mismatch with the Russian
 * {@code typeMismatch.java.time.LocalDate} message next to the field, never a silently corrected or absurd date.
 * A custom editor wins over the {@code @DateTimeFormat} formatter, for form objects and request parameters alike.
 */
@ControllerAdvice
public class StrictDates {

    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2100;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @InitBinder
    void dates(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new Editor());
    }

    /** The date of a form field, or IllegalArgumentException (a type mismatch for the binder). */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (s.length() != 10) {
            throw new IllegalArgumentException("not a date");
        }
        try {
            LocalDate date = LocalDate.parse(s, ISO);
            if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                throw new IllegalArgumentException("year out of range");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date", e);
        }
    }

    static final class Editor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(parse(text));
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : ((LocalDate) value).format(ISO);
        }
    }
}
