package ru.edu.mentoring.training;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.context.ApplicationEventPublisher;

/**
 * JPA listener of courses and credentials: every write publishes {@link MentorTrainingChanged} inside the writing
 * transaction (monitoring's dashboards follow it; Hibernate takes this listener from Spring).
 */
class TrainingChanges {

    private final ApplicationEventPublisher events;

    TrainingChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        if (entity instanceof MentorCourse c) {
            events.publishEvent(new MentorTrainingChanged(c.getSchoolId(), c.getPersonId()));
        } else if (entity instanceof MentorCredential c) {
            events.publishEvent(new MentorTrainingChanged(c.getSchoolId(), c.getPersonId()));
        }
    }
}
