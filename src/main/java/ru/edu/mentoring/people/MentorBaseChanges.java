package ru.edu.mentoring.people;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.context.ApplicationEventPublisher;

/**
 * JPA listener of persons, their classes and their mentor and mentee profiles: any change (a name, the base, a move)
 * empties the mentor options and publishes {@link PersonChanged} inside the writing transaction.
 */
class MentorBaseChanges {

    private final MentorOptionsCache cache;
    private final ApplicationEventPublisher events;

    MentorBaseChanges(MentorOptionsCache cache, ApplicationEventPublisher events) {
        this.cache = cache;
        this.events = events;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        if (entity instanceof Person person) {
            events.publishEvent(new PersonChanged(person.getSchoolId(), person.getId(), person.formerSchoolId()));
        } else if (entity instanceof StudentClass c) {
            events.publishEvent(PersonChanged.of(null, c.personId()));
            return; // a class is not part of the mentor options
        } else if (entity instanceof MentorProfile m) {
            events.publishEvent(PersonChanged.of(m.schoolId(), m.getPersonId()));
        } else if (entity instanceof MenteeProfile m) {
            events.publishEvent(PersonChanged.of(m.schoolId(), m.getPersonId()));
            return;
        }
        cache.clear();
    }
}
