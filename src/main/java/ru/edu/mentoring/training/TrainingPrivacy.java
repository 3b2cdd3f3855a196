package ru.edu.mentoring.training;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.people.PersonAnonymised;
import ru.edu.mentoring.people.PersonsMerged;

/**
 * What the training module holds on a person follows the people module's lifecycle, in the same transaction: an
 * anonymised person's questionnaire answers and interview comment go (free text that may name them), and other
 * candidates' texts of the school that name them get the pseudonym; on a merge the removed record's candidacies,
 * courses and credentials move to the kept one (an open candidacy of the removed record is dropped when the kept one
 * has an open one: one open candidacy per person).
 */
@Component
class TrainingPrivacy {

    private final MentorCandidateRepository candidates;
    private final JdbcTemplate jdbc;

    TrainingPrivacy(MentorCandidateRepository candidates, JdbcTemplate jdbc) {
        this.candidates = candidates;
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    public void onPersonAnonymised(PersonAnonymised event) {
        candidates.findByPersonId(event.personId()).forEach(MentorCandidate::anonymise);
        candidates.flush();
        String pattern = event.namePattern();
        if (pattern != null) {
            for (String column : new String[] {"motivation", "experience", "competences", "interests",
                    "preferred_mentees", "availability", "interview_comment", "refusal_reason"}) {
                jdbc.update("update mentor_candidate set " + column + " = regexp_replace(" + column + ", ?, ?, 'g')"
                        + " where school_id = ? and " + column + " ~ ?", pattern, event.pseudonym(),
                        event.schoolId(), pattern);
            }
        }
    }

    @EventListener
    @Transactional
    public void onPersonsMerged(PersonsMerged event) {
        jdbc.update("delete from mentor_candidate r where r.person_id = ? and r.status in"
                + " ('APPLIED', 'INTERVIEW', 'TRAINING') and exists (select 1 from mentor_candidate k"
                + " where k.person_id = ? and k.status in ('APPLIED', 'INTERVIEW', 'TRAINING'))",
                event.removedId(), event.keptId());
        jdbc.update("update mentor_candidate set person_id = ? where person_id = ?", event.keptId(), event.removedId());
        // the dashboards follow PersonsMerged itself (monitoring marks the school changed)
        jdbc.update("update mentor_course set person_id = ? where person_id = ?", event.keptId(), event.removedId());
        jdbc.update("update mentor_credential set person_id = ? where person_id = ?", event.keptId(),
                event.removedId());
    }
}
