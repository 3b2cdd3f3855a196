package ru.edu.mentoring.roadmaps;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.approval.ApprovalRuleException;
import ru.edu.mentoring.roadmaps.RoadmapViews.MeasureView;
import ru.edu.mentoring.roadmaps.RoadmapViews.RoadmapView;
import ru.edu.mentoring.web.StaleVersionForm;

/**
 * The measures of a school roadmap, changed by the school's curator: added, edited and deleted while the roadmap is
 * a draft or returned, marked done (or not) unless it waits for the department. Every change carries the roadmap's
 * version; a stale one shows the form again with the input kept ({@link StaleVersionForm}).
 */
@Controller
@RequestMapping("/roadmaps")
class RoadmapMeasureController {

    private static final String MEASURE_FORM = "roadmaps/measure-form";
    private static final String DONE_FORM = "roadmaps/done-form";

    private final Roadmaps roadmaps;

    RoadmapMeasureController(Roadmaps roadmaps) {
        this.roadmaps = roadmaps;
    }

    @InitBinder("measureForm")
    void measureFields(WebDataBinder binder) {
        binder.setAllowedFields("number", "title", "deadlineText", "dueOn", "responsible", "result", "version");
    }

    @InitBinder("doneForm")
    void doneFields(WebDataBinder binder) {
        binder.setAllowedFields("doneOn", "evidence", "version");
    }

    @GetMapping("/{id}/measures/new")
    String newMeasure(@PathVariable long id, CurrentUser user, Model model, RedirectAttributes redirect) {
        RoadmapView view = roadmaps.viewForCurator(user, id);
        var refusal = Roadmaps.measureEditsRefused(view);
        if (refusal.isPresent()) {
            return refused(refusal.get(), view.id(), redirect);
        }
        MeasureForm form = new MeasureForm();
        form.setVersion(view.version());
        form.setNumber(String.valueOf(view.measures().size() + 1));
        model.addAttribute("measureForm", form);
        return measurePage(model, view, null);
    }

    @PostMapping("/{id}/measures")
    @StaleVersionForm(MEASURE_FORM)
    String addMeasure(@PathVariable long id, @Valid @ModelAttribute("measureForm") MeasureForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        String page = measurePage(model, roadmaps.viewForCurator(user, id), null);
        if (errors.hasErrors()) {
            return page;
        }
        try {
            roadmaps.addMeasure(user, id, form.getVersion(), form.data());
        } catch (ApprovalRuleException e) {
            return refused(e.messageKey(), id, redirect);
        }
        redirect.addFlashAttribute("flashSuccess", "measure.added");
        return "redirect:/roadmaps/" + id;
    }

    @GetMapping("/measures/{id}/edit")
    String editMeasure(@PathVariable long id, CurrentUser user, Model model, RedirectAttributes redirect) {
        RoadmapView view = roadmaps.viewByMeasureForCurator(user, id);
        var refusal = Roadmaps.measureEditsRefused(view);
        if (refusal.isPresent()) {
            return refused(refusal.get(), view.id(), redirect);
        }
        MeasureView m = Roadmaps.measure(view, id);
        model.addAttribute("measureForm", MeasureForm.of(new MeasureData(m.number(), m.title(), m.deadlineText(),
                m.dueOn(), m.responsible(), m.result()), view.version()));
        return measurePage(model, view, m);
    }

    @PostMapping("/measures/{id}")
    @StaleVersionForm(MEASURE_FORM)
    String updateMeasure(@PathVariable long id, @Valid @ModelAttribute("measureForm") MeasureForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        RoadmapView view = roadmaps.viewByMeasureForCurator(user, id);
        String page = measurePage(model, view, Roadmaps.measure(view, id));
        if (errors.hasErrors()) {
            return page;
        }
        try {
            roadmaps.updateMeasure(user, id, form.getVersion(), form.data());
        } catch (ApprovalRuleException e) {
            return refused(e.messageKey(), view.id(), redirect);
        }
        redirect.addFlashAttribute("flashSuccess", "saved");
        return "redirect:/roadmaps/" + view.id();
    }

    @PostMapping("/measures/{id}/delete")
    String deleteMeasure(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        RoadmapView view = roadmaps.viewByMeasureForCurator(user, id);
        try {
            roadmaps.removeMeasure(user, id, version);
            redirect.addFlashAttribute("flashSuccess", "measure.deleted");
        } catch (ApprovalRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/roadmaps/" + view.id();
    }

    @GetMapping("/measures/{id}/done")
    String doneForm(@PathVariable long id, CurrentUser user, Model model, RedirectAttributes redirect) {
        RoadmapView view = roadmaps.viewByMeasureForCurator(user, id);
        var refusal = Roadmaps.progressRefused(view);
        if (refusal.isPresent()) {
            return refused(refusal.get(), view.id(), redirect);
        }
        MeasureView m = Roadmaps.measure(view, id);
        DoneForm form = new DoneForm();
        form.setVersion(view.version());
        form.setDoneOn(m.doneOn());
        form.setEvidence(m.evidence());
        model.addAttribute("doneForm", form);
        return donePage(model, view, m);
    }

    @PostMapping("/measures/{id}/done")
    @StaleVersionForm(DONE_FORM)
    String markDone(@PathVariable long id, @Valid @ModelAttribute("doneForm") DoneForm form, BindingResult errors,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        RoadmapView view = roadmaps.viewByMeasureForCurator(user, id);
        String page = donePage(model, view, Roadmaps.measure(view, id));
        if (errors.hasErrors()) {
            return page;
        }
        try {
            roadmaps.markDone(user, id, form.getVersion(), form.getDoneOn(), form.getEvidence());
        } catch (ApprovalRuleException e) {
            return refused(e.messageKey(), view.id(), redirect);
        }
        redirect.addFlashAttribute("flashSuccess", "measure.doneSaved");
        return "redirect:/roadmaps/" + view.id();
    }

    @PostMapping("/measures/{id}/undone")
    String markUndone(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        RoadmapView view = roadmaps.viewByMeasureForCurator(user, id);
        try {
            roadmaps.markUndone(user, id, version);
            redirect.addFlashAttribute("flashSuccess", "measure.undoneSaved");
        } catch (ApprovalRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/roadmaps/" + view.id();
    }

    private static String measurePage(Model model, RoadmapView view, MeasureView measure) {
        model.addAttribute("roadmap", view);
        model.addAttribute("measure", measure);
        return MEASURE_FORM;
    }

    private static String donePage(Model model, RoadmapView view, MeasureView measure) {
        model.addAttribute("roadmap", view);
        model.addAttribute("measure", measure);
        return DONE_FORM;
    }

    /** A change the roadmap's status does not allow: back to the roadmap with the reason. */
    private static String refused(String messageKey, long roadmapId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", messageKey);
        return "redirect:/roadmaps/" + roadmapId;
    }
}
