package ru.edu.mentoring.approval;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.people.PersonAnonymised;

/**
 * A reviewer's comment in the approval history (of a roadmap or a report) may name a person of the school; when that
 * person is anonymised, their name becomes the pseudonym there.
 */
@Component
class ApprovalPrivacy {

    private final JdbcTemplate jdbc;

    ApprovalPrivacy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    public void onPersonAnonymised(PersonAnonymised event) {
        String pattern = event.namePattern();
        if (pattern == null) {
            return;
        }
        jdbc.update("update approval_transition set comment = regexp_replace(comment, ?, ?, 'g')"
                + " where school_id = ? and comment ~ ?", pattern, event.pseudonym(), event.schoolId(), pattern);
    }
}
