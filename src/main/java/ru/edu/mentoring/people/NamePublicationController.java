package ru.edu.mentoring.people;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.web.StaleVersionForm;
import ru.edu.mentoring.web.StaleVersionPage;

/**
 * «Согласие на публикацию ФИО» on the person page (issue 21 point 5): the school's curator records the mentor's signed
 * consent (date given, optional end) and withdraws it (the date of the withdrawal is today). Only an adult in the
 * mentor base may have one; the public pages name the mentor only while it is in force.
 */
@Controller
class NamePublicationController {

    private final Schools schools;
    private final NamePublications publications;
    private final PeoplePages pages;
    private final PersonPageController page;

    NamePublicationController(Schools schools, NamePublications publications, PeoplePages pages,
            PersonPageController page) {
        this.schools = schools;
        this.publications = publications;
        this.pages = pages;
        this.page = page;
    }

    @InitBinder("publicationForm")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("publishedFrom", "publishedUntil", "version");
    }

    @PostMapping("/people/{id}/name-publication")
    @StaleVersionForm("people/show")
    String record(@PathVariable long id, @Valid @ModelAttribute("publicationForm") NamePublicationForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        Person person = pages.person(id);
        schools.editable(user, person.getSchoolId());
        if (person.processingStopped() || person.getAnonymisedOn() != null) {
            return PeoplePages.readOnly(person, redirect);
        }
        java.util.List<Violation> problems = publications.problems(id, form.getPublishedFrom(),
                form.getPublishedUntil());
        // a child or someone outside the mentor base: the page has no such form, the refusal is a message
        Violation refusal = problems.stream().filter(v -> v.field() == null).findFirst().orElse(null);
        if (refusal != null) {
            redirect.addFlashAttribute("flashError", refusal.key());
            return "redirect:/people/" + id;
        }
        if (!errors.hasErrors()) {
            Violation.rejectAll(problems, errors);
        }
        if (errors.hasErrors()) {
            model.addAttribute("flashError", "namePublication.invalid");
            return page.fill(id, user, model);
        }
        StaleVersionPage.onConflict(model, () -> page.fill(id, user, model));
        try {
            publications.record(id, form.getPublishedFrom(), form.getPublishedUntil(), form.getVersion());
        } catch (RulesViolatedException e) {
            Violation person2 = e.violations().stream().filter(v -> v.field() == null).findFirst().orElse(null);
            if (person2 != null) {
                redirect.addFlashAttribute("flashError", person2.key());
                return "redirect:/people/" + id;
            }
            Violation.rejectAll(e.violations(), errors);
            model.addAttribute("flashError", "namePublication.invalid");
            return page.fill(id, user, model);
        }
        redirect.addFlashAttribute("flashSuccess", "namePublication.recorded");
        return "redirect:/people/" + id + "#name-publication";
    }

    @PostMapping("/people/{id}/name-publication/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, CurrentUser user,
            RedirectAttributes redirect) {
        Person person = pages.person(id);
        schools.editable(user, person.getSchoolId());
        publications.withdraw(id, version);
        redirect.addFlashAttribute("flashSuccess", "namePublication.withdrawn");
        return "redirect:/people/" + id + "#name-publication";
    }
}
