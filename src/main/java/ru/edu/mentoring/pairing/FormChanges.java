package ru.edu.mentoring.pairing;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.beans.factory.ObjectProvider;

/** JPA listener of forms and variations: any change empties {@link FormOptions}. */
class FormChanges {

    private final ObjectProvider<FormOptions> options;

    /** The options are looked up when needed: they use a repository, built after this listener. */
    FormChanges(ObjectProvider<FormOptions> options) {
        this.options = options;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        options.getObject().clear();
    }
}
