package ru.edu.mentoring.practices;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.people.PersonAnonymised;

/**
 * A practice's passport is free text a curator wrote and may (against the consent's wording) mention a person of the
 * school; when that person is anonymised, whole-word forms of their name become the pseudonym in the school's
 * practices, in the same transaction.
 */
@Component
class PracticesPrivacy {

    static final String[] TEXTS = {"title", "role_model", "problem", "goal", "participants", "description",
        "resources", "results", "effectiveness", "uniqueness", "replicability", "scalability"};

    private final JdbcTemplate jdbc;

    PracticesPrivacy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    public void onPersonAnonymised(PersonAnonymised event) {
        String pattern = event.namePattern();
        if (pattern == null) {
            return;
        }
        StringBuilder set = new StringBuilder();
        StringBuilder where = new StringBuilder();
        Object[] args = new Object[TEXTS.length * 3 + 1];
        int i = 0;
        for (String column : TEXTS) {
            set.append(set.isEmpty() ? "" : ", ").append(column).append(" = regexp_replace(").append(column)
                    .append(", ?, ?, 'g')");
            args[i++] = pattern;
            args[i++] = event.pseudonym();
        }
        args[i++] = event.schoolId();
        for (String column : TEXTS) {
            where.append(where.isEmpty() ? "" : " or ").append(column).append(" ~ ?");
            args[i++] = pattern;
        }
        jdbc.update("update practice set " + set + " where school_id = ? and (" + where + ")", args);
    }
}
