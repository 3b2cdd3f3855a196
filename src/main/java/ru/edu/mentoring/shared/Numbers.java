package ru.edu.mentoring.shared;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Whole numbers grouped the Russian way for PDFs, as the pages group them («1 076»): the separator is a no-break
 * space (U+00A0), which the embedded DejaVu Sans has and which keeps a number on one line in a narrow table cell.
 * {@link Pdf} hands it to every PDF template as {@code num}: {@code th:text="${num.grouped(l.figure.students)}"}.
 * A year is never passed here: it prints as it is («2026»).
 */
public final class Numbers {

    public static final Numbers INSTANCE = new Numbers();

    private Numbers() {}

    /** «1 076» (U+00A0 between the groups); null stays null. */
    public String grouped(Number n) {
        if (n == null) {
            return null;
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("ru"));
        symbols.setGroupingSeparator('\u00a0');
        return new DecimalFormat("#,##0", symbols).format(n);
    }
}
