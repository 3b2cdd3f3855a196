package ru.edu.mentoring.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The arithmetic of the counting rules: a percentage with one decimal rounded half up, «нет данных» (null) without a
 * student count, a target met when the involved students reach ⌈target × students⌉, and the gap in students to it.
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

    /**
     * The students who must be involved to meet the target: ⌈target % × students⌉, in exact decimal arithmetic; null
     * when the count or the target is unknown.
     */
    public static Long needed(Integer students, BigDecimal target) {
        if (students == null || students <= 0 || target == null) {
            return null;
        }
        return target.multiply(BigDecimal.valueOf(students)).divide(HUNDRED, 0, RoundingMode.CEILING)
                .longValueExact();
    }

    /**
     * Whether the target is met: involved ≥ ⌈target × students⌉ ({@link #needed}), never the rounded percentage (709
     * of 1,182 shows 60,0 % and still misses 60 % by one student); null when the count or the target is unknown. The
     * badge, the «ниже цели» filter, the per-school table and the exports all ask this.
     */
    public static Boolean met(long involved, Integer students, BigDecimal target) {
        Long needed = needed(students, target);
        return needed == null ? null : involved >= needed;
    }

    /**
     * How many more students must be involved to meet the target: {@link #needed} − involved, at least 0 (0 exactly
     * when {@link #met}); null when the count or the target is unknown.
     */
    public static Long gap(long involved, Integer students, BigDecimal target) {
        Long needed = needed(students, target);
        return needed == null ? null : Math.max(0, needed - involved);
    }

    /** The pattern of {@link #format} parsed once; a format is not thread-safe, so each call formats with a copy. */
    private static final DecimalFormat PERCENT = percentFormat();

    private static DecimalFormat percentFormat() {
        DecimalFormat f = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("ru")));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    /** «80,0 %» (one decimal, a comma, a non-breaking space before the sign); null stays null. */
    public static String format(BigDecimal percent) {
        if (percent == null) {
            return null;
        }
        return ((DecimalFormat) PERCENT.clone()).format(percent) + "\u00a0%";
    }

    /** A share of two counts as a percentage with one decimal, or null when the whole is 0. */
    public static BigDecimal share(long part, long whole) {
        return whole <= 0 ? null : percent(part, (int) whole);
    }
}
