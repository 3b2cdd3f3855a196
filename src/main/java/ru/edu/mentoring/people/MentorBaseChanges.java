package ru.edu.mentoring.people;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Caching;
import org.springframework.context.ApplicationEventPublisher;
import ru.edu.mentoring.web.CacheConfig;

/**
 * JPA listener of persons and mentor profiles: any change (a name, the base, a move) empties the mentor options
 * ({@link People#mentorOptions}) at once and again when the transaction commits (the cache is transaction-aware).
 * Other instances' changes show after the ttl ({@code app.people.cache-ttl}, 30 s). Hibernate takes this listener
 * from Spring, which proxies it for the annotations. It also publishes {@link PersonChanged} inside the writing
 * transaction (monitoring's read model follows it).
 */
class MentorBaseChanges {

    private final ApplicationEventPublisher events;

    MentorBaseChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    @Caching(evict = {
            @CacheEvict(cacheNames = CacheConfig.MENTOR_OPTIONS, allEntries = true, beforeInvocation = true),
            @CacheEvict(cacheNames = CacheConfig.MENTOR_OPTIONS, allEntries = true)})
    void changed(Object entity) {
        if (entity instanceof Person person) {
            events.publishEvent(new PersonChanged(person.getSchoolId(), person.getId(), person.formerSchoolId()));
        } else if (entity instanceof StudentClass c) {
            events.publishEvent(PersonChanged.of(null, c.personId()));
        } else if (entity instanceof MentorProfile m) {
            events.publishEvent(PersonChanged.of(m.schoolId(), m.getPersonId()));
        } else if (entity instanceof MenteeProfile m) {
            events.publishEvent(PersonChanged.of(m.schoolId(), m.getPersonId()));
        }
    }
}
