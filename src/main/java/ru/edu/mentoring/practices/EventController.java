package ru.edu.mentoring.practices;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.approval.ApprovalRuleException;
import ru.edu.mentoring.shared.StaleVersionException;
import ru.edu.mentoring.web.StaleVersionForm;

/** The municipality's events: the list (department and methodologists), the department's form and removal. */
@Controller
class EventController {

    private final PracticeEvents events;

    EventController(PracticeEvents events) {
        this.events = events;
    }

    @InitBinder("eventForm")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields(EventForm.ALLOWED);
    }

    @GetMapping("/practice-events")
    String list(CurrentUser user, Model model) {
        model.addAttribute("events", events.list(user));
        model.addAttribute("canEdit", user.has(Role.DEPARTMENT));
        return "practices/events";
    }

    @GetMapping("/practice-events/new")
    String newForm(CurrentUser user, Model model) {
        PracticeEvents.keptBy(user);
        model.addAttribute("eventForm", new EventForm());
        return form(user, model, null);
    }

    @PostMapping("/practice-events")
    String create(@Valid @ModelAttribute("eventForm") EventForm form, BindingResult errors, CurrentUser user,
            Model model, RedirectAttributes redirect) {
        PracticeEvents.keptBy(user);
        if (errors.hasErrors()) {
            return form(user, model, null);
        }
        try {
            events.create(user, form.command());
        } catch (ApprovalRuleException e) {
            errors.rejectValue(e.messageKey().contains("schools") ? "schoolIds" : "practiceIds", e.messageKey());
            return form(user, model, null);
        }
        redirect.addFlashAttribute("flashSuccess", "practiceEvent.saved");
        return "redirect:/practice-events";
    }

    @GetMapping("/practice-events/{id}/edit")
    String edit(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("eventForm", EventForm.of(events.command(user, id), events.version(user, id)));
        return form(user, model, id);
    }

    @PostMapping("/practice-events/{id}")
    @StaleVersionForm("practices/event-form")
    String save(@PathVariable long id, @Valid @ModelAttribute("eventForm") EventForm form, BindingResult errors,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        long current = events.version(user, id);
        form(user, model, id);
        if (errors.hasErrors()) {
            return "practices/event-form";
        }
        if (form.getVersion() == null) {
            throw new StaleVersionException(current);
        }
        try {
            events.update(user, id, form.getVersion(), form.command());
        } catch (ApprovalRuleException e) {
            errors.rejectValue(e.messageKey().contains("schools") ? "schoolIds" : "practiceIds", e.messageKey());
            return "practices/event-form";
        }
        redirect.addFlashAttribute("flashSuccess", "practiceEvent.saved");
        return "redirect:/practice-events";
    }

    @PostMapping("/practice-events/{id}/delete")
    String delete(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        events.delete(user, id);
        redirect.addFlashAttribute("flashSuccess", "practiceEvent.deleted");
        return "redirect:/practice-events";
    }

    private String form(CurrentUser user, Model model, Long id) {
        model.addAttribute("eventId", id);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("schoolChoices", events.schoolChoices(user));
        model.addAttribute("practiceChoices", events.practiceChoices(user));
        return "practices/event-form";
    }
}
