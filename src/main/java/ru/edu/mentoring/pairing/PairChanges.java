package ru.edu.mentoring.pairing;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.beans.factory.ObjectProvider;

/** JPA listener of pairs: any change (a new pair, a status, the mentees) forgets the pair list's totals. */
class PairChanges {

    private final ObjectProvider<PairList> list;

    /** The list is looked up when needed, after the JPA set-up this listener is part of. */
    PairChanges(ObjectProvider<PairList> list) {
        this.list = list;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        list.getObject().pairsChanged();
    }
}
