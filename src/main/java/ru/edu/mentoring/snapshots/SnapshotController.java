package ru.edu.mentoring.snapshots;

import static ru.edu.mentoring.approval.Decisions.required;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.approval.ApprovalRuleException;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.Decisions;
import ru.edu.mentoring.shared.NotFoundException;

/**
 * The snapshots' pages: the list (and the department's «new version»), one version with its figures, history,
 * signing off and the region's decision, and the region's summary.
 */
@Controller
@RequestMapping("/snapshots")
class SnapshotController {

    private final Snapshots snapshots;
    private final java.time.Clock clock;

    SnapshotController(Snapshots snapshots, java.time.Clock clock) {
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @InitBinder("snapshotForm")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("year", "period");
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        model.addAttribute("snapshots", snapshots.list(user));
        if (!model.containsAttribute("snapshotForm")) {
            SnapshotForm form = new SnapshotForm();
            form.setYear(LocalDate.now(clock).getYear());
            model.addAttribute("snapshotForm", form);
        }
        return page(user, model);
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("canCreate", user.has(Role.DEPARTMENT) && user.municipalityId() != null);
        model.addAttribute("periods", SnapshotPeriod.values());
        model.addAttribute("regions", user.readsSeveralMunicipalities() ? snapshots.regionsOf(user) : List.of());
        return "snapshots/list";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("snapshotForm") SnapshotForm form, BindingResult errors, CurrentUser user,
            Model model, RedirectAttributes redirect) {
        Snapshots.requireReader(user);
        if (!user.has(Role.DEPARTMENT)) {
            throw new org.springframework.security.access.AccessDeniedException("not department staff");
        }
        if (errors.hasErrors()) {
            model.addAttribute("snapshots", snapshots.list(user));
            return page(user, model);
        }
        long id;
        try {
            id = snapshots.create(user, form.getYear(), form.getPeriod());
        } catch (ApprovalRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/snapshots";
        }
        redirect.addFlashAttribute("flashSuccess", "snapshot.created");
        return "redirect:/snapshots/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        Snapshots.SnapshotView view = snapshots.view(user, id);
        model.addAttribute("snapshot", view);
        model.addAttribute("history", snapshots.history(id));
        model.addAttribute("returnComment", snapshots.returnComment(id, view.status()).orElse(null));
        model.addAttribute("canSubmit", Snapshots.isDepartmentOf(user, view.municipalityId())
                && view.status() == ApprovalStatus.DRAFT);
        model.addAttribute("canDecide", snapshots.decidesFor(user, view.regionName())
                && view.status() == ApprovalStatus.SUBMITTED);
        return "snapshots/show";
    }

    /** The department signs the draft off and sends it to the region. */
    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        snapshots.forDepartment(user, id);
        return Decisions.step(Snapshot.KIND, id, "submitted", () -> snapshots.submit(user, id, required(version)),
                () -> show(id, user, model), model, redirect, response);
    }

    /** The region's decision (approval/decision.html): accept, or return with a comment. */
    @PostMapping({"/{id}/approve", "/{id}/return"})
    String decide(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String comment, CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        snapshots.forRegion(user, id);
        return Decisions.decide(Snapshot.KIND, id, comment, request,
                () -> snapshots.approve(user, id, required(version), comment),
                () -> snapshots.returnForRework(user, id, required(version), comment),
                () -> show(id, user, model), model, redirect, response);
    }

    /** The region's summary from the accepted snapshots. */
    @GetMapping("/region")
    String region(@RequestParam(required = false) String region, CurrentUser user, Model model) {
        if (!user.readsSeveralMunicipalities()) {
            throw new org.springframework.security.access.AccessDeniedException("not a regional user");
        }
        List<String> regions = snapshots.regionsOf(user);
        if (regions.isEmpty()) {
            throw new NotFoundException();
        }
        String chosen = region == null || region.isBlank() ? regions.get(0) : region;
        if (!regions.contains(chosen)) {
            throw new NotFoundException();
        }
        model.addAttribute("summary", snapshots.regionSummary(user, chosen));
        model.addAttribute("regions", regions);
        return "snapshots/region";
    }
}
