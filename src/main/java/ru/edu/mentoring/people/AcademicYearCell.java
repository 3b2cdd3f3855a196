package ru.edu.mentoring.people;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An academic year as a spreadsheet cell gives it (issue 17 point 7): «2022/23», «2022/2023», «2022-2023», «2022 – 23»
 * or «2022» alone all mean the year that starts on 1 September 2022. Used by the people import's «Учебный год» column
 * and the pairing module's import of past pairs.
 */
public final class AcademicYearCell {

    private static final Pattern YEAR = Pattern.compile(
            "^\\s*(\\d{4})\\s*(?:(?:/|-|–|—)\\s*(\\d{2}|\\d{4}))?\\s*(?:уч\\.?\\s*г(?:\\.|од)?)?\\s*$");

    private AcademicYearCell() {}

    /** The first calendar year of the academic year the text names, or empty when it names none. */
    public static Optional<Integer> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = YEAR.matcher(text.toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(m.group(1));
        if (first < 1990 || first > 2100) {
            return Optional.empty();
        }
        String second = m.group(2);
        if (second != null) {
            int next = Integer.parseInt(second);
            boolean fits = second.length() == 2 ? next == (first + 1) % 100 : next == first + 1;
            if (!fits) {
                return Optional.empty();
            }
        }
        return Optional.of(first);
    }
}
