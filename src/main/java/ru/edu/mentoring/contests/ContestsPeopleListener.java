package ru.edu.mentoring.contests;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.people.PersonAnonymised;
import ru.edu.mentoring.people.PersonsMerged;

/**
 * The people module's events, in their own transaction: a merge moves the removed record's applications to the kept
 * one; an anonymisation replaces the person's name forms by the pseudonym in the free text of the school's
 * applications (practice title and summary) and in the jurors' evidence and comments on them. The nominee of a
 * mentor application is the person record itself, so pages show the pseudonym from then on.
 */
@Component
class ContestsPeopleListener {

    private final Contests contests;
    private final JdbcTemplate jdbc;

    ContestsPeopleListener(Contests contests, JdbcTemplate jdbc) {
        this.contests = contests;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonsMerged event) {
        contests.personsMerged(event.keptId(), event.removedId());
    }

    @EventListener
    @Transactional
    public void on(PersonAnonymised event) {
        String pattern = event.namePattern();
        if (pattern == null) {
            return;
        }
        for (String column : new String[] {"practice_title", "practice_summary"}) {
            jdbc.update("update contest_application set " + column + " = regexp_replace(" + column + ", ?, ?, 'g')"
                    + " where school_id = ? and " + column + " ~ ?", pattern, event.pseudonym(), event.schoolId(),
                    pattern);
        }
        for (String column : new String[] {"evidence", "comment"}) {
            jdbc.update("update contest_score set " + column + " = regexp_replace(" + column + ", ?, ?, 'g')"
                    + " where application_id in (select id from contest_application where school_id = ?) and "
                    + column + " ~ ?", pattern, event.pseudonym(), event.schoolId(), pattern);
        }
    }
}
