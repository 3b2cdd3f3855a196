package ru.edu.mentoring.practices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.approval.Actor;
import ru.edu.mentoring.approval.Approvals;
import ru.edu.mentoring.people.FormCatalog;
import ru.edu.mentoring.schools.SchoolSummary;

/**
 * What the demo loader creates in the bank, through the same aggregate and the same approval workflow as the pages:
 * a practice written, then (as asked) submitted, published or returned with a comment.
 */
@Service
public class PracticesDemoRecords {

    /** Where a demo practice ends. */
    public enum End { DRAFT, SUBMITTED, PUBLISHED, RETURNED }

    /** A demo practice's passport. */
    public record DemoPractice(String title, String formName, String roleModel, String problem, String goal,
            String participants, LocalDate start, LocalDate end, String description, String resources,
            String results, String effectiveness, String uniqueness, String replicability, String scalability) {}

    private final PracticeRepository practices;
    private final Approvals approvals;
    private final FormCatalog forms;
    private final Clock clock;

    PracticesDemoRecords(PracticeRepository practices, Approvals approvals, FormCatalog forms, Clock clock) {
        this.practices = practices;
        this.approvals = approvals;
        this.forms = forms;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean anyIn(Collection<Long> schoolIds) {
        return !schoolIds.isEmpty() && !practices.findBySchoolIdInOrderByUpdatedAtDesc(schoolIds).isEmpty();
    }

    /** Creates the practice and moves it to {@code end}; the moderator is the methodologist named. */
    @Transactional
    public long create(SchoolSummary school, DemoPractice d, End end, PracticeLevel level, String moderator,
            String returnComment) {
        Instant now = clock.instant();
        Long formId = forms.formNames().entrySet().stream().filter(e -> e.getValue().equals(d.formName()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        Practice p = new Practice(school.id(), school.municipalityId(), now);
        p.apply(new Practice.Passport(d.title(), formId, d.roleModel(), d.problem(), d.goal(), d.participants(),
                d.start(), d.end(), d.description(), d.resources(), d.results(), d.effectiveness(), d.uniqueness(),
                d.replicability(), d.scalability(), true));
        practices.save(p);
        Approvals.Subject subject = new Approvals.Subject(Practice.KIND, p.getId(), school.id(),
                school.municipalityId());
        Actor curator = new Actor(school.curatorUserId() == null ? 0 : school.curatorUserId(),
                school.curatorName() == null ? school.shortName() : school.curatorName());
        Actor methodologist = new Actor(0, moderator);
        if (end != End.DRAFT) {
            approvals.record(subject, p.submit(curator, now));
        }
        if (end == End.PUBLISHED) {
            approvals.record(subject, p.publish(null, methodologist, now));
            p.setLevel(level);
        } else if (end == End.RETURNED) {
            approvals.record(subject, p.returnForRework(returnComment, methodologist, now));
        }
        return p.getId();
    }
}
