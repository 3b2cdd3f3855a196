package ru.edu.mentoring.pairing;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;

/**
 * JPA listener of forms and variations: any change empties {@link FormOptions} and publishes {@link FormsChanged}
 * inside the writing transaction.
 */
class FormChanges {

    private final ObjectProvider<FormOptions> options;
    private final ApplicationEventPublisher events;

    /** The options are looked up when needed: they use a repository, built after this listener. */
    FormChanges(ObjectProvider<FormOptions> options, ApplicationEventPublisher events) {
        this.options = options;
        this.events = events;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        options.getObject().clear();
        events.publishEvent(new FormsChanged(entity instanceof MentoringForm f ? f.getId()
                : entity instanceof FormVariation v ? v.getFormId() : null));
    }
}
