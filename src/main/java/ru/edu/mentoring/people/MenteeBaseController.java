package ru.edu.mentoring.people;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.springframework.web.util.UriComponentsBuilder;
import ru.edu.mentoring.web.StaleVersionForm;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.web.PageLinks;
import ru.edu.mentoring.shared.SearchText;

/** The mentee base of a school (search and filters) and a person's mentee entry form. */
@Controller
class MenteeBaseController {

    private final Schools schools;
    private final People people;
    private final PeopleRegistry registry;
    private final MenteeProfileRepository mentees;
    private final ObjectProvider<ParticipationSource> participations;
    private final PeoplePages pages;
    private final int pageSize;

    MenteeBaseController(Schools schools, People people, PeopleRegistry registry, MenteeProfileRepository mentees,
            ObjectProvider<ParticipationSource> participations, PeoplePages pages,
            @Value("${app.page-size:20}") int pageSize) {
        this.schools = schools;
        this.people = people;
        this.registry = registry;
        this.mentees = mentees;
        this.participations = participations;
        this.pages = pages;
        this.pageSize = pageSize;
    }

    @InitBinder("menteeForm")
    void menteeFields(WebDataBinder binder) {
        binder.setAllowedFields("request", "wantedFormId", "inBase", "version");
    }

    @GetMapping("/schools/{schoolId}/mentees")
    @Transactional(readOnly = true)
    String menteeBase(@PathVariable long schoolId, @RequestParam(required = false) Integer page,
            @RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer grade,
            @RequestParam(required = false) Long form, @RequestParam(defaultValue = "ANY") MentorFilter mentor,
            CurrentUser user, Model model) {
        SchoolSummary school = schools.readable(user, schoolId);
        ParticipationSource source = participations.getIfAvailable();
        Set<Long> paired = mentor == MentorFilter.ANY || source == null ? Set.of() : source.activeMentees(schoolId);
        Integer wantedGrade = grade == null || grade < 1 || grade > 11 ? null : grade;
        Page<MenteeProfile> result = mentees.searchBase(schoolId, SearchText.likePattern(q).replace('ё', 'е'),
                wantedGrade, AcademicYear.of(people.today()), form, mentor.name(),
                paired.isEmpty() ? Set.of(-1L) : paired,
                PageLinks.request(page, pageSize, Sort.unsorted()));
        Map<Long, Participant> details = people.participants(
                result.getContent().stream().map(MenteeProfile::getPersonId).toList(), people.today());
        pages.auditMinors("MenteeBase", schoolId, details.values());
        model.addAttribute("school", school);
        model.addAttribute("page", result);
        model.addAttribute("people", details);
        model.addAttribute("pages", PageLinks.window(result));
        model.addAttribute("formNames", pages.formNames());
        model.addAttribute("canExport", PeopleExports.mayExport(user, school));
        model.addAttribute("counts", people.baseCounts(schoolId));
        model.addAttribute("q", q.strip());
        model.addAttribute("grade", wantedGrade);
        model.addAttribute("form", form);
        model.addAttribute("mentor", mentor);
        model.addAttribute("mentorFilters", MentorFilter.values());
        model.addAttribute("pageQuery", "/schools/" + schoolId + "/mentees?" + UriComponentsBuilder
                .newInstance().queryParam("q", q.strip()).queryParamIfPresent("grade", Optional.ofNullable(wantedGrade))
                .queryParamIfPresent("form", Optional.ofNullable(form)).queryParam("mentor", mentor.name())
                .encode().build().getQuery() + "&");
        return "people/mentees";
    }

    @GetMapping("/people/{id}/mentee")
    @Transactional(readOnly = true)
    String menteeForm(@PathVariable long id, CurrentUser user, Model model, RedirectAttributes redirect) {
        Person person = pages.person(id);
        schools.editable(user, person.getSchoolId());
        if (person.processingStopped()) {
            return PeoplePages.readOnly(person, redirect);
        }
        pages.auditMinor(person);
        model.addAttribute("menteeForm", mentees.findById(id).map(MenteeForm::of).orElseGet(MenteeForm::new));
        return pages.basePage(model, person, "people/mentee-form");
    }

    @PostMapping("/people/{id}/mentee")
    @StaleVersionForm("people/mentee-form")
    String saveMentee(@PathVariable long id, @ModelAttribute("menteeForm") MenteeForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        SaveMenteeEntry entry = form.command();
        pages.validate(entry, errors);
        Person person = pages.person(id);
        schools.editable(user, person.getSchoolId());
        // an external person is never a mentee; the wanted form is one of the catalogue
        Violation.rejectAll(registry.menteeEntryProblems(id, entry), errors);
        return pages.saveBase(person, errors, model, redirect, "people/mentee-form", "mentee.saved",
                () -> registry.putInMenteeBase(id, entry));
    }
}
