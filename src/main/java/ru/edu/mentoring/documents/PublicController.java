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
    private final java.time.Clock clock;
    /** The approved programmes of mentoring (module programmes, above this one). */
    private final org.springframework.beans.factory.ObjectProvider<PublicProgrammes> programmes;
    private final org.springframework.beans.factory.ObjectProvider<PublicSections> sections;

    PublicController(Documents documents, Schools schools, Roadmaps roadmaps, java.time.Clock clock,
            org.springframework.beans.factory.ObjectProvider<PublicProgrammes> programmes,
            org.springframework.beans.factory.ObjectProvider<PublicSections> sections) {
        this.programmes = programmes;
        this.documents = documents;
        this.schools = schools;
        this.roadmaps = roadmaps;
        this.clock = clock;
        this.sections = sections;
    }

    /**
     * What the public page says of the approved roadmap: a measure is overdue (red) only when its deadline falls in the
     * current academic year; a measure of an earlier year that was not done is «не выполнено» in a neutral colour, and
     * a roadmap whose every dated measure lies before this academic year is shown as finished.
     */
    record PublicRoadmap(Roadmaps.ApprovedProgress progress, java.time.LocalDate yearStart, long done,
            long overdueNow, long missedBefore, boolean finished) {

        /** «2026/27»: the academic year running today. */
        public String yearLabel() {
            return ru.edu.mentoring.shared.AcademicYear.label(yearStart.getYear());
        }

        public boolean past(Roadmaps.ProgressLine l) {
            return l.dueOn() != null && l.dueOn().isBefore(yearStart);
        }

        /** The line's state as the public page shows it: DONE, PLANNED, OVERDUE (this year) or MISSED (earlier). */
        public String shown(Roadmaps.ProgressLine l) {
            if (l.state() == ru.edu.mentoring.roadmaps.MeasureState.OVERDUE && past(l)) {
                return "MISSED";
            }
            return l.state().name();
        }

        static PublicRoadmap of(Roadmaps.ApprovedProgress p, java.time.LocalDate today) {
            java.time.LocalDate start = java.time.LocalDate.of(ru.edu.mentoring.shared.AcademicYear.of(today), 9, 1);
            long done = p.count(ru.edu.mentoring.roadmaps.MeasureState.DONE);
            long now = p.lines().stream().filter(l -> l.state() == ru.edu.mentoring.roadmaps.MeasureState.OVERDUE
                    && !(l.dueOn() != null && l.dueOn().isBefore(start))).count();
            long before = p.count(ru.edu.mentoring.roadmaps.MeasureState.OVERDUE) - now;
            boolean anyDated = p.lines().stream().anyMatch(l -> l.dueOn() != null);
            boolean finished = anyDated && p.lines().stream()
                    .allMatch(l -> l.dueOn() == null || l.dueOn().isBefore(start));
            return new PublicRoadmap(p, start, done, now, before, finished);
        }
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
        model.addAttribute("programmes", programmes.orderedStream().flatMap(p -> p.approvedOf(id).stream())
                .toList());
        var progress = roadmaps.approvedProgress(id).orElse(null);
        model.addAttribute("progress", progress);
        model.addAttribute("roadmap", progress == null ? null
                : PublicRoadmap.of(progress, java.time.LocalDate.now(clock)));
        model.addAttribute("sections", sections.orderedStream().flatMap(p -> p.ofSchool(id).stream()).toList());
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
        model.addAttribute("sections", sections.orderedStream().flatMap(p -> p.ofMunicipality(id).stream()).toList());
        return "documents/public-municipality";
    }
}
