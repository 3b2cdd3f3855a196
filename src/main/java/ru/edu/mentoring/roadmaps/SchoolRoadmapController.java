package ru.edu.mentoring.roadmaps;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.context.Context;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.roadmaps.RoadmapViews.RevisionView;
import ru.edu.mentoring.roadmaps.RoadmapViews.SchoolRoadmapRow;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.web.PageLinks;
import ru.edu.mentoring.web.Pdf;

/**
 * School roadmaps to read: the list of schools with their roadmap's status, a school's roadmap (created by its
 * curator when missing) with its measures and history, and the approved revision for print and as PDF.
 */
@Controller
@RequestMapping("/roadmaps")
class SchoolRoadmapController {

    private final Roadmaps roadmaps;
    private final Schools schools;
    private final Pdf pdf;
    private final int pageSize;

    SchoolRoadmapController(Roadmaps roadmaps, Schools schools, Pdf pdf,
            @Value("${app.page-size:20}") int pageSize) {
        this.roadmaps = roadmaps;
        this.schools = schools;
        this.pdf = pdf;
        this.pageSize = pageSize;
    }

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
        return RoadmapPage.show(roadmaps.view(user, id), user, model);
    }

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
    ResponseEntity<byte[]> approvedPdf(@PathVariable long id, CurrentUser user, Locale locale) {
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
}
