package ru.edu.mentoring.people;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** JPA listener of persons and mentor profiles: any change (a name, the base, a move) empties the mentor options. */
class MentorBaseChanges {

    private final MentorOptionsCache cache;

    MentorBaseChanges(MentorOptionsCache cache) {
        this.cache = cache;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        cache.clear();
    }
}
