package ru.edu.mentoring.schools;

import java.util.function.Supplier;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.shared.CacheConfig;
import ru.edu.mentoring.shared.Caches;

/**
 * The schools' summaries (school, municipality name, current curator) by id, for the pages that check a school on
 * every request, in the {@link CacheConfig#SCHOOL_SUMMARIES} cache. Only the school's data is kept: whether a user may
 * read it is decided on every call (against the school's id and municipality, which a school never changes, so a kept
 * summary cannot widen anyone's scope). Emptied on this instance by {@link SchoolChanges} whenever a school, a
 * municipality or a curator appointment changes; other instances' changes show after the ttl
 * ({@code app.schools.cache-ttl}, 30 s), and so does a curator's new name.
 */
@Component
class SchoolSummaryCache {

    private final Cache cache;

    SchoolSummaryCache(CacheManager caches) {
        this.cache = caches.getCache(CacheConfig.SCHOOL_SUMMARIES);
    }

    /** The summary of the school, loaded (or null for an unknown id, not kept) when absent. */
    SchoolSummary get(long schoolId, Supplier<SchoolSummary> loader) {
        return Caches.get(cache, schoolId, loader);
    }

    void clear() {
        Caches.clearNowAndAfterTransaction(cache);
    }
}
