package ru.edu.mentoring.reports;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.people.PersonAnonymised;

/**
 * A school's report is free text (results, practices, difficulties; reviewers'
 * comments are in the approval history: approval.ApprovalPrivacy) that may name a person of
 * the school: when that person is anonymised, their name becomes the pseudonym there too; the figures stay.
 */
@Component
class ReportPrivacy {

    private final JdbcTemplate jdbc;

    ReportPrivacy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    public void onPersonAnonymised(PersonAnonymised event) {
        String pattern = event.namePattern();
        if (pattern == null) {
            return;
        }
        String pseudonym = event.pseudonym();
        jdbc.update("update school_report set results = regexp_replace(results, ?, ?, 'g'),"
                + " practices = regexp_replace(practices, ?, ?, 'g'),"
                + " difficulties = regexp_replace(difficulties, ?, ?, 'g')"
                + " where school_id = ? and (results ~ ? or practices ~ ? or difficulties ~ ?)",
                pattern, pseudonym, pattern, pseudonym, pattern, pseudonym, event.schoolId(), pattern, pattern,
                pattern);
    }
}
