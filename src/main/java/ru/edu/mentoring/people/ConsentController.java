package ru.edu.mentoring.people;

import org.springframework.stereotype.Controller;
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

/**
 * Consents on the person page: recording one from the signed paper and withdrawing one. The rules (a minor's consent
 * by a parent, the dates, what a withdrawal stops) are the service's and the {@link Consent} aggregate's.
 */
@Controller
class ConsentController {

    private final Schools schools;
    private final PeopleRegistry registry;
    private final PeoplePages pages;

    ConsentController(Schools schools, PeopleRegistry registry, PeoplePages pages) {
        this.schools = schools;
        this.registry = registry;
        this.pages = pages;
    }

    @InitBinder("consentForm")
    void consentFields(WebDataBinder binder) {
        binder.setAllowedFields("givenOn", "givenBy", "representativeName", "textVersion", "purpose", "dataCategories",
                "validUntil");
    }

    @PostMapping("/people/{id}/consents")
    String addConsent(@PathVariable long id, @ModelAttribute("consentForm") ConsentForm form,
            BindingResult errors, CurrentUser user, RedirectAttributes redirect) {
        RecordConsent consent = form.command();
        pages.validate(consent, errors);
        Person person = pages.person(id);
        schools.editable(user, person.getSchoolId());
        Violation.rejectAll(registry.consentProblems(id, consent), errors);
        if (!errors.hasErrors()) {
            try {
                registry.recordConsent(id, consent);
                redirect.addFlashAttribute("flashSuccess", "consent.recorded");
                return "redirect:/people/" + id + "#consent";
            } catch (RulesViolatedException e) {
                Violation.rejectAll(e.violations(), errors);
            }
        }
        redirect.addFlashAttribute("org.springframework.validation.BindingResult.consentForm", errors);
        redirect.addFlashAttribute("consentForm", form);
        redirect.addFlashAttribute("flashError", "consent.invalid");
        return "redirect:/people/" + id + "#consent";
    }

    @PostMapping("/consents/{consentId}/revoke")
    String revokeConsent(@PathVariable long consentId, @RequestParam(defaultValue = "") String reason,
            CurrentUser user, RedirectAttributes redirect) {
        long id = registry.personOfConsent(consentId);
        Person person = pages.person(id);
        schools.editable(user, person.getSchoolId());
        boolean stopped;
        try {
            stopped = registry.revokeConsent(id, consentId, reason);
        } catch (ProcessingStoppedException e) {
            // nothing left in force to withdraw: processing already stopped
            return PeoplePages.readOnly(person, redirect);
        } catch (RulesViolatedException e) {
            // the reason is too long or not plain text
            redirect.addFlashAttribute("flashError", e.violations().get(0).key());
            return "redirect:/people/" + id + "#consent";
        }
        redirect.addFlashAttribute("flashSuccess", stopped ? "consent.revoked.stopped" : "consent.revoked");
        return "redirect:/people/" + id + "#consent";
    }
}
