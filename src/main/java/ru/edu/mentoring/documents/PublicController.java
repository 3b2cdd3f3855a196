package ru.edu.mentoring.documents;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import ru.edu.mentoring.documents.DocumentViews.DocumentView;
import ru.edu.mentoring.roadmaps.Roadmaps;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;

/**
 * The public «Наставничество» pages, without login: one per school (its published documents, programmes, news and
 * the progress of its approved roadmap) and one per municipality (normative acts and every school). No person's name
 * is shown.
 */
@Controller
@RequestMapping("/public")
class PublicController {

    private final Documents documents;
    private final Schools schools;
    private final Roadmaps roadmaps;

    PublicController(Documents documents, Schools schools, Roadmaps roadmaps) {
        this.documents = documents;
        this.schools = schools;
        this.roadmaps = roadmaps;
    }

    @GetMapping("/schools/{id}")
    String school(@PathVariable long id, Model model) {
        SchoolSummary school = schools.summariesOf(List.of(id)).stream().findFirst()
                .orElseThrow(NotFoundException::new);
        List<DocumentView> published = documents.publishedDocuments(id);
        model.addAttribute("school", school);
        model.addAttribute("normative", published.stream()
                .filter(d -> d.kind().section() == DocumentKind.Section.NORMATIVE).toList());
        model.addAttribute("practice", published.stream()
                .filter(d -> d.kind().section() == DocumentKind.Section.PRACTICE).toList());
        model.addAttribute("news", documents.news(id));
        model.addAttribute("progress", roadmaps.approvedProgress(id).orElse(null));
        return "documents/public-school";
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        SchoolDocument d = documents.published(id);
        return DocumentController.download(documents.content(d), d.getFileName(),
                MediaType.parseMediaType(d.getFileType().contentType()));
    }

    @GetMapping("/municipalities/{id}")
    String municipality(@PathVariable long id, Model model) {
        String name = schools.municipalityName(id);
        if (name.isEmpty()) {
            throw new NotFoundException();
        }
        model.addAttribute("municipalityName", name);
        model.addAttribute("acts", documents.acts(id));
        model.addAttribute("schools", schools.ofMunicipality(id));
        return "documents/public-municipality";
    }
}
