package ru.edu.mentoring.practices;

import static ru.edu.mentoring.approval.Decisions.required;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.approval.ApprovalRuleException;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.Approvals;
import ru.edu.mentoring.approval.Decisions;
import ru.edu.mentoring.practices.PracticeViews.PracticeView;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.shared.StaleVersionException;
import ru.edu.mentoring.web.StaleVersionForm;

/**
 * The working pages of the bank: the list of the practices the user sees, a school's new practice, a practice's page
 * (passport, files, submission, the moderator's decision and level, history) and its edit form.
 */
@Controller
class PracticeController {

    private final Practices practices;

    PracticeController(Practices practices) {
        this.practices = practices;
    }

    @InitBinder("practiceForm")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields(PracticeForm.ALLOWED);
    }

    @GetMapping("/practice-bank")
    String list(CurrentUser user, Model model) {
        model.addAttribute("rows", practices.rows(user));
        model.addAttribute("newSchools", user.schoolIds().stream().filter(id -> Approvals.isCuratorOf(user, id))
                .sorted().toList());
        model.addAttribute("schoolNames", practices.schoolNames(user.schoolIds()));
        return "practices/list";
    }

    @GetMapping("/schools/{id}/practices/new")
    String newForm(@PathVariable long id, CurrentUser user, Model model) {
        SchoolSummary school = practices.schoolForNew(user, id);
        PracticeForm form = new PracticeForm();
        model.addAttribute("practiceForm", form);
        return form(model, school.id(), school.shortName(), null);
    }

    @PostMapping("/schools/{id}/practices")
    String create(@PathVariable long id, @Valid @ModelAttribute("practiceForm") PracticeForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        SchoolSummary school = practices.schoolForNew(user, id);
        periodCheck(form, errors);
        if (errors.hasErrors()) {
            return form(model, school.id(), school.shortName(), null);
        }
        long practiceId;
        try {
            practiceId = practices.create(user, id, form.passport());
        } catch (ApprovalRuleException e) {
            errors.rejectValue("formId", e.messageKey());
            return form(model, school.id(), school.shortName(), null);
        }
        redirect.addFlashAttribute("flashSuccess", "practice.created");
        return "redirect:/practice-bank/" + practiceId;
    }

    @GetMapping("/practice-bank/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        PracticeView view = practices.view(user, id);
        model.addAttribute("practice", view);
        model.addAttribute("canEdit", Approvals.isCuratorOf(user, view.schoolId()) && view.status().editable());
        boolean moderator = Practices.moderates(user, view.municipalityId());
        model.addAttribute("canDecide", moderator && view.status() == ApprovalStatus.SUBMITTED);
        model.addAttribute("canLevel", moderator && view.status() == ApprovalStatus.APPROVED);
        model.addAttribute("levels", PracticeLevel.values());
        return "practices/show";
    }

    @GetMapping("/practice-bank/{id}/edit")
    String edit(@PathVariable long id, CurrentUser user, Model model) {
        practices.forCurator(user, id);
        PracticeView view = practices.view(user, id);
        model.addAttribute("practiceForm", PracticeForm.of(view));
        return form(model, view.schoolId(), view.schoolName(), view);
    }

    @PostMapping("/practice-bank/{id}")
    @StaleVersionForm("practices/form")
    String save(@PathVariable long id, @Valid @ModelAttribute("practiceForm") PracticeForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        practices.forCurator(user, id);
        PracticeView view = practices.view(user, id);
        form(model, view.schoolId(), view.schoolName(), view);
        periodCheck(form, errors);
        if (errors.hasErrors()) {
            return "practices/form";
        }
        if (form.getVersion() == null) {
            throw new StaleVersionException(view.version());
        }
        return Decisions.step(Practice.KIND, id, "saved", () -> practices.edit(user, id, form.getVersion(),
                form.passport()), redirect);
    }

    @PostMapping("/practice-bank/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        practices.forCurator(user, id);
        return Decisions.step(Practice.KIND, id, "submitted", () -> practices.submit(user, id, required(version)),
                () -> show(id, user, model), model, redirect, response);
    }

    /** The moderator's decision (approval/decision.html): publish, or return with a comment. */
    @PostMapping({"/practice-bank/{id}/approve", "/practice-bank/{id}/return"})
    String decide(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String comment, CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        practices.forModerator(user, id);
        return Decisions.decide(Practice.KIND, id, comment, request,
                () -> practices.publish(user, id, required(version), comment),
                () -> practices.returnForRework(user, id, required(version), comment),
                () -> show(id, user, model), model, redirect, response);
    }

    @PostMapping("/practice-bank/{id}/level")
    String level(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String level, CurrentUser user, RedirectAttributes redirect) {
        practices.forModerator(user, id);
        PracticeLevel chosen;
        try {
            chosen = PracticeLevel.valueOf(level == null ? "" : level);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("flashError", "practice.level.unknown");
            return "redirect:/practice-bank/" + id;
        }
        practices.setLevel(user, id, required(version), chosen);
        redirect.addFlashAttribute("flashSuccess", "practice.level.saved");
        return "redirect:/practice-bank/" + id;
    }

    // --- files -----------------------------------------------------------------------------------------------

    @PostMapping("/practice-bank/{id}/files")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            CurrentUser user, RedirectAttributes redirect) throws IOException {
        practices.forCurator(user, id);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("flashError", "practice.file.empty");
            return "redirect:/practice-bank/" + id;
        }
        String name = file.getOriginalFilename();
        byte[] bytes = file.getBytes();
        return Decisions.step(Practice.KIND, id, "file.added", () -> practices.addFile(user, id, name, bytes),
                redirect);
    }

    @GetMapping("/practice-files/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id, CurrentUser user) {
        return PublicPracticeController.send(practices.file(user, id));
    }

    @PostMapping("/practice-files/{id}/delete")
    String deleteFile(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        long practiceId;
        try {
            practiceId = practices.deleteFile(user, id);
        } catch (ApprovalRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/practice-bank";
        }
        redirect.addFlashAttribute("flashSuccess", "practice.file.deleted");
        return "redirect:/practice-bank/" + practiceId;
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private String form(Model model, long schoolId, String schoolName, PracticeView existing) {
        model.addAttribute("schoolId", schoolId);
        model.addAttribute("schoolName", schoolName);
        model.addAttribute("existing", existing);
        model.addAttribute("forms", practices.formNames());
        return "practices/form";
    }

    private static void periodCheck(PracticeForm form, BindingResult errors) {
        if (form.getPeriodStart() != null && form.getPeriodEnd() != null
                && form.getPeriodEnd().isBefore(form.getPeriodStart())) {
            errors.rejectValue("periodEnd", "practice.period.order");
        }
    }
}
