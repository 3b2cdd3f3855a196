package ru.edu.mentoring.programmes;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.people.PersonAnonymised;

/**
 * Anonymising a person, in the anonymising transaction: the personalised programmes of the pairs they took part in
 * lose every free text (difficulties, goal, tasks, the final sections, the plan's texts: they describe that person);
 * elsewhere at the school (other personalised programmes, the school's programmes) the forms of their name become
 * the pseudonym.
 */
@Component
class ProgrammePrivacy {

    private final JdbcTemplate jdbc;

    ProgrammePrivacy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    public void onPersonAnonymised(PersonAnonymised event) {
        String own = "select p.id from personal_programme p where p.pair_id in (select id from pairing_pair_v"
                + " where mentor_id = ? union select pair_id from pairing_pair_mentee_v where person_id = ?)";
        long person = event.personId();
        jdbc.update("update personal_programme_activity set activity = '—', expected_result = null, result = null,"
                + " version = version + 1 where programme_id in (" + own + ")", person, person);
        jdbc.update("update personal_programme set difficulties = null, goal = null, tasks = null,"
                + " self_analysis = null, mentor_review = null, curator_conclusion = null, version = version + 1"
                + " where id in (" + own + ")", person, person);
        String pattern = event.namePattern();
        if (pattern == null) {
            return;
        }
        String p = event.pseudonym();
        long school = event.schoolId();
        jdbc.update("update personal_programme set difficulties = regexp_replace(difficulties, ?, ?, 'g'),"
                + " goal = regexp_replace(goal, ?, ?, 'g'), tasks = regexp_replace(tasks, ?, ?, 'g'),"
                + " self_analysis = regexp_replace(self_analysis, ?, ?, 'g'),"
                + " mentor_review = regexp_replace(mentor_review, ?, ?, 'g'),"
                + " curator_conclusion = regexp_replace(curator_conclusion, ?, ?, 'g'), version = version + 1"
                + " where school_id = ? and (difficulties ~ ? or goal ~ ? or tasks ~ ? or self_analysis ~ ?"
                + " or mentor_review ~ ? or curator_conclusion ~ ?)", pattern, p, pattern, p, pattern, p, pattern, p,
                pattern, p, pattern, p, school, pattern, pattern, pattern, pattern, pattern, pattern);
        jdbc.update("update personal_programme_activity a set activity = regexp_replace(activity, ?, ?, 'g'),"
                + " expected_result = regexp_replace(expected_result, ?, ?, 'g'),"
                + " result = regexp_replace(result, ?, ?, 'g'), version = version + 1"
                + " where programme_id in (select id from personal_programme where school_id = ?)"
                + " and (activity ~ ? or expected_result ~ ? or result ~ ?)", pattern, p, pattern, p, pattern, p,
                school, pattern, pattern, pattern);
        jdbc.update("update school_programme set goal = regexp_replace(goal, ?, ?, 'g'),"
                + " tasks = regexp_replace(tasks, ?, ?, 'g'), variations = regexp_replace(variations, ?, ?, 'g'),"
                + " version = version + 1 where school_id = ? and (goal ~ ? or tasks ~ ? or variations ~ ?)",
                pattern, p, pattern, p, pattern, p, school, pattern, pattern, pattern);
    }
}
