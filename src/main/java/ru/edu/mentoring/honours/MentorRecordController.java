package ru.edu.mentoring.honours;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.training.Trainings;

/**
 * The mentor's record («Достижения наставника»), read by whoever reads the person's school: honours and contest
 * results (every {@link MentorAchievements}), the school's nominations of them in every state, training (the training
 * module's courses and credentials) and the academic years of mentoring (from the pairs).
 */
@Controller
class MentorRecordController {

    private final Honours honours;
    private final List<MentorAchievements> achievements;
    private final Trainings trainings;
    private final People people;
    private final Schools schools;
    private final AuditLog audit;

    MentorRecordController(Honours honours, List<MentorAchievements> achievements, Trainings trainings,
            People people, Schools schools, AuditLog audit) {
        this.honours = honours;
        this.achievements = achievements;
        this.trainings = trainings;
        this.people = people;
        this.schools = schools;
        this.audit = audit;
    }

    @GetMapping("/people/{id}/record")
    String record(@PathVariable long id, CurrentUser user, Model model) {
        Participant p = people.participant(id, people.today()).orElseThrow(NotFoundException::new);
        SchoolSummary school = schools.readable(user, p.schoolId());
        if (p.minor()) {
            audit.recordRead("VIEW", "Person", p.id(), p.schoolId(), List.of(p.id()));
        }
        model.addAttribute("person", p);
        model.addAttribute("school", school);
        model.addAttribute("achievements", achievements.stream().flatMap(a -> a.forMentor(id).stream())
                .sorted(Comparator.comparing(MentorAchievements.Achievement::year).reversed()).toList());
        model.addAttribute("nominations", honours.ofPerson(id).stream()
                .filter(n -> user.canRead(n.schoolId(), n.municipalityId())).toList());
        model.addAttribute("training", trainings.of(id));
        model.addAttribute("today", trainings.today());
        model.addAttribute("years", honours.mentoringYears(id));
        model.addAttribute("canNominate", Honours.nominatesFor(user, p.schoolId()) && p.inMentorBase());
        return "honours/record";
    }
}
