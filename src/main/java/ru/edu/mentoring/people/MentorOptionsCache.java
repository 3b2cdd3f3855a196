package ru.edu.mentoring.people;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.shared.LocalCache;
import ru.edu.mentoring.shared.LocalCaches;

/**
 * Each school's mentor base as options (id and name), for the filters of list pages. Emptied on this instance by
 * {@link MentorBaseChanges} whenever a person or a mentor profile changes; other instances' changes show after the ttl
 * ({@code app.people.cache-ttl}, 30 s).
 */
@Component
class MentorOptionsCache {

    private final LocalCache<Long, List<MentorOption>> cache;

    MentorOptionsCache(LocalCaches caches, @Value("${app.people.cache-ttl:30s}") Duration ttl) {
        this.cache = caches.create("people.mentorOptions", ttl, 20_000);
    }

    List<MentorOption> get(long schoolId, Supplier<List<MentorOption>> loader) {
        return cache.get(schoolId, loader);
    }

    void clear() {
        cache.clear();
    }
}
