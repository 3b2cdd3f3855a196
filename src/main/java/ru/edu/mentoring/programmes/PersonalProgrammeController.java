package ru.edu.mentoring.programmes;

import static ru.edu.mentoring.approval.Decisions.required;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.thymeleaf.context.Context;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.programmes.PersonalProgrammes.PairInfo;
import ru.edu.mentoring.programmes.ProgrammeViews.PersonalView;
import ru.edu.mentoring.shared.StaleVersionException;
import ru.edu.mentoring.web.Pdf;
import ru.edu.mentoring.web.StaleVersionForm;

/**
 * A teacher pair's personalised programme: one page per pair (the main part, the plan of activities, the final
 * sections), printable as a PDF. Read by whoever reads the school, written by its curator.
 */
@Controller
class PersonalProgrammeController {

    private final PersonalProgrammes personal;
    private final Pdf pdf;
    private final AuditLog audit;

    PersonalProgrammeController(PersonalProgrammes personal, Pdf pdf, AuditLog audit) {
        this.personal = personal;
        this.pdf = pdf;
        this.audit = audit;
    }

    @InitBinder("personalForm")
    void personalFields(WebDataBinder binder) {
        binder.setAllowedFields("difficulties", "goal", "tasks", "startDate", "endDate", "version");
    }

    @InitBinder("resultsForm")
    void resultFields(WebDataBinder binder) {
        binder.setAllowedFields("selfAnalysis", "mentorReview", "curatorConclusion", "version");
    }

    @InitBinder("planRowForm")
    void rowFields(WebDataBinder binder) {
        binder.setAllowedFields("activity", "dueDate", "expectedResult", "done", "result", "version");
    }

    private static String path(long pairId) {
        return "/pairs/" + pairId + "/personal-programme";
    }

    @GetMapping("/pairs/{id}/personal-programme")
    String page(@PathVariable long id, CurrentUser user, Model model, RedirectAttributes redirect) {
        PairInfo pair;
        try {
            pair = personal.readablePair(user, id);
        } catch (ProgrammeRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/pairs/" + id;
        }
        return render(pair, user, model);
    }

    private String render(PairInfo pair, CurrentUser user, Model model) {
        PersonalView view = personal.view(pair);
        audit.recordRead("VIEW", "PersonalProgramme", pair.id(), pair.schoolId(), personal.minors(pair));
        model.addAttribute("p", view);
        model.addAttribute("canEdit", user.editsSchoolData(pair.schoolId()));
        if (!model.containsAttribute("personalForm")) {
            PersonalForm f = new PersonalForm();
            f.setDifficulties(view.difficulties());
            f.setGoal(view.goal());
            f.setTasks(view.tasks());
            f.setStartDate(view.startDate());
            f.setEndDate(view.endDate());
            f.setVersion(view.version());
            model.addAttribute("personalForm", f);
        }
        if (!model.containsAttribute("resultsForm")) {
            ResultsForm f = new ResultsForm();
            f.setSelfAnalysis(view.selfAnalysis());
            f.setMentorReview(view.mentorReview());
            f.setCuratorConclusion(view.curatorConclusion());
            f.setVersion(view.version());
            model.addAttribute("resultsForm", f);
        }
        if (!model.containsAttribute("planRowForm")) {
            model.addAttribute("planRowForm", new PlanRowForm());
        }
        return "programmes/personal";
    }

    @PostMapping("/pairs/{id}/personal-programme")
    @StaleVersionForm("programmes/personal")
    String save(@PathVariable long id, @Valid @ModelAttribute("personalForm") PersonalForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        PairInfo pair = editable(user, id);
        if (errors.hasErrors()) {
            return render(pair, user, model);
        }
        render(pair, user, model);
        boolean warning;
        try {
            warning = personal.save(user, id, required(form.getVersion()), form.getDifficulties(), form.getGoal(),
                    form.getTasks(), form.getStartDate(), form.getEndDate());
        } catch (ProgrammeRuleException e) {
            errors.rejectValue("endDate", e.messageKey());
            return render(pair, user, model);
        }
        redirect.addFlashAttribute(warning ? "flashError" : "flashSuccess",
                warning ? "personal.savedWithWarning" : "personal.saved");
        return "redirect:" + path(id);
    }

    @PostMapping("/pairs/{id}/personal-programme/results")
    @StaleVersionForm("programmes/personal")
    String saveResults(@PathVariable long id, @Valid @ModelAttribute("resultsForm") ResultsForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        PairInfo pair = editable(user, id);
        if (errors.hasErrors()) {
            return render(pair, user, model);
        }
        render(pair, user, model);
        try {
            personal.saveResults(user, id, required(form.getVersion()), form.getSelfAnalysis(),
                    form.getMentorReview(), form.getCuratorConclusion());
        } catch (ProgrammeRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:" + path(id);
        }
        redirect.addFlashAttribute("flashSuccess", "personal.results.saved");
        return "redirect:" + path(id);
    }

    @PostMapping("/pairs/{id}/personal-programme/activities")
    String addActivity(@PathVariable long id, @Valid @ModelAttribute("planRowForm") PlanRowForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        PairInfo pair = editable(user, id);
        if (errors.hasErrors()) {
            return render(pair, user, model);
        }
        try {
            personal.addActivity(user, id, form.getActivity(), form.getDueDate(), form.getExpectedResult(),
                    form.isDone(), form.getResult());
        } catch (ProgrammeRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:" + path(id);
        }
        redirect.addFlashAttribute("flashSuccess", "personal.activity.added");
        return "redirect:" + path(id);
    }

    @PostMapping("/personal-activities/{id}")
    String editActivity(@PathVariable long id, @Valid @ModelAttribute("planRowForm") PlanRowForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        long pairId = personal.pairOfActivity(id);
        PairInfo pair = editable(user, pairId);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", "personal.activity.invalid");
            return "redirect:" + path(pairId);
        }
        try {
            personal.editActivity(user, id, required(form.getVersion()), form.getActivity(), form.getDueDate(),
                    form.getExpectedResult(), form.isDone(), form.getResult());
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("flashError", "personal.activity.stale");
            return "redirect:" + path(pair.id());
        }
        redirect.addFlashAttribute("flashSuccess", "personal.activity.saved");
        return "redirect:" + path(pairId);
    }

    @PostMapping("/personal-activities/{id}/delete")
    String deleteActivity(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        long pairId = personal.pairOfActivity(id);
        editable(user, pairId);
        try {
            personal.deleteActivity(user, id, required(version));
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("flashError", "personal.activity.stale");
            return "redirect:" + path(pairId);
        }
        redirect.addFlashAttribute("flashSuccess", "personal.activity.deleted");
        return "redirect:" + path(pairId);
    }

    @GetMapping("/pairs/{id}/personal-programme.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentUser user, Locale locale, RedirectAttributes redirect) {
        PairInfo pair;
        try {
            pair = personal.readablePair(user, id);
        } catch (ProgrammeRuleException e) {
            // not a teacher pair: back to the pair's page with the reason, as the page itself does
            redirect.addFlashAttribute("flashError", e.messageKey());
            return ResponseEntity.status(302).header(HttpHeaders.LOCATION, "/pairs/" + id).build();
        }
        PersonalView view = personal.view(pair);
        audit.recordRead("EXPORT", "PersonalProgramme", pair.id(), pair.schoolId(), personal.minors(pair));
        Context context = new Context(locale);
        context.setVariable("p", view);
        byte[] bytes = pdf.render("programmes/personal-pdf", context);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("personal-programme-" + id + ".pdf").build().toString())
                .body(bytes);
    }

    /** The pair for its curator; a pair that is not a teacher pair answers 404 here (nothing to write). */
    private PairInfo editable(CurrentUser user, long pairId) {
        try {
            return personal.editablePair(user, pairId);
        } catch (ProgrammeRuleException e) {
            throw new ru.edu.mentoring.shared.NotFoundException();
        }
    }
}
