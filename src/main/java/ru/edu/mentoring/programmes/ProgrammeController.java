package ru.edu.mentoring.programmes;

import static ru.edu.mentoring.approval.Decisions.required;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
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
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.Approvals;
import ru.edu.mentoring.approval.Decisions;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.programmes.ProgrammeViews.PairRow;
import ru.edu.mentoring.programmes.ProgrammeViews.ProgrammeView;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.web.StaleVersionForm;
import ru.edu.mentoring.web.StaleVersionPage;

/**
 * Programmes of mentoring: the schools with their programmes of a year, one programme with its pairs and history, the
 * curator's text and submission, the head's decision.
 */
@Controller
class ProgrammeController {

    private final Programmes programmes;
    private final AuditLog audit;

    ProgrammeController(Programmes programmes, AuditLog audit) {
        this.programmes = programmes;
        this.audit = audit;
    }

    @InitBinder("programmeForm")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("goal", "tasks", "variations", "periodFrom", "periodTo", "curatorId", "version");
    }

    private int year(Integer year) {
        int current = programmes.currentYear();
        return year == null || year < 2018 || year > current + 1 ? current : year;
    }

    @GetMapping("/programmes")
    String list(@RequestParam(required = false) Integer year, CurrentUser user, Model model) {
        int y = year(year);
        model.addAttribute("year", y);
        model.addAttribute("yearLabel", AcademicYear.label(y));
        model.addAttribute("previousLabel", AcademicYear.label(y - 1));
        model.addAttribute("nextLabel", AcademicYear.label(y + 1));
        model.addAttribute("hasNext", y < programmes.currentYear() + 1);
        model.addAttribute("rows", programmes.rows(user, y));
        model.addAttribute("waiting", programmes.waitingFor(user));
        return "programmes/list";
    }

    @PostMapping("/schools/{id}/programmes")
    String create(@PathVariable long id, @RequestParam(required = false) Long formId,
            @RequestParam(required = false) Integer year, CurrentUser user, RedirectAttributes redirect) {
        int y = year(year);
        try {
            long programmeId = programmes.create(user, id, formId == null ? -1 : formId, y);
            redirect.addFlashAttribute("flashSuccess", "programme.created");
            return "redirect:/programmes/" + programmeId;
        } catch (ProgrammeRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/programmes?year=" + y;
        }
    }

    @GetMapping("/programmes/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        ProgrammeView view = programmes.view(user, id);
        if (!model.containsAttribute("programmeForm")) {
            ProgrammeForm form = new ProgrammeForm();
            form.setGoal(view.goal());
            form.setTasks(view.tasks());
            form.setVariations(view.variations());
            form.setPeriodFrom(view.periodFrom());
            form.setPeriodTo(view.periodTo());
            form.setCuratorId(view.curatorId());
            form.setVersion(view.version());
            model.addAttribute("programmeForm", form);
        }
        return page(view, user, model);
    }

    private String page(ProgrammeView view, CurrentUser user, Model model) {
        model.addAttribute("programme", view);
        boolean curator = Approvals.isCuratorOf(user, view.schoolId());
        model.addAttribute("canEdit", curator && view.status().editable());
        model.addAttribute("canReopen", curator && view.status() == ApprovalStatus.APPROVED);
        model.addAttribute("canDecide", Approvals.isHeadOf(user, view.schoolId())
                && view.status() == ApprovalStatus.SUBMITTED);
        model.addAttribute("curators", programmes.curatorChoices(view.schoolId()));
        List<PairRow> pairs = programmes.pairsOf(view.id());
        model.addAttribute("pairs", pairs);
        audit.recordRead("VIEW", "SchoolProgramme", view.id(), view.schoolId(), programmes.minorsOfPairs(pairs));
        return "programmes/show";
    }

    @PostMapping("/programmes/{id}")
    @StaleVersionForm("programmes/show")
    String save(@PathVariable long id, @Valid @ModelAttribute("programmeForm") ProgrammeForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        programmes.forCurator(user, id);
        if (errors.hasErrors()) {
            return page(programmes.view(user, id), user, model);
        }
        StaleVersionPage.onConflict(model, () -> page(programmes.view(user, id), user, model));
        try {
            return Decisions.step(SchoolProgramme.KIND, id, "saved", () -> programmes.edit(user, id,
                    required(form.getVersion()), form.getGoal(), form.getTasks(), form.getVariations(),
                    form.getPeriodFrom(), form.getPeriodTo(), form.getCuratorId()), redirect);
        } catch (ProgrammeRuleException e) {
            errors.reject(e.messageKey());
            return page(programmes.view(user, id), user, model);
        }
    }

    @PostMapping("/programmes/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        programmes.forCurator(user, id);
        try {
            return Decisions.step(SchoolProgramme.KIND, id, "submitted",
                    () -> programmes.submit(user, id, required(version)), () -> show(id, user, model), model,
                    redirect, response);
        } catch (ProgrammeRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/programmes/" + id;
        }
    }

    @PostMapping("/programmes/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        programmes.forCurator(user, id);
        return Decisions.step(SchoolProgramme.KIND, id, "reopened", () -> programmes.reopen(user, id, required(version)),
                () -> show(id, user, model), model, redirect, response);
    }

    /** The head's decision (approval/decision.html): approve, or return with a comment. */
    @PostMapping({"/programmes/{id}/approve", "/programmes/{id}/return"})
    String decide(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String comment, CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        programmes.forHead(user, id);
        return Decisions.decide(SchoolProgramme.KIND, id, comment, request,
                () -> programmes.approve(user, id, required(version), comment),
                () -> programmes.returnForRework(user, id, required(version), comment),
                () -> show(id, user, model), model, redirect, response);
    }
}
