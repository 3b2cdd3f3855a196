package ru.edu.mentoring.roadmaps;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.context.Context;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.approval.ApprovalRuleException;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.Decisions;
import ru.edu.mentoring.roadmaps.RoadmapViews.MeasureView;
import ru.edu.mentoring.roadmaps.RoadmapViews.RevisionView;
import ru.edu.mentoring.roadmaps.RoadmapViews.RoadmapView;
import ru.edu.mentoring.roadmaps.RoadmapViews.SchoolRoadmapRow;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.PageLinks;
import ru.edu.mentoring.shared.Pdf;
import ru.edu.mentoring.shared.StaleVersionException;
import ru.edu.mentoring.shared.PlainText;

/**
 * School roadmaps: the list of schools with their roadmap's status, one roadmap with its measures and history, the
 * curator's edits and submission, the department's decision, and the approved revision for print and as PDF.
 */
@Controller
@RequestMapping("/roadmaps")
class RoadmapController {

    private final Roadmaps roadmaps;
    private final Schools schools;
    private final Pdf pdf;
    private final int pageSize;

    RoadmapController(Roadmaps roadmaps, Schools schools, Pdf pdf, @Value("${app.page-size:20}") int pageSize) {
        this.roadmaps = roadmaps;
        this.schools = schools;
        this.pdf = pdf;
        this.pageSize = pageSize;
    }

    @InitBinder("measureForm")
    void measureFields(WebDataBinder binder) {
        binder.setAllowedFields("number", "title", "deadlineText", "dueOn", "responsible", "result", "version");
    }

    @InitBinder("doneForm")
    void doneFields(WebDataBinder binder) {
        binder.setAllowedFields("doneOn", "evidence", "version");
    }

    // --- the list ----------------------------------------------------------------------------------------------

    @GetMapping
    String list(@RequestParam(defaultValue = "false") boolean waiting, @RequestParam(required = false) Integer page,
            CurrentUser user, Model model) {
        List<SchoolRoadmapRow> rows = roadmaps.schoolRows(user, waiting);
        Pageable pageable = PageLinks.request(page, pageSize, Sort.unsorted());
        int from = (int) Math.min(pageable.getOffset(), rows.size());
        int to = Math.min(from + pageable.getPageSize(), rows.size());
        Page<SchoolRoadmapRow> result = new PageImpl<>(rows.subList(from, to), pageable, rows.size());
        model.addAttribute("page", result);
        model.addAttribute("pages", PageLinks.window(result));
        model.addAttribute("waiting", waiting);
        return "roadmaps/list";
    }

    // --- a school's roadmap ------------------------------------------------------------------------------------

    @GetMapping("/school/{id}")
    String ofSchool(@PathVariable long id, CurrentUser user, Model model) {
        SchoolSummary school = schools.find(user, id).orElseThrow(NotFoundException::new);
        var existing = roadmaps.roadmapOfSchool(id);
        if (existing.isPresent()) {
            return "redirect:/roadmaps/" + existing.get();
        }
        model.addAttribute("school", school);
        model.addAttribute("canCreate", Roadmaps.isCuratorOf(user, id));
        return "roadmaps/none";
    }

    @PostMapping("/school/{id}")
    String create(@PathVariable long id, @RequestParam(defaultValue = "empty") String mode, CurrentUser user,
            RedirectAttributes redirect) {
        long roadmapId = roadmaps.create(user, id, "municipal".equals(mode));
        redirect.addFlashAttribute("flashSuccess", "roadmap.created");
        return "redirect:/roadmaps/" + roadmapId;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        return page(roadmaps.view(user, id), user, model);
    }

    private String page(RoadmapView view, CurrentUser user, Model model) {
        model.addAttribute("roadmap", view);
        boolean curator = Roadmaps.isCuratorOf(user, view.schoolId());
        model.addAttribute("isCurator", curator);
        model.addAttribute("canEdit", curator && view.status().editable());
        model.addAttribute("canMarkProgress", curator && view.status() != ApprovalStatus.SUBMITTED);
        model.addAttribute("canSubmit", curator && view.status().editable() && !view.measures().isEmpty());
        model.addAttribute("canReopen", curator && view.status() == ApprovalStatus.APPROVED);
        model.addAttribute("canDecide", Roadmaps.decidesFor(user, view.municipalityId())
                && view.status() == ApprovalStatus.SUBMITTED);
        return "roadmaps/show";
    }

    // --- the workflow ------------------------------------------------------------------------------------------

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        roadmaps.forCurator(user, id);
        try {
            roadmaps.submit(user, id, required(version));
            redirect.addFlashAttribute("flashSuccess", "roadmap.submitted");
        } catch (ApprovalRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/roadmaps/" + id;
    }

    /** The department's decision (approval/decision.html): approve, or return with a comment. */
    @PostMapping({"/{id}/approve", "/{id}/return"})
    String decide(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String comment, CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        roadmaps.forDepartment(user, id);
        return Decisions.decide(Roadmap.KIND, id, comment, request, approve -> {
            if (approve) {
                roadmaps.approve(user, id, required(version), comment);
            } else {
                roadmaps.returnForRework(user, id, required(version), comment);
            }
        }, () -> page(roadmaps.view(user, id), user, model), model, redirect, response);
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        roadmaps.forCurator(user, id);
        try {
            roadmaps.startNewDraft(user, id, required(version));
            redirect.addFlashAttribute("flashSuccess", "roadmap.reopened");
        } catch (ApprovalRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/roadmaps/" + id;
    }

    // --- measures ----------------------------------------------------------------------------------------------

    @GetMapping("/{id}/measures/new")
    String newMeasure(@PathVariable long id, CurrentUser user, Model model, RedirectAttributes redirect) {
        Roadmap r = roadmaps.forCurator(user, id);
        RoadmapView view = roadmaps.view(user, id);
        if (!view.status().editable()) {
            redirect.addFlashAttribute("flashError", "roadmap.notEditable");
            return "redirect:/roadmaps/" + r.getId();
        }
        MeasureForm form = new MeasureForm();
        form.setVersion(view.version());
        form.setNumber(String.valueOf(view.measures().size() + 1));
        model.addAttribute("measureForm", form);
        return measureForm(model, view, null);
    }

    @PostMapping("/{id}/measures")
    String addMeasure(@PathVariable long id, @Valid @ModelAttribute("measureForm") MeasureForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        roadmaps.forCurator(user, id);
        if (errors.hasErrors()) {
            return measureForm(model, roadmaps.view(user, id), null);
        }
        try {
            roadmaps.addMeasure(user, id, required(form.getVersion()), form.data());
        } catch (StaleVersionException e) {
            return conflict(model, response, roadmaps.view(user, id), null);
        } catch (ApprovalRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/roadmaps/" + id;
        }
        redirect.addFlashAttribute("flashSuccess", "measure.added");
        return "redirect:/roadmaps/" + id;
    }

    @GetMapping("/measures/{id}/edit")
    String editMeasure(@PathVariable long id, CurrentUser user, Model model, RedirectAttributes redirect) {
        RoadmapView view = roadmaps.viewByMeasureForCurator(user, id);
        if (!view.status().editable()) {
            redirect.addFlashAttribute("flashError", "roadmap.notEditable");
            return "redirect:/roadmaps/" + view.id();
        }
        MeasureView m = measure(view, id);
        model.addAttribute("measureForm", MeasureForm.of(new MeasureData(m.number(), m.title(), m.deadlineText(),
                m.dueOn(), m.responsible(), m.result()), view.version()));
        return measureForm(model, view, m);
    }

    @PostMapping("/measures/{id}")
    String updateMeasure(@PathVariable long id, @Valid @ModelAttribute("measureForm") MeasureForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        RoadmapView view = roadmaps.viewByMeasureForCurator(user, id);
        MeasureView m = measure(view, id);
        if (errors.hasErrors()) {
            return measureForm(model, view, m);
        }
        try {
            roadmaps.updateMeasure(user, id, required(form.getVersion()), form.data());
        } catch (StaleVersionException e) {
            return conflict(model, response, view, m);
        } catch (ApprovalRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/roadmaps/" + view.id();
        }
        redirect.addFlashAttribute("flashSuccess", "saved");
        return "redirect:/roadmaps/" + view.id();
    }

    @PostMapping("/measures/{id}/delete")
    String deleteMeasure(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        RoadmapView view = roadmaps.viewByMeasureForCurator(user, id);
        try {
            roadmaps.removeMeasure(user, id, required(version));
            redirect.addFlashAttribute("flashSuccess", "measure.deleted");
        } catch (ApprovalRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/roadmaps/" + view.id();
    }

    @GetMapping("/measures/{id}/done")
    String doneForm(@PathVariable long id, CurrentUser user, Model model, RedirectAttributes redirect) {
        RoadmapView view = roadmaps.viewByMeasureForCurator(user, id);
        if (view.status() == ApprovalStatus.SUBMITTED) {
            redirect.addFlashAttribute("flashError", "roadmap.progress.notAllowed");
            return "redirect:/roadmaps/" + view.id();
        }
        MeasureView m = measure(view, id);
        DoneForm form = new DoneForm();
        form.setVersion(view.version());
        form.setDoneOn(m.doneOn());
        form.setEvidence(m.evidence());
        model.addAttribute("doneForm", form);
        model.addAttribute("roadmap", view);
        model.addAttribute("measure", m);
        return "roadmaps/done-form";
    }

    @PostMapping("/measures/{id}/done")
    String markDone(@PathVariable long id, @Valid @ModelAttribute("doneForm") DoneForm form, BindingResult errors,
            CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        RoadmapView view = roadmaps.viewByMeasureForCurator(user, id);
        MeasureView m = measure(view, id);
        model.addAttribute("roadmap", view);
        model.addAttribute("measure", m);
        if (errors.hasErrors()) {
            return "roadmaps/done-form";
        }
        try {
            roadmaps.markDone(user, id, required(form.getVersion()), form.getDoneOn(), form.getEvidence());
        } catch (StaleVersionException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
            return "roadmaps/done-form";
        } catch (ApprovalRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/roadmaps/" + view.id();
        }
        redirect.addFlashAttribute("flashSuccess", "measure.doneSaved");
        return "redirect:/roadmaps/" + view.id();
    }

    @PostMapping("/measures/{id}/undone")
    String markUndone(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        RoadmapView view = roadmaps.viewByMeasureForCurator(user, id);
        try {
            roadmaps.markUndone(user, id, required(version));
            redirect.addFlashAttribute("flashSuccess", "measure.undoneSaved");
        } catch (ApprovalRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/roadmaps/" + view.id();
    }

    // --- the approved revision ---------------------------------------------------------------------------------

    @GetMapping("/{id}/approved")
    String approved(@PathVariable long id, CurrentUser user, Model model) {
        var revision = roadmaps.lastRevision(user, id);
        if (revision.isEmpty()) {
            model.addAttribute("roadmap", roadmaps.view(user, id));
            return "roadmaps/approved-none";
        }
        model.addAttribute("revision", revision.get());
        return "roadmaps/approved";
    }

    @GetMapping("/{id}/approved.pdf")
    ResponseEntity<byte[]> approvedPdf(@PathVariable long id, CurrentUser user,
            java.util.Locale locale) {
        RevisionView revision = roadmaps.lastRevision(user, id).orElse(null);
        if (revision == null) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/roadmaps/" + id + "/approved"))
                    .build();
        }
        Context context = new Context(locale);
        context.setVariable("revision", revision);
        byte[] bytes = pdf.render("roadmaps/approved-pdf", context);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("roadmap-" + id + "-v" + revision.number() + ".pdf").build().toString())
                .body(bytes);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private String measureForm(Model model, RoadmapView view, MeasureView measure) {
        model.addAttribute("roadmap", view);
        model.addAttribute("measure", measure);
        return "roadmaps/measure-form";
    }

    private String conflict(Model model, HttpServletResponse response, RoadmapView view, MeasureView measure) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("conflict", true);
        return measureForm(model, view, measure);
    }

    private static MeasureView measure(RoadmapView view, long measureId) {
        return view.measures().stream().filter(m -> m.id() == measureId).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** A missing version is treated as a stale one: the form was not the one the server gave. */
    private static long required(Long version) {
        if (version == null) {
            throw new StaleVersionException();
        }
        return version;
    }
}
