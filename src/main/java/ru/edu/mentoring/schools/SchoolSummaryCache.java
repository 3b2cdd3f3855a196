package ru.edu.mentoring.schools;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.shared.LocalCache;
import ru.edu.mentoring.shared.LocalCaches;

/**
 * The schools' summaries (school, municipality name, current curator) by id, for the pages that check a school on
 * every request. Only the school's data is kept: whether a user may read it is decided on every call (against the
 * school's id and municipality, which a school never changes, so a kept summary cannot widen anyone's scope).
 * Emptied on this instance by {@link SchoolChanges} whenever a school, a municipality or a curator appointment
 * changes; other instances' changes show after the ttl ({@code app.schools.cache-ttl}, 30 s), and so does a
 * curator's new name.
 */
@Component
class SchoolSummaryCache {

    private final LocalCache<Long, SchoolSummary> cache;

    SchoolSummaryCache(LocalCaches caches, @Value("${app.schools.cache-ttl:30s}") Duration ttl) {
        this.cache = caches.create("schools.summary", ttl, 20_000);
    }

    /** The summary of the school, loaded (or null for an unknown id, not kept) when absent. */
    SchoolSummary get(long schoolId, Supplier<SchoolSummary> loader) {
        return cache.get(schoolId, loader);
    }

    void clear() {
        cache.clear();
    }
}
