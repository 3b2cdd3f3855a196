package ru.edu.mentoring.people;

import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.web.StaleVersionForm;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.web.PageLinks;

/** The mentor base of a school (places used and free) and a person's mentor entry form. */
@Controller
class MentorBaseController {

    private final Schools schools;
    private final People people;
    private final PeopleRegistry registry;
    private final MentorProfileRepository mentors;
    private final ObjectProvider<ParticipationSource> participations;
    private final PeoplePages pages;
    private final int pageSize;

    MentorBaseController(Schools schools, People people, PeopleRegistry registry, MentorProfileRepository mentors,
            ObjectProvider<ParticipationSource> participations, PeoplePages pages,
            @Value("${app.page-size:20}") int pageSize) {
        this.schools = schools;
        this.people = people;
        this.registry = registry;
        this.mentors = mentors;
        this.participations = participations;
        this.pages = pages;
        this.pageSize = pageSize;
    }

    @InitBinder("mentorForm")
    void mentorFields(WebDataBinder binder) {
        // training is no longer ticked here: it is derived from the training module's records (issue 20 point 2)
        binder.setAllowedFields("competences", "capacity", "achievements", "interests", "wantedMenteeAge",
                "contactTimePlace", "wantedFormId", "inBase", "version");
    }

    @GetMapping("/schools/{schoolId}/mentors")
    @Transactional(readOnly = true)
    String mentorBase(@PathVariable long schoolId, @RequestParam(defaultValue = "false") boolean untrained,
            @RequestParam(required = false) Integer page, CurrentUser user, Model model) {
        SchoolSummary school = schools.readable(user, schoolId);
        java.util.Set<Long> trained = people.trainedMentors(schoolId, people.today());
        Page<MentorProfile> result = untrained
                ? mentors.untrained(schoolId, trained.isEmpty() ? java.util.Set.of(-1L) : trained,
                        PageLinks.request(page, pageSize, Sort.unsorted()))
                : mentors.base(schoolId, PageLinks.request(page, pageSize, Sort.unsorted()));
        Map<Long, Participant> details = people.participants(
                result.getContent().stream().map(MentorProfile::getPersonId).toList(), people.today());
        pages.auditMinors("MentorBase", schoolId, details.values());
        model.addAttribute("school", school);
        model.addAttribute("page", result);
        model.addAttribute("people", details);
        model.addAttribute("pages", PageLinks.window(result));
        model.addAttribute("untrained", untrained);
        model.addAttribute("trained", trained);
        ParticipationSource source = participations.getIfAvailable();
        model.addAttribute("loads", source == null ? Map.of()
                : source.mentorLoads(result.getContent().stream().map(MentorProfile::getPersonId).toList()));
        model.addAttribute("canExport", PeopleExports.mayExport(user, school));
        model.addAttribute("counts", people.baseCounts(schoolId));
        return "people/mentors";
    }

    @GetMapping("/people/{id}/mentor")
    @Transactional(readOnly = true)
    String mentorForm(@PathVariable long id, CurrentUser user, Model model, RedirectAttributes redirect) {
        Person person = pages.person(id);
        schools.editable(user, person.getSchoolId());
        if (person.processingStopped()) {
            return PeoplePages.readOnly(person, redirect);
        }
        pages.auditMinor(person);
        model.addAttribute("mentorForm", mentors.findById(id).map(MentorForm::of).orElseGet(MentorForm::new));
        return pages.basePage(model, person, "people/mentor-form");
    }

    @PostMapping("/people/{id}/mentor")
    @StaleVersionForm("people/mentor-form")
    String saveMentor(@PathVariable long id, @ModelAttribute("mentorForm") MentorForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        SaveMentorEntry entry = form.command();
        pages.validate(entry, errors);
        Person person = pages.person(id);
        schools.editable(user, person.getSchoolId());
        // the capacity of a minor student: the rule lives in MentorProfile, the same one the import applies
        Violation.rejectAll(registry.mentorEntryProblems(id, entry), errors);
        return pages.saveBase(person, errors, model, redirect, "people/mentor-form", "mentor.saved",
                () -> registry.putInMentorBase(id, entry));
    }
}
