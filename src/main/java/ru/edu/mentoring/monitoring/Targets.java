package ru.edu.mentoring.monitoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.shared.StaleVersionException;

/**
 * Coverage targets as data: per municipality, indicator and year. A municipality without any gets the defaults of
 * the order of 08.10.2020 № 647 (15/30/45/60/70 % for 2020–2024) on first sight.
 */
@Service
public class Targets {

    /** The default student-coverage targets by year. */
    public static final Map<Integer, BigDecimal> DEFAULTS = defaults();

    public record TargetView(int year, BigDecimal percent, long version) {

        public String percentText() {
            return Coverage.format(percent);
        }
    }

    private final CoverageTargetRepository targets;

    Targets(CoverageTargetRepository targets) {
        this.targets = targets;
    }

    private static Map<Integer, BigDecimal> defaults() {
        Map<Integer, BigDecimal> map = new LinkedHashMap<>();
        int[] years = {2020, 2021, 2022, 2023, 2024};
        int[] percents = {15, 30, 45, 60, 70};
        for (int i = 0; i < years.length; i++) {
            map.put(years[i], BigDecimal.valueOf(percents[i]).setScale(1));
        }
        return Map.copyOf(map);
    }

    /** The municipality's student-coverage targets by year, seeding the defaults when it has none. */
    @Transactional
    public List<TargetView> studentCoverage(long municipalityId) {
        List<CoverageTarget> list = targets.findByMunicipalityIdAndIndicatorOrderByYear(municipalityId,
                Coverage.STUDENT_COVERAGE);
        if (list.isEmpty() && !targets.existsByMunicipalityId(municipalityId)) {
            new TreeMap<>(DEFAULTS).forEach((year, percent) -> targets.save(
                    new CoverageTarget(municipalityId, year, Coverage.STUDENT_COVERAGE, percent)));
            targets.flush();
            list = targets.findByMunicipalityIdAndIndicatorOrderByYear(municipalityId, Coverage.STUDENT_COVERAGE);
        }
        return list.stream().map(t -> new TargetView(t.getYear(), t.getPercent(), t.getVersion())).toList();
    }

    /** Every municipality's stored target for one year. */
    @Transactional
    public Map<Long, BigDecimal> forYear(int year) {
        Map<Long, BigDecimal> map = new java.util.HashMap<>();
        for (CoverageTarget t : targets.findByIndicatorAndYear(Coverage.STUDENT_COVERAGE, year)) {
            map.put(t.getMunicipalityId(), t.getPercent());
        }
        return map;
    }

    /** Targets by year (for lookups). */
    public Map<Integer, BigDecimal> byYear(long municipalityId) {
        Map<Integer, BigDecimal> map = new TreeMap<>();
        studentCoverage(municipalityId).forEach(t -> map.put(t.year(), t.percent()));
        return map;
    }

    /**
     * Sets a year's target. {@code version} null adds a year (an existing year is refused with
     * {@link YearExistsException}: its row is edited instead); otherwise it must match the stored version. Callers
     * check that the user is the municipality's department.
     */
    @Transactional
    public void set(long municipalityId, int year, BigDecimal percent, Long version) {
        studentCoverage(municipalityId);
        CoverageTarget target = targets.findByMunicipalityIdAndIndicatorAndYear(municipalityId,
                Coverage.STUDENT_COVERAGE, year).orElse(null);
        if (target == null) {
            if (version != null) {
                throw new StaleVersionException(); // the year's row was deleted meanwhile: no current version
            }
            targets.save(new CoverageTarget(municipalityId, year, Coverage.STUDENT_COVERAGE, percent));
            return;
        }
        if (version == null) {
            throw new YearExistsException();
        }
        if (version != target.getVersion()) {
            throw new StaleVersionException(target.getVersion());
        }
        target.setPercent(percent);
    }

    /** A year added that already has a target (a second «add» of the same year, not a stale edit). */
    static class YearExistsException extends RuntimeException {
        YearExistsException() {
            super("the year already has a target");
        }
    }
}
