package ru.edu.mentoring.notifications;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.people.PersonAnonymised;

/**
 * A notification's comment is free text (a reviewer's words) that may name a person of the school: when that person
 * is anonymised, their name in the school's notifications becomes the pseudonym, in the anonymising transaction.
 */
@Component
class NotificationPrivacy {

    private final JdbcTemplate jdbc;

    NotificationPrivacy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    public void onPersonAnonymised(PersonAnonymised event) {
        String pattern = event.namePattern();
        if (pattern == null) {
            return;
        }
        jdbc.update("update notification set comment = regexp_replace(comment, ?, ?, 'g')"
                + " where school_id = ? and comment ~ ?", pattern, event.pseudonym(), event.schoolId(), pattern);
    }
}
