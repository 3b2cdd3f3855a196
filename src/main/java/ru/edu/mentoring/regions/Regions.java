package ru.edu.mentoring.regions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.schools.MunicipalitySummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.StaleVersionException;

/**
 * The regions module's API: regions (one per distinct {@code municipality.region_name}), who reads and who sets a
 * region's settings, its coverage targets and reporting periods.
 */
@Service
public class Regions {

    /** A region with its municipalities (in the natural order of their names). */
    public record RegionView(long id, String name, List<MunicipalitySummary> municipalities) {
        public Set<Long> municipalityIds() {
            return municipalities.stream().map(MunicipalitySummary::id)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    public record TargetView(int year, BigDecimal percent, long version) {}

    public record PeriodView(long id, String title, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn) {}

    private final RegionRepository regions;
    private final RegionTargetRepository targets;
    private final ReportingPeriodRepository periods;
    private final Schools schools;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    Regions(RegionRepository regions, RegionTargetRepository targets, ReportingPeriodRepository periods,
            Schools schools, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.targets = targets;
        this.periods = periods;
        this.schools = schools;
    }

    /**
     * A region row for every region name the municipalities carry: V81 seeded the names of its day, this adds the
     * names of municipalities created since (an administrator's new municipality, a test's own).
     */
    // a transaction of its own: callers may be read-only (the administrator's user page); «on conflict» lets two
    // requests add the same name at once
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public void ensureRegions() {
        Set<String> known = regions.findAll().stream().map(Region::getName).collect(Collectors.toSet());
        schools.allMunicipalities().stream().map(m -> m.regionName() == null ? "" : m.regionName().strip())
                .filter(n -> !n.isEmpty() && !known.contains(n)).distinct()
                .forEach(n -> jdbc.update("insert into region (name) values (?) on conflict (name) do nothing", n));
    }

    @Transactional(readOnly = true)
    public List<RegionView> all() {
        List<MunicipalitySummary> municipalities = schools.allMunicipalities();
        return regions.findAllByOrderByName().stream().map(r -> view(r, municipalities)).toList();
    }

    @Transactional(readOnly = true)
    public RegionView region(long id) {
        Region r = regions.findById(id).orElseThrow(NotFoundException::new);
        return view(r, schools.allMunicipalities());
    }

    /** The id of the region of that name, added when missing, in the caller's transaction (demo data, tests). */
    @Transactional
    public long ensureRegion(String name) {
        jdbc.update("insert into region (name) values (?) on conflict (name) do nothing", name.strip());
        return jdbc.queryForObject("select id from region where name = ?", Long.class, name.strip());
    }

    private static RegionView view(Region r, List<MunicipalitySummary> all) {
        List<MunicipalitySummary> own = all.stream()
                .filter(m -> m.regionName() != null && m.regionName().strip().equals(r.getName()))
                .sorted(ru.edu.mentoring.shared.NaturalOrder.by(MunicipalitySummary::name))
                .toList();
        return new RegionView(r.getId(), r.getName(), own);
    }

    // --- access ----------------------------------------------------------------------------------------------

    /**
     * The region if the user reads it: the administrator any, a regional centre's user their own; others (and the
     * centre of another region) get 404, so that nothing tells them which regions exist.
     */
    public RegionView readable(CurrentUser user, long id) {
        if (!reads(user, id)) {
            throw new NotFoundException();
        }
        return region(id);
    }

    public static boolean reads(CurrentUser user, long regionId) {
        return user.has(Role.ADMIN) || (user.seesRegion() && Objects.equals(user.regionId(), regionId));
    }

    /** The region's targets and reporting periods are set by its centre (and the administrator). */
    public static boolean editsSettings(CurrentUser user, long regionId) {
        return reads(user, regionId);
    }

    static void requireEditor(CurrentUser user, long regionId) {
        if (!editsSettings(user, regionId)) {
            throw new AccessDeniedException("read only");
        }
    }

    // --- targets and periods ---------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<TargetView> targets(long regionId) {
        return targets.findByRegionIdOrderByYear(regionId).stream()
                .map(t -> new TargetView(t.getYear(), t.getPercent(), t.getVersion())).toList();
    }

    @Transactional(readOnly = true)
    public Map<Integer, BigDecimal> targetsByYear(long regionId) {
        return targets.findByRegionIdOrderByYear(regionId).stream()
                .collect(Collectors.toMap(RegionTarget::getYear, RegionTarget::getPercent));
    }

    /**
     * Sets a year's target: {@code version} null adds the year (or, when it exists, is stale); otherwise it must match
     * the stored row's version.
     */
    @Transactional
    @org.springframework.cache.annotation.CacheEvict(cacheNames = ru.edu.mentoring.web.CacheConfig.REGIONAL_DASHBOARDS,
            allEntries = true)
    public void setTarget(long regionId, int year, BigDecimal percent, Long version) {
        RegionTarget existing = targets.findByRegionIdAndYear(regionId, year).orElse(null);
        if (existing == null) {
            if (version != null) {
                throw new StaleVersionException();
            }
            targets.save(new RegionTarget(regionId, year, percent));
            return;
        }
        if (version == null || existing.getVersion() != version) {
            throw new StaleVersionException(existing.getVersion());
        }
        existing.setPercent(percent);
    }

    @Transactional(readOnly = true)
    public List<PeriodView> periods(long regionId) {
        return periods.findByRegionIdOrderByStartsOnAscIdAsc(regionId).stream()
                .map(p -> new PeriodView(p.getId(), p.getTitle(), p.getStartsOn(), p.getEndsOn(), p.getDueOn()))
                .toList();
    }

    @Transactional
    public long addPeriod(long regionId, String title, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn) {
        return periods.save(new ReportingPeriod(regionId, title, startsOn, endsOn, dueOn)).getId();
    }

    /** Removes a period of the region; false when the region has no such period. */
    @Transactional
    public boolean removePeriod(long regionId, long periodId) {
        ReportingPeriod p = periods.findById(periodId).orElse(null);
        if (p == null || p.getRegionId() != regionId) {
            return false;
        }
        periods.delete(p);
        return true;
    }

    /**
     * The default schedule of a year (programme.md 5.2: semi-annual and annual): the first half and the whole year,
     * each due 15 days after it ends. Added only when the region has no period of that year.
     */
    @Transactional
    public void addDefaultPeriods(long regionId, int year, String halfTitle, String yearTitle) {
        boolean any = periods.findByRegionIdOrderByStartsOnAscIdAsc(regionId).stream()
                .anyMatch(p -> p.getStartsOn().getYear() == year);
        if (!any) {
            periods.save(new ReportingPeriod(regionId, halfTitle, LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30),
                    LocalDate.of(year, 7, 15)));
            periods.save(new ReportingPeriod(regionId, yearTitle, LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31), LocalDate.of(year + 1, 1, 15)));
        }
    }
}
