package ru.edu.mentoring.people;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.shared.CacheConfig;
import ru.edu.mentoring.shared.Caches;

/**
 * Each school's mentor base as options (id and name), for the filters of list pages, in the
 * {@link CacheConfig#MENTOR_OPTIONS} cache (keyed by the school: the caller has checked the user may read it). Emptied
 * on this instance by {@link MentorBaseChanges} whenever a person or a mentor profile changes; other instances'
 * changes show after the ttl ({@code app.people.cache-ttl}, 30 s).
 */
@Component
class MentorOptionsCache {

    private final Cache cache;

    MentorOptionsCache(CacheManager caches) {
        this.cache = caches.getCache(CacheConfig.MENTOR_OPTIONS);
    }

    List<MentorOption> get(long schoolId, Supplier<List<MentorOption>> loader) {
        return Caches.get(cache, schoolId, loader);
    }

    void clear() {
        Caches.clearNowAndAfterTransaction(cache);
    }
}
