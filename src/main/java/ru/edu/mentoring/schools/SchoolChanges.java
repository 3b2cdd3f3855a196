package ru.edu.mentoring.schools;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Caching;
import org.springframework.context.ApplicationEventPublisher;
import ru.edu.mentoring.web.CacheConfig;

/**
 * JPA listener of schools, municipalities and curator appointments: any change empties the summary cache
 * ({@link Schools#find}) at once and again when the transaction commits (the cache is transaction-aware), so a reader
 * that loaded the old rows before the commit cannot keep them. Other instances' changes show after the ttl
 * ({@code app.schools.cache-ttl}, 30 s), and so does a curator's new name. Hibernate takes this listener from Spring,
 * which proxies it for the annotations. A school, municipality or student count written also publishes its event
 * ({@link SchoolChanged}, {@link MunicipalityChanged}, {@link StudentCountChanged}) inside the writing transaction.
 */
class SchoolChanges {

    private final ApplicationEventPublisher events;

    SchoolChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    @Caching(evict = {
            @CacheEvict(cacheNames = CacheConfig.SCHOOL_SUMMARIES, allEntries = true, beforeInvocation = true),
            @CacheEvict(cacheNames = CacheConfig.SCHOOL_SUMMARIES, allEntries = true)})
    void changed(Object entity) {
        if (entity instanceof School school) {
            events.publishEvent(new SchoolChanged(school.getId(), school.getMunicipalityId()));
        } else if (entity instanceof Municipality municipality) {
            events.publishEvent(new MunicipalityChanged(municipality.getId()));
        } else if (entity instanceof StudentCount count) {
            events.publishEvent(new StudentCountChanged(count.schoolId(), count.year()));
        }
    }
}
