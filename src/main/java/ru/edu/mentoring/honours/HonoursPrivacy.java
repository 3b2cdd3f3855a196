package ru.edu.mentoring.honours;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.people.PersonAnonymised;
import ru.edu.mentoring.people.PersonsMerged;

/**
 * Nominations follow the people module's lifecycle in its transaction: an anonymised person's name in the wording and
 * justification of the school's nominations becomes the pseudonym (the mentor's name itself is read from the people
 * module when shown); a merge moves the removed record's nominations to the kept one.
 */
@Component
class HonoursPrivacy {

    private final JdbcTemplate jdbc;

    HonoursPrivacy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    public void onPersonAnonymised(PersonAnonymised event) {
        String pattern = event.namePattern();
        if (pattern == null) {
            return;
        }
        for (String column : new String[] {"wording", "justification"}) {
            jdbc.update("update honour_nomination set " + column + " = regexp_replace(" + column + ", ?, ?, 'g')"
                    + " where (school_id = ? or person_id = ?) and " + column + " ~ ?", pattern, event.pseudonym(),
                    event.schoolId(), event.personId(), pattern);
        }
    }

    @EventListener
    @Transactional
    public void onPersonsMerged(PersonsMerged event) {
        jdbc.update("update honour_nomination set person_id = ? where person_id = ?", event.keptId(),
                event.removedId());
    }
}
