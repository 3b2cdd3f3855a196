package ru.edu.mentoring.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The arithmetic of the counting rules: a percentage with one decimal rounded half up, «нет данных» (null) without a
 * student count, a target met when coverage ≥ target, and the gap in students to the target.
 */
public final class Coverage {

    public static final String STUDENT_COVERAGE = "STUDENT_COVERAGE";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Coverage() {}

    /** involved / students as a percentage with one decimal, half up; null when there is no (or a zero) count. */
    public static BigDecimal percent(long involved, Integer students) {
        if (students == null || students <= 0) {
            return null;
        }
        return BigDecimal.valueOf(involved).multiply(HUNDRED).divide(BigDecimal.valueOf(students), 1,
                RoundingMode.HALF_UP);
    }

    /** Whether the target is met (coverage ≥ target); null when either is unknown. */
    public static Boolean met(BigDecimal coverage, BigDecimal target) {
        if (coverage == null || target == null) {
            return null;
        }
        return coverage.compareTo(target) >= 0;
    }

    /**
     * How many more students must be involved for the shown (rounded) coverage to reach the target: 0 when met, null
     * when the count or the target is unknown. This is ceil(target × students / 100) − involved, adjusted so that
     * it agrees with {@link #met} on the rounded percentage.
     */
    public static Long gap(long involved, Integer students, BigDecimal target) {
        if (students == null || students <= 0 || target == null) {
            return null;
        }
        long needed = target.multiply(BigDecimal.valueOf(students)).divide(HUNDRED, 0, RoundingMode.CEILING)
                .longValueExact();
        while (needed > 0 && met(percent(needed - 1, students), target)) {
            needed--;
        }
        while (!met(percent(needed, students), target)) {
            needed++;
        }
        return Math.max(0, needed - involved);
    }

    /** «80,0 %» (one decimal, a comma, a non-breaking space before the sign); null stays null. */
    public static String format(BigDecimal percent) {
        if (percent == null) {
            return null;
        }
        DecimalFormat f = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("ru")));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(percent) + "\u00a0%";
    }

    /** A share of two counts as a percentage with one decimal, or null when the whole is 0. */
    public static BigDecimal share(long part, long whole) {
        return whole <= 0 ? null : percent(part, (int) whole);
    }
}
