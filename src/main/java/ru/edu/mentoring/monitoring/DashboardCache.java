package ru.edu.mentoring.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.shared.CacheConfig;
import ru.edu.mentoring.shared.Caches;
import ru.edu.mentoring.shared.ChangeLog;

/**
 * The dashboards' computed read models in the {@link CacheConfig#READ_MODELS} cache: computed by one thread when absent,
 * refreshed in the background once older than {@code app.monitoring.cache-ttl} (300 ms) while readers get the previous
 * value, computed before it is served when nobody asked for five seconds after that. A dashboard's refresh first reads
 * its municipality's mark of the change log (V45) and recomputes only when it moved (or the value is a minute old), so
 * a registration shows on the dashboard within the ttl plus one computation. Keys hold the municipality and school:
 * the controller checks the user's scope before it asks, so a value is only ever given to a reader of that scope.
 */
@Component
class DashboardCache {

    private final Cache cache;
    private final Monitoring monitoring;
    private final ChangeLog changes;

    DashboardCache(CacheManager caches, Monitoring monitoring, ChangeLog changes) {
        this.cache = caches.getCache(CacheConfig.READ_MODELS);
        this.monitoring = monitoring;
        this.changes = changes;
    }

    /** The dashboard of a municipality (schoolId null) or a school as of a date. */
    Monitoring.Dashboard dashboard(long municipalityId, Long schoolId, LocalDate asOf) {
        return Caches.refreshed(cache, List.of("dashboard", municipalityId, schoolId == null ? -1L : schoolId, asOf),
                () -> changes.municipalityMark(municipalityId),
                () -> monitoring.dashboard(municipalityId, schoolId, asOf));
    }

    /** Another read model: {@code key} names it wholly (module data and scope), {@code version} as above. */
    <T> T get(List<?> key, Supplier<?> version, Supplier<T> loader) {
        return Caches.refreshed(cache, key, version, loader);
    }

    /** A read model recomputed on every refresh. */
    <T> T get(List<?> key, Supplier<T> loader) {
        return Caches.refreshed(cache, key, loader);
    }
}
