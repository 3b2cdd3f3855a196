package ru.edu.mentoring.schools;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.context.ApplicationEventPublisher;

/**
 * JPA listener of schools, municipalities, curator appointments and student counts: any change empties the summary
 * cache, and a school, municipality or student count written publishes its event ({@link SchoolChanged},
 * {@link MunicipalityChanged}, {@link StudentCountChanged}) inside the writing transaction.
 */
class SchoolChanges {

    private final SchoolSummaryCache cache;
    private final ApplicationEventPublisher events;

    SchoolChanges(SchoolSummaryCache cache, ApplicationEventPublisher events) {
        this.cache = cache;
        this.events = events;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        if (entity instanceof School school) {
            events.publishEvent(new SchoolChanged(school.getId(), school.getMunicipalityId()));
        } else if (entity instanceof Municipality municipality) {
            events.publishEvent(new MunicipalityChanged(municipality.getId()));
        } else if (entity instanceof StudentCount count) {
            events.publishEvent(new StudentCountChanged(count.schoolId(), count.year()));
            return; // not part of a school's summary
        }
        cache.clear();
    }
}
