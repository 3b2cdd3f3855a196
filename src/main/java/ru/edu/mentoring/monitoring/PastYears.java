package ru.edu.mentoring.monitoring;

import java.time.LocalDate;
import java.util.List;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.monitoring.MonitoringQueries.Involvement;
import ru.edu.mentoring.web.CacheConfig;

/**
 * The involvement of the years before a dashboard's year, as of their 31 December. It changes only when someone
 * records a pair in the past, so it is kept longer ({@code app.monitoring.past-years-cache-ttl}, 60 s;
 * {@link CacheConfig#PAST_YEARS}) than the current year, which is counted on every computation of the dashboard; safe
 * to lose like every cache. An older value is always served while it is recomputed in the background (Caffeine's
 * {@code refreshAfterWrite} with {@link MonitoringCaches#pastYearsLoader}), however long nobody asked: a dashboard
 * computed for a reader who waits does not wait for the past years too.
 */
@Component
class PastYears {

    /** The municipality, the school (null: the whole municipality) and the dashboard's year. */
    record Key(long municipalityId, Long schoolId, int year) {}

    private final MonitoringQueries queries;

    PastYears(MonitoringQueries queries) {
        this.queries = queries;
    }

    /** The years {@link Monitoring#FIRST_YEAR} to {@code year - 1}, from the cache. */
    @Cacheable(cacheNames = CacheConfig.PAST_YEARS, sync = true)
    public List<Involvement> involvement(Key key) {
        return load(key);
    }

    /** Counts them (the cache's loader). */
    public List<Involvement> load(Key key) {
        return queries.involvement(key.municipalityId(), key.schoolId(), Monitoring.FIRST_YEAR, key.year() - 1,
                LocalDate.of(key.year() - 1, 12, 31));
    }
}
