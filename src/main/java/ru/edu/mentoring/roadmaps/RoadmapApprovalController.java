package ru.edu.mentoring.roadmaps;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.approval.Decisions;

/**
 * A school roadmap's workflow: the curator submits it or starts a new draft of an approved one; the department
 * approves it or returns it with a comment. A stale version of a button without typed input answers the 409 page.
 */
@Controller
@RequestMapping("/roadmaps")
class RoadmapApprovalController {

    private final Roadmaps roadmaps;

    RoadmapApprovalController(Roadmaps roadmaps) {
        this.roadmaps = roadmaps;
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        roadmaps.forCurator(user, id);
        return Decisions.step(Roadmap.KIND, id, "submitted", () -> roadmaps.submit(user, id, version), redirect);
    }

    /** The department's decision (approval/decision.html): approve, or return with a comment. */
    @PostMapping({"/{id}/approve", "/{id}/return"})
    String decide(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String comment, CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        roadmaps.forDepartment(user, id);
        return Decisions.decide(Roadmap.KIND, id, comment, request,
                () -> roadmaps.approve(user, id, version, comment),
                () -> roadmaps.returnForRework(user, id, version, comment),
                () -> RoadmapPage.show(roadmaps.view(user, id), user, model), model, redirect, response);
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        roadmaps.forCurator(user, id);
        return Decisions.step(Roadmap.KIND, id, "reopened", () -> roadmaps.startNewDraft(user, id, version),
                redirect);
    }
}
