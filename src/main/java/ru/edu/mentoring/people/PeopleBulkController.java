package ru.edu.mentoring.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
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
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;

/**
 * The bulk step of the people list (issue 17 point 4), the school's curator only: choose people on the list (ticked,
 * the page, or all the filter matches) and an action → the step's page with its common values, where «Проверить»
 * shows how many will be changed and who the rules refuse and why, writing nothing → «Выполнить» runs it, one
 * transaction per person ({@link PeopleBulk}), and shows the outcome. Ids outside the school answer 404 and nothing is
 * written.
 */
@Controller
class PeopleBulkController {

    private final Schools schools;
    private final PeopleBulk bulk;
    private final PeoplePages pages;
    private final ru.edu.mentoring.audit.AuditLog audit;

    PeopleBulkController(Schools schools, PeopleBulk bulk, PeoplePages pages, ru.edu.mentoring.audit.AuditLog audit) {
        this.audit = audit;
        this.schools = schools;
        this.bulk = bulk;
        this.pages = pages;
    }

    @InitBinder("bulkForm")
    void bulkFields(WebDataBinder binder) {
        binder.setAllowedFields("action", "scope", "ids", "pageIds", "q", "kind", "withdrawn", "request",
                "wantedFormId", "competences", "capacity", "givenOn", "givenBy", "textVersion", "validUntil",
                "parentIds", "parentNames");
    }

    /** From the list («Далее») or the step's page («Проверить»): shows the step; writes nothing. */
    @PostMapping("/schools/{schoolId}/people/bulk")
    String prepare(@PathVariable long schoolId, @ModelAttribute("bulkForm") BulkForm form, BindingResult errors,
            @RequestParam(defaultValue = "false") boolean check, CurrentUser user, Model model, Locale locale,
            RedirectAttributes redirect) {
        SchoolSummary school = schools.editable(user, schoolId);
        List<Person> chosen = bulk.chosen(schoolId, form);
        if (form.getAction() == null || chosen.isEmpty() || errors.hasFieldErrors("ids")
                || errors.hasFieldErrors("pageIds")) {
            // to the list's plain address: a flash message waits for that exact address
            redirect.addFlashAttribute("flashError", form.getAction() == null ? "bulk.noAction" : "bulk.noneChosen");
            return "redirect:/schools/" + schoolId + "/people";
        }
        // the step's page carries the people it concerns from here on, whatever the scope chosen on the list
        form.setIds(chosen.stream().map(Person::getId).toList());
        form.setScope(BulkForm.Scope.SELECTED);
        if (form.getAction() == BulkForm.Action.CONSENT && !check) {
            Map<Long, String> parents = new LinkedHashMap<>(form.parents());
            chosen.forEach(p -> parents.computeIfAbsent(p.getId(), bulk::knownParent));
            form.parents(parents);
        }
        if (check) {
            commonChecks(form, errors);
        }
        List<PeopleBulk.Outcome> outcomes = bulk.check(chosen, form, locale);
        audit.recordRead("VIEW", "PeopleList", schoolId, schoolId,
                outcomes.stream().filter(PeopleBulk.Outcome::minor).map(PeopleBulk.Outcome::personId).toList());
        model.addAttribute("checked", check && !errors.hasErrors());
        model.addAttribute("willChange", outcomes.stream().filter(o -> o.refusal() == null).count());
        model.addAttribute("willRefuse", outcomes.stream().filter(o -> o.refusal() != null).count());
        return page(model, school, form, outcomes);
    }

    /** «Выполнить»: runs the step, one transaction per person, and shows who was changed and who refused. */
    @PostMapping("/schools/{schoolId}/people/bulk/apply")
    String apply(@PathVariable long schoolId, @ModelAttribute("bulkForm") BulkForm form, BindingResult errors,
            CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
        SchoolSummary school = schools.editable(user, schoolId);
        form.setScope(BulkForm.Scope.SELECTED);
        List<Person> chosen = bulk.chosen(schoolId, form);
        if (form.getAction() == null || chosen.isEmpty()) {
            redirect.addFlashAttribute("flashError", form.getAction() == null ? "bulk.noAction" : "bulk.noneChosen");
            return "redirect:/schools/" + schoolId + "/people";
        }
        commonChecks(form, errors);
        if (errors.hasErrors()) {
            List<PeopleBulk.Outcome> outcomes = bulk.check(chosen, form, locale);
            model.addAttribute("checked", false);
            model.addAttribute("willChange", outcomes.stream().filter(o -> o.refusal() == null).count());
            model.addAttribute("willRefuse", outcomes.stream().filter(o -> o.refusal() != null).count());
            return page(model, school, form, outcomes);
        }
        PeopleBulk.Result result = bulk.apply(chosen, form, locale);
        redirect.addFlashAttribute("bulkResult", result);
        return "redirect:/schools/" + schoolId + "/people/bulk/done";
    }

    /** The outcome of the step just run (kept in the flash); without one, the list. */
    @GetMapping("/schools/{schoolId}/people/bulk/done")
    String done(@PathVariable long schoolId, CurrentUser user, Model model) {
        SchoolSummary school = schools.editable(user, schoolId);
        if (!model.containsAttribute("bulkResult")) {
            return "redirect:/schools/" + schoolId + "/people";
        }
        model.addAttribute("school", school);
        return "people/bulk-done";
    }

    /** The common values every person shares: checked once for the form, as the one-by-one forms check them. */
    private void commonChecks(BulkForm form, BindingResult errors) {
        pages.validate(form, errors);
        switch (form.getAction()) {
            case MENTOR -> {
                if (form.getCapacity() == null) {
                    errors.rejectValue("capacity", "validation.required");
                } else if (form.getCapacity() < 1 || form.getCapacity() > 30) {
                    errors.rejectValue("capacity", "mentor.capacity.invalid");
                }
            }
            case CONSENT -> {
                if (form.getGivenOn() == null) {
                    errors.rejectValue("givenOn", "validation.date");
                } else if (form.getGivenOn().isAfter(pagesToday())) {
                    errors.rejectValue("givenOn", "consent.givenOn.future");
                }
                if (form.getTextVersion() == null || form.getTextVersion().isBlank()) {
                    errors.rejectValue("textVersion", "validation.required");
                }
                if (form.getValidUntil() != null && form.getGivenOn() != null
                        && form.getValidUntil().isBefore(form.getGivenOn())) {
                    errors.rejectValue("validUntil", "consent.validUntil.beforeGiven");
                }
            }
            default -> {
                // the mentee base's request and form are checked per person (a stored request may stand in)
            }
        }
    }

    private java.time.LocalDate pagesToday() {
        return bulk.today();
    }

    private String page(Model model, SchoolSummary school, BulkForm form, List<PeopleBulk.Outcome> outcomes) {
        model.addAttribute("school", school);
        model.addAttribute("outcomes", outcomes);
        model.addAttribute("formNames", pages.formNames());
        model.addAttribute("givers", BulkForm.Giver.values());
        model.addAttribute("parents", form.parents());
        model.addAttribute("listAddress", listAddress(school.id(), form));
        return "people/bulk";
    }

    private static String listAddress(long schoolId, BulkForm form) {
        return UriComponentsBuilder.fromPath("/schools/" + schoolId + "/people")
                .queryParam("q", form.getQ() == null ? "" : form.getQ().strip())
                .queryParam("kind", form.getKind() == null ? "" : form.getKind().name())
                .queryParam("withdrawn", form.isWithdrawn()).encode().build().toUriString();
    }
}
