package ru.edu.mentoring.schools;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** JPA listener of schools, municipalities and curator appointments: any change empties the summary cache. */
class SchoolChanges {

    private final SchoolSummaryCache cache;

    SchoolChanges(SchoolSummaryCache cache) {
        this.cache = cache;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        cache.clear();
    }
}
