package ru.edu.mentoring.people;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.StaleVersionException;

/**
 * Issue 16 point 5: the curator merges two records of one person of their school. The person's page leads to the
 * candidates (same name, or same surname and birth date), the chosen one to a confirmation page listing what moves,
 * and the confirmed POST moves it (see {@link PeopleRegistry#merge}) and leaves an audit row naming both ids.
 */
@Controller
class MergeController {

    private final Schools schools;
    private final People people;
    private final PeopleRegistry registry;
    private final PersonRepository persons;
    private final MentorProfileRepository mentors;
    private final MenteeProfileRepository mentees;
    private final StudentClassRepository classes;
    private final Duplicates duplicates;
    private final ObjectProvider<ParticipationSource> participations;
    private final AuditLog audit;

    MergeController(Schools schools, People people, PeopleRegistry registry, PersonRepository persons,
            MentorProfileRepository mentors, MenteeProfileRepository mentees, StudentClassRepository classes,
            Duplicates duplicates, ObjectProvider<ParticipationSource> participations, AuditLog audit) {
        this.schools = schools;
        this.people = people;
        this.registry = registry;
        this.persons = persons;
        this.mentors = mentors;
        this.mentees = mentees;
        this.classes = classes;
        this.duplicates = duplicates;
        this.participations = participations;
        this.audit = audit;
    }

    /** One record as the merge pages show it. */
    record Side(long id, long version, String fullName, java.time.LocalDate birthDate, String classLabel,
            boolean minor, List<ParticipationSource.Participation> participations, int consents, boolean mentor,
            boolean mentee, int classYears) {}

    @GetMapping("/people/{id}/merge")
    @Transactional(readOnly = true)
    String page(@PathVariable long id, @RequestParam(required = false) Long other, CurrentUser user, Model model) {
        Person kept = persons.findById(id).orElseThrow(NotFoundException::new);
        SchoolSummary school = schools.editable(user, kept.getSchoolId());
        model.addAttribute("school", school);
        model.addAttribute("kept", side(kept));
        List<Long> shown = new java.util.ArrayList<>(List.of(kept.getId()));
        if (other == null) {
            List<Side> candidates = duplicates.mergeCandidates(kept).stream().map(this::side).toList();
            candidates.forEach(c -> shown.add(c.id()));
            model.addAttribute("candidates", candidates);
        } else {
            Person removed = persons.findById(other).orElseThrow(NotFoundException::new);
            schools.readable(user, removed.getSchoolId());
            shown.add(removed.getId());
            Side side = side(removed);
            model.addAttribute("removed", side);
            model.addAttribute("problem", registry.mergeProblem(kept, removed));
            model.addAttribute("mentorMoves", side.mentor() && mentors.findById(kept.getId()).isEmpty());
            model.addAttribute("menteeMoves", side.mentee() && mentees.findById(kept.getId()).isEmpty());
        }
        List<Long> minors = people.participants(shown, people.today()).values().stream()
                .filter(Participant::minor).map(Participant::id).toList();
        audit.recordRead("VIEW", "PersonMerge", kept.getId(), kept.getSchoolId(), minors);
        return "people/merge";
    }

    @PostMapping("/people/{id}/merge")
    String merge(@PathVariable long id, @RequestParam(required = false) Long other,
            @RequestParam(defaultValue = "-1") long version, @RequestParam(defaultValue = "-1") long otherVersion,
            CurrentUser user, RedirectAttributes redirect) {
        Person kept = persons.findById(id).orElseThrow(NotFoundException::new);
        SchoolSummary school = schools.editable(user, kept.getSchoolId());
        if (other == null) {
            redirect.addFlashAttribute("flashError", "merge.choose");
            return "redirect:/people/" + id + "/merge";
        }
        Person removed = persons.findById(other).orElseThrow(NotFoundException::new);
        schools.readable(user, removed.getSchoolId());
        try {
            registry.merge(id, other, version, otherVersion);
        } catch (MergeRefusedException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/people/" + id + "/merge?other=" + other;
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("flashError", "merge.stale");
            return "redirect:/people/" + id + "/merge?other=" + other;
        }
        // ids only: the audit trail never holds a name
        audit.record("MERGE", "Person", id, school.id(), "removed=" + other);
        redirect.addFlashAttribute("flashSuccess", "merge.done");
        return "redirect:/people/" + id;
    }

    private Side side(Person person) {
        Participant p = people.participants(List.of(person.getId()), people.today()).get(person.getId());
        ParticipationSource source = participations.getIfAvailable();
        return new Side(person.getId(), person.getVersion(), person.fullName(), person.getBirthDate(),
                p == null ? null : p.classLabel(), p != null && p.minor(),
                source == null ? List.of() : source.participations(person.getId()),
                registry.consentsOf(person.getId()).size(), mentors.findById(person.getId()).isPresent(),
                mentees.findById(person.getId()).isPresent(), classes.history(person.getId()).size());
    }
}
