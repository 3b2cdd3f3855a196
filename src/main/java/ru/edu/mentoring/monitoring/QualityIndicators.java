package ru.edu.mentoring.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A provider of columns for the methodologist's quality page ({@code /municipalities/{id}/quality},
 * {@code /schools/{id}/quality}), its XLSX and PDF and the annual report's prefill. A module that has figures per
 * school declares a bean implementing this interface; the page shows every provider's columns in {@link #order()}.
 * A provider answers for all the schools of a municipality at once, in one or a few statements, never one per school.
 *
 * <p>The municipal total of a column follows its {@link Total} rule and never averages the schools' values: counts
 * are summed, shares and ratios are recomputed from the summed counts, means are weighted by their respondents.
 */
public interface QualityIndicators {

    /** Where the provider's columns stand: coverage 10, training 20, meetings 30, programmes 40, questionnaires 50. */
    int order();

    /** Whether the annual report's prefill lists these columns (false for coverage, which the report shows itself). */
    default boolean inAnnualReport() {
        return true;
    }

    /**
     * The provider's columns for the schools of {@code scope.municipalityId()} in the academic year
     * {@code scope.academicYear()} (1 September – 31 August, figures as of {@code scope.asOf()}). Values are keyed by
     * school id; a school missing from a column's map has the column's empty value (0, or «нет данных»). When
     * {@code scope.schoolId()} is set only that school is shown: the provider may still answer for all.
     */
    List<Column> columns(Scope scope);

    /** Which schools, which academic year (its starting year) and as of which day (its last day or today). */
    record Scope(long municipalityId, Long schoolId, int academicYear, LocalDate asOf) {}

    /** How a column's municipal total is made. */
    enum Total {
        /** Σ of the schools' counts. */
        SUM,
        /** Σ parts / Σ wholes as a percentage (one decimal, half up); schools without a whole are left out. */
        SHARE,
        /** Σ parts / Σ wholes as a number with one decimal (e.g. meetings per pair). */
        RATIO,
        /** Σ (mean × respondents) / Σ respondents over the schools that show a mean; fewer than 5 in all: none. */
        MEAN
    }

    /**
     * A column: a stable code, the message key of its header, its total rule, the values per school and, rarely, a
     * total the provider computed itself because the rule cannot give it (a student involved in two schools' pairs is
     * counted once in the municipality); null = by the rule.
     */
    record Column(String code, String headerKey, Total total, Map<Long, Value> bySchool, Value givenTotal) {

        public Column(String code, String headerKey, Total total, Map<Long, Value> bySchool) {
            this(code, headerKey, total, bySchool, null);
        }
    }

    /**
     * A cell: a count ({@code part}), a share or ratio ({@code part} of {@code whole}, no value when the whole is 0 or
     * unknown, -1), or a mean of {@code whole} respondents ({@code mean} null when there are too few to show).
     */
    record Value(long part, long whole, BigDecimal mean) {

        /** Fewer respondents than this are never shown as a mean (the questionnaires' rule). */
        public static final int MIN_RESPONDENTS = 5;

        public static Value count(long n) {
            return new Value(n, 0, null);
        }

        /** A count that is not known (e.g. no student count entered): «нет данных», left out of the total. */
        public static Value unknown() {
            return new Value(0, -1, null);
        }

        /** A share or ratio of two counts; {@code whole} null (e.g. no student count entered) gives «нет данных». */
        public static Value of(long part, Long whole) {
            return new Value(part, whole == null ? -1 : whole, null);
        }

        /** A mean of respondents; a mean given for fewer than {@link #MIN_RESPONDENTS} is not shown. */
        public static Value mean(BigDecimal mean, long respondents) {
            return new Value(0, respondents, respondents < MIN_RESPONDENTS ? null : mean);
        }

        /** part / whole with one decimal, half up (×100 for a share); null when the whole is 0 or unknown. */
        public BigDecimal ratio(boolean percent) {
            if (whole <= 0) {
                return null;
            }
            return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(percent ? 100 : 1))
                    .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        }
    }
}
