package ru.edu.mentoring.pairing;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;

/**
 * JPA listener of pairs: any change (a new pair, a status, the mentees) forgets the pair list's totals and publishes
 * {@link PairChanged} inside the writing transaction.
 */
class PairChanges {

    private final ObjectProvider<PairList> list;
    private final ApplicationEventPublisher events;

    /** The list is looked up when needed, after the JPA set-up this listener is part of. */
    PairChanges(ObjectProvider<PairList> list, ApplicationEventPublisher events) {
        this.list = list;
        this.events = events;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(MentoringPair pair) {
        list.getObject().pairsChanged();
        events.publishEvent(pair.changed());
    }
}
