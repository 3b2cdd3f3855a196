package ru.edu.mentoring.roadmaps;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.people.PersonAnonymised;

/**
 * A school's roadmap is free text that may name a person of the school: a measure's responsible, result and evidence, and the approved revisions' copies (reviewers'
 * comments are in the approval history: approval.ApprovalPrivacy).
 * When that person is anonymised, their name becomes the pseudonym there.
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
        String p = event.pseudonym();
        long school = event.schoolId();
        // a measure names who is responsible and what came of it; the approved revisions keep copies
        jdbc.update("update roadmap_measure m set title = regexp_replace(m.title, ?, ?, 'g'),"
                + " responsible = regexp_replace(m.responsible, ?, ?, 'g'),"
                + " result = regexp_replace(m.result, ?, ?, 'g'), evidence = regexp_replace(m.evidence, ?, ?, 'g')"
                + " from roadmap r where r.id = m.roadmap_id and r.school_id = ?"
                + " and (m.title ~ ? or m.responsible ~ ? or m.result ~ ? or m.evidence ~ ?)",
                pattern, p, pattern, p, pattern, p, pattern, p, school, pattern, pattern, pattern, pattern);
        jdbc.update("update roadmap_revision v set comment = regexp_replace(v.comment, ?, ?, 'g') from roadmap r"
                + " where r.id = v.roadmap_id and r.school_id = ? and v.comment ~ ?", pattern, p, school, pattern);
        jdbc.update("update roadmap_revision_measure m set title = regexp_replace(m.title, ?, ?, 'g'),"
                + " responsible = regexp_replace(m.responsible, ?, ?, 'g'),"
                + " result = regexp_replace(m.result, ?, ?, 'g') from roadmap_revision v join roadmap r"
                + " on r.id = v.roadmap_id where v.id = m.revision_id and r.school_id = ?"
                + " and (m.title ~ ? or m.responsible ~ ? or m.result ~ ?)",
                pattern, p, pattern, p, pattern, p, school, pattern, pattern, pattern);
    }
}
