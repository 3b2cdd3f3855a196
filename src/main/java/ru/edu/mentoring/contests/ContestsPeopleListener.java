package ru.edu.mentoring.contests;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.people.PersonsMerged;

/** A merge of two person records moves the removed record's applications to the kept one, in the merge's transaction. */
@Component
class ContestsPeopleListener {

    private final Contests contests;

    ContestsPeopleListener(Contests contests) {
        this.contests = contests;
    }

    @EventListener
    void on(PersonsMerged event) {
        contests.personsMerged(event.keptId(), event.removedId());
    }
}
