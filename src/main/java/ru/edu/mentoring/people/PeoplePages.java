package ru.edu.mentoring.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.web.StaleVersionPage;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.StaleVersionException;

/** What the people module's page controllers share: the person lookup, read audits, form validation, base saves. */
@Component
class PeoplePages {

    private final PersonRepository persons;
    private final People people;
    private final AuditLog audit;
    private final ObjectProvider<FormCatalog> forms;
    private final SmartValidator validator;

    PeoplePages(PersonRepository persons, People people, AuditLog audit, ObjectProvider<FormCatalog> forms,
            SmartValidator validator) {
        this.persons = persons;
        this.people = people;
        this.audit = audit;
        this.forms = forms;
        this.validator = validator;
    }

    /** The person, or 404 (the caller checks the school's scope). */
    Person person(long id) {
        return persons.findById(id).orElseThrow(NotFoundException::new);
    }

    /**
     * Validates the command a form gives into the form's errors: the field constraints are declared on the command,
     * and a field the binding already refused is not checked again.
     */
    void validate(Object command, BindingResult errors) {
        validator.validate(command, errors);
    }

    /** One audit row for the request, listing the minors a list showed (none: no row). */
    void auditMinors(String entity, long schoolId, Collection<Participant> shown) {
        audit.recordRead("VIEW", entity, schoolId, schoolId,
                shown.stream().filter(Participant::minor).map(Participant::id).toList());
    }

    /** A page showing one person's data (a form filled with it) is a view of a minor's record like their card. */
    void auditMinor(Person person) {
        if (people.participant(person.getId(), people.today()).map(Participant::minor).orElse(false)) {
            audit.recordRead("VIEW", "Person", person.getId(), person.getSchoolId(), List.of(person.getId()));
        }
    }

    Map<Long, String> formNames() {
        FormCatalog catalog = forms.getIfAvailable();
        return catalog == null ? Map.of() : catalog.formNames();
    }

    /** Refuses a write about a person whose processing stopped: back to the card, which says why. */
    static String readOnly(Person person, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", "person.readOnly");
        return "redirect:/people/" + person.getId();
    }

    String basePage(Model model, Person person, String view) {
        model.addAttribute("person", person);
        model.addAttribute("formNames", formNames());
        return view;
    }

    /** Saves a base entry: errors re-render the form with the input kept; a stale version too, with 409. */
    String saveBase(Person person, BindingResult errors, Model model, RedirectAttributes redirect, String view,
            String done, Runnable save) {
        if (person.processingStopped()) {
            errors.reject("person.processingStopped");
        }
        if (errors.hasErrors()) {
            return basePage(model, person, view);
        }
        // a stale save shows the form again through ErrorAdvice (the callers are @StaleVersionForm)
        StaleVersionPage.onConflict(model, () -> basePage(model, person, view));
        try {
            save.run();
        } catch (ConsentRequiredException e) {
            // a minor enters a base only with a consent in force: the same words as the pairing rules
            errors.reject(e.messageKey(), new Object[] {e.shortName()}, null);
            return basePage(model, person, view);
        } catch (ProcessingStoppedException e) {
            errors.reject("person.processingStopped");
            return basePage(model, person, view);
        } catch (RulesViolatedException e) {
            // the rules the page checked already, broken meanwhile
            Violation.rejectAll(e.violations(), errors);
            return basePage(model, person, view);
        }
        redirect.addFlashAttribute("flashSuccess", done);
        return "redirect:/people/" + person.getId();
    }
}
