package ru.edu.mentoring.regions;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import ru.edu.mentoring.shared.ChangeLog;
import ru.edu.mentoring.web.CacheConfig;

/**
 * The regional dashboard's computed figures in the {@link CacheConfig#REGIONAL_DASHBOARDS} cache (issue 22 point 5):
 * as the municipal dashboards' read models ({@code monitoring.ReadModels}), computed by one thread when absent
 * ({@code @Cacheable(sync = true)}), refreshed in the background once older than {@code app.regions.cache-ttl} (1 s)
 * while readers get the previous value, and computed before it is served when nobody asked for five seconds after that.
 * A refresh first reads the change log's mark (every committed write that a dashboard shows moves it) and recomputes
 * only when it moved or the value is a minute old; a region's targets evict the cache when they are saved
 * ({@link Regions#setTarget}). On the generated region (bench/scale: 60 municipalities, 1,000 schools) one computation
 * is four statements over the whole region; without the cache every request paid it. The key holds the region: the
 * controller checks the reader's scope ({@link Regions#readable}) before it asks.
 */
@Service
class RegionalReadModels {

    /** The dashboard of a region as of a date. */
    record Key(long regionId, LocalDate asOf) {}

    /** The figures with the change log's mark read just before they were computed and when ({@link System#nanoTime}). */
    record Stamped(RegionalDashboard.Dashboard value, String mark, long computedAt) {}

    /** A value is computed again after this long even when its mark stayed (facts that no write marks). */
    static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final Regions regions;
    private final RegionalDashboard dashboards;
    private final ChangeLog changes;

    RegionalReadModels(Regions regions, RegionalDashboard dashboards, ChangeLog changes) {
        this.regions = regions;
        this.dashboards = dashboards;
        this.changes = changes;
    }

    /** The dashboard of the key, from the cache. */
    @Cacheable(cacheNames = CacheConfig.REGIONAL_DASHBOARDS, sync = true)
    public Stamped get(Key key) {
        return load(key);
    }

    /** Computes it (the cache's loader). */
    public Stamped load(Key key) {
        return compute(key, changes.municipalityMark(null));
    }

    /** Computes it again in the background, or keeps the previous value when nothing changed and it is young. */
    public Stamped reload(Key key, Stamped previous) {
        String mark = changes.municipalityMark(null);
        if (mark != null && mark.equals(previous.mark()) && System.nanoTime() - previous.computedAt() < MAX_AGE_NANOS) {
            return previous;
        }
        return compute(key, mark);
    }

    private Stamped compute(Key key, String mark) {
        return new Stamped(dashboards.build(regions.region(key.regionId()), key.asOf()), mark, System.nanoTime());
    }
}
