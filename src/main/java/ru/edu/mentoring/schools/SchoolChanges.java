package ru.edu.mentoring.schools;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Caching;
import ru.edu.mentoring.shared.CacheConfig;

/**
 * JPA listener of schools, municipalities and curator appointments: any change empties the summary cache
 * ({@link Schools#find}) at once and again when the transaction commits (the cache is transaction-aware), so a reader
 * that loaded the old rows before the commit cannot keep them. Other instances' changes show after the ttl
 * ({@code app.schools.cache-ttl}, 30 s), and so does a curator's new name. Hibernate takes this listener from Spring,
 * which proxies it for the annotations.
 */
class SchoolChanges {

    @PostPersist
    @PostUpdate
    @PostRemove
    @Caching(evict = {
            @CacheEvict(cacheNames = CacheConfig.SCHOOL_SUMMARIES, allEntries = true, beforeInvocation = true),
            @CacheEvict(cacheNames = CacheConfig.SCHOOL_SUMMARIES, allEntries = true)})
    void changed(Object entity) {
        // the annotations do the work
    }
}
