package ru.edu.mentoring.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import ru.edu.mentoring.monitoring.QualityIndicators.Column;
import ru.edu.mentoring.monitoring.QualityIndicators.Total;
import ru.edu.mentoring.monitoring.QualityIndicators.Value;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.shared.NaturalOrder;
import ru.edu.mentoring.shared.NotFoundException;

/**
 * The methodologist's quality page (issue 20, point 6): per school and for the municipality, the columns of every
 * {@link QualityIndicators} provider in one table, the municipal total made by each column's rule. A fixed number of
 * statements whatever the number of schools: the schools and their student counts (one), the target (one), each
 * provider's statements.
 */
@Service
public class Quality {

    /** The earliest academic year the page offers. */
    static final int FIRST_ACADEMIC_YEAR = 2018;

    /** The coverage column: marked below or at the year's target. */
    static final String COVERAGE = "coverage.percent";

    /** A column's header: its code, message key and total rule. */
    public record Header(String code, String headerKey, Total total) {}

    /**
     * A cell: its number (a count, a percentage, a ratio or a mean; null when there is none), the text shown and, when
     * there is no number, the message key that says why («нет данных», «недостаточно ответов»). {@code met} is set on
     * the coverage column when there is a target.
     */
    public record Cell(Total kind, BigDecimal number, String text, String missingKey, Boolean met) {

        public boolean below() {
            return Boolean.FALSE.equals(met);
        }
    }

    /** A school's line (schoolId null: the municipal total). */
    public record Row(Long schoolId, String name, List<Cell> cells) {}

    /** The page: the municipality, the academic year and its day, the year's target, the columns, the lines. */
    public record Table(long municipalityId, String municipalityName, Long schoolId, int academicYear, LocalDate asOf,
            BigDecimal target, List<Header> headers, List<Row> rows, Row total) {

        public String yearLabel() {
            return AcademicYear.label(academicYear);
        }

        public String targetText() {
            return Coverage.format(target);
        }
    }

    /** A figure of a school for the annual report: its header's message key and its text (or the missing key). */
    public record ReportFigure(String code, String headerKey, String text, String missingKey) {}

    private final MonitoringQueries queries;
    private final Targets targets;
    private final ObjectProvider<QualityIndicators> providers;
    private final Monitoring monitoring;

    Quality(MonitoringQueries queries, Targets targets, ObjectProvider<QualityIndicators> providers,
            Monitoring monitoring) {
        this.queries = queries;
        this.targets = targets;
        this.providers = providers;
        this.monitoring = monitoring;
    }

    /** The academic year asked for, or the running one; never later than the running one nor before 2018/19. */
    int academicYear(Integer requested) {
        int current = AcademicYear.of(monitoring.today());
        if (requested == null || requested > current) {
            return current;
        }
        return Math.max(FIRST_ACADEMIC_YEAR, requested);
    }

    /** The academic year's last day, or today while it runs. */
    LocalDate asOf(int academicYear) {
        LocalDate end = LocalDate.of(academicYear + 1, 8, 31);
        LocalDate today = monitoring.today();
        return end.isAfter(today) ? today : end;
    }

    /** The academic years the page offers, the latest first. */
    List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = AcademicYear.of(monitoring.today()); y >= FIRST_ACADEMIC_YEAR; y--) {
            years.add(y);
        }
        return years;
    }

    /**
     * The table of a municipality (schoolId null: every school and the total) or of one school of it. The caller has
     * checked the user's scope.
     */
    public Table table(long municipalityId, Long schoolId, int academicYear) {
        List<MonitoringQueries.SchoolCount> schools = queries.schoolCounts(municipalityId, schoolId, academicYear,
                academicYear);
        if (schools.isEmpty() || (schoolId != null && schools.get(0).schoolId() == null)) {
            throw new NotFoundException();
        }
        BigDecimal target = targets.byYear(municipalityId).get(academicYear);
        QualityIndicators.Scope scope = new QualityIndicators.Scope(municipalityId, schoolId, academicYear,
                asOf(academicYear));
        List<Column> columns = new ArrayList<>();
        for (QualityIndicators p : sortedProviders()) {
            columns.addAll(p.columns(scope));
        }
        List<Header> headers = columns.stream().map(c -> new Header(c.code(), c.headerKey(), c.total())).toList();
        List<Row> rows = new ArrayList<>();
        for (MonitoringQueries.SchoolCount s : schools) {
            if (s.schoolId() == null) {
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            for (Column c : columns) {
                cells.add(cell(c, c.bySchool().get(s.schoolId()), target));
            }
            rows.add(new Row(s.schoolId(), s.shortName(), cells));
        }
        rows.sort(NaturalOrder.by(Row::name));
        Row total = null;
        if (schoolId == null) {
            List<Cell> cells = new ArrayList<>();
            for (Column c : columns) {
                Value v = c.givenTotal() != null ? c.givenTotal()
                        : total(c, rows.stream().map(Row::schoolId).toList());
                cells.add(cell(c, v, target));
            }
            total = new Row(null, schools.get(0).municipalityName(), cells);
        }
        return new Table(municipalityId, schools.get(0).municipalityName(), schoolId, academicYear,
                scope.asOf(), target, headers, rows, total);
    }

    /** The figures of one school for the annual report: the columns of the providers shown in the report. */
    public List<ReportFigure> forReport(long municipalityId, long schoolId, int academicYear) {
        QualityIndicators.Scope scope = new QualityIndicators.Scope(municipalityId, schoolId, academicYear,
                asOf(academicYear));
        List<ReportFigure> figures = new ArrayList<>();
        for (QualityIndicators p : sortedProviders()) {
            if (!p.inAnnualReport()) {
                continue;
            }
            for (Column c : p.columns(scope)) {
                Cell cell = cell(c, c.bySchool().get(schoolId), null);
                figures.add(new ReportFigure(c.code(), c.headerKey(), cell.text(), cell.missingKey()));
            }
        }
        return figures;
    }

    private List<QualityIndicators> sortedProviders() {
        return providers.orderedStream().sorted(Comparator.comparingInt(QualityIndicators::order)).toList();
    }

    /**
     * The municipal total of a column over the schools: counts summed, shares and ratios recomputed from the summed
     * counts (schools without a whole left out), means weighted by their respondents over the schools that show one.
     */
    static Value total(Column c, List<Long> schoolIds) {
        long part = 0;
        long whole = 0;
        boolean anyWhole = false;
        long all = 0;
        BigDecimal weighted = BigDecimal.ZERO;
        for (Long id : schoolIds) {
            Value v = c.bySchool().get(id);
            if (v == null) {
                continue;
            }
            switch (c.total()) {
                case SUM -> {
                    if (v.whole() >= 0) {
                        anyWhole = true;
                        part += v.part();
                    }
                }
                case SHARE, RATIO -> {
                    if (v.whole() >= 0) {
                        anyWhole = true;
                        whole += v.whole();
                        part += v.part();
                    }
                }
                case MEAN -> {
                    all += Math.max(0, v.whole());
                    if (v.mean() != null) {
                        weighted = weighted.add(v.mean().multiply(BigDecimal.valueOf(v.whole())));
                        whole += v.whole();
                    }
                }
            }
        }
        return switch (c.total()) {
            case SUM -> anyWhole ? Value.count(part) : Value.unknown();
            case SHARE, RATIO -> anyWhole ? new Value(part, whole, null) : Value.of(0, null);
            case MEAN -> whole < Value.MIN_RESPONDENTS ? new Value(0, all, null)
                    : Value.mean(weighted.divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP), whole);
        };
    }

    static Cell cell(Column c, Value v, BigDecimal target) {
        switch (c.total()) {
            case SUM -> {
                if (v != null && v.whole() < 0) {
                    return new Cell(c.total(), null, null, "indicators.noData", null);
                }
                long n = v == null ? 0 : v.part();
                return new Cell(c.total(), BigDecimal.valueOf(n), grouped(n), null, null);
            }
            case SHARE -> {
                BigDecimal pct = v == null ? null : v.ratio(true);
                Boolean met = null;
                if (COVERAGE.equals(c.code()) && v != null && v.whole() > 0 && target != null) {
                    met = Coverage.met(v.part(), Math.toIntExact(v.whole()), target);
                }
                if (pct == null) {
                    boolean zero = v != null && v.whole() == 0 && !COVERAGE.equals(c.code());
                    return new Cell(c.total(), null, zero ? "—" : null, zero ? null : "indicators.noData", null);
                }
                return new Cell(c.total(), pct, Coverage.format(pct), null, met);
            }
            case RATIO -> {
                BigDecimal r = v == null ? null : v.ratio(false);
                return r == null ? new Cell(c.total(), null, "—", null, null)
                        : new Cell(c.total(), r, decimal(r), null, null);
            }
            default -> {
                if (v == null || v.mean() == null) {
                    return new Cell(c.total(), null, null,
                            v == null || v.whole() == 0 ? "indicators.noAnswers" : "indicators.fewAnswers", null);
                }
                BigDecimal m = v.mean().setScale(1, RoundingMode.HALF_UP);
                return new Cell(c.total(), m, decimal(m), null, null);
            }
        }
    }

    /** «1 234» (grouped the Russian way). */
    static String grouped(long n) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("ru"))).format(n);
    }

    /** «2,5» (one decimal, a comma). */
    static String decimal(BigDecimal n) {
        DecimalFormat f = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("ru")));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(n);
    }

    /** The values of a column keyed by school, for providers. */
    static Map<Long, Value> map() {
        return new java.util.HashMap<>();
    }
}
