package ru.edu.mentoring.roadmaps;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.people.PersonAnonymised;

/**
 * A reviewer's comment on a school's roadmap is free text that may name a person of the school (the same words reach
 * the curators as a notification): when that person is anonymised, their name becomes the pseudonym.
 */
@Component
class RoadmapPrivacy {

    private final JdbcTemplate jdbc;

    RoadmapPrivacy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    public void onPersonAnonymised(PersonAnonymised event) {
        String pattern = event.namePattern();
        if (pattern == null) {
            return;
        }
        jdbc.update("update roadmap_transition t set comment = regexp_replace(comment, ?, ?, 'g')"
                + " from roadmap r where r.id = t.roadmap_id and r.school_id = ? and t.comment ~ ?",
                pattern, event.pseudonym(), event.schoolId(), pattern);
    }
}
