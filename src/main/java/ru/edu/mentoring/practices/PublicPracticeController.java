package ru.edu.mentoring.practices;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import ru.edu.mentoring.practices.PracticeViews.CatalogueItem;
import ru.edu.mentoring.shared.PlainText;
import ru.edu.mentoring.web.PageLinks;

/**
 * The public catalogue of the bank (no login): published practices with search (title and description) and filters
 * (form, school, year, level), paged; each published practice's own page with its materials and the events it was
 * presented at. A practice in any other state answers 404. The passport names no child: the curator confirms it with
 * the consent to publish.
 */
@Controller
class PublicPracticeController {

    static final int PAGE_SIZE = 10;

    private final Practices practices;
    private final java.time.Clock clock;

    PublicPracticeController(Practices practices, java.time.Clock clock) {
        this.practices = practices;
        this.clock = clock;
    }

    @GetMapping("/practices")
    String catalogue(@RequestParam(required = false) String q, @RequestParam(required = false) String form,
            @RequestParam(required = false) String school, @RequestParam(required = false) String year,
            @RequestParam(required = false) String level, @RequestParam(required = false) Integer page,
            Model model) {
        String query = q == null ? null : q.strip();
        if (query != null && (query.length() > 200 || PlainText.Rules.problem(query, false).isPresent())) {
            model.addAttribute("queryError", "practices.search.invalid");
            query = null;
        }
        Practices.Filter filter = new Practices.Filter(query, number(form), number(school), year(year),
                level(level));
        Page<CatalogueItem> result = practices.catalogue(filter, PageLinks.request(page, PAGE_SIZE,
                Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"))));
        model.addAttribute("filter", filter);
        model.addAttribute("items", result);
        model.addAttribute("pages", PageLinks.window(result));
        model.addAttribute("forms", practices.formNames());
        model.addAttribute("schools", practices.schoolsWithPublished());
        model.addAttribute("levels", PracticeLevel.values());
        model.addAttribute("years", years(java.time.LocalDate.now(clock).getYear()));
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/practices");
        if (query != null && !query.isEmpty()) {
            url.queryParam("q", query);
        }
        if (filter.form() != null) {
            url.queryParam("form", filter.form());
        }
        if (filter.school() != null) {
            url.queryParam("school", filter.school());
        }
        if (filter.year() != null) {
            url.queryParam("year", filter.year());
        }
        if (filter.level() != null) {
            url.queryParam("level", filter.level().name());
        }
        String base = url.encode().build().toUriString();
        model.addAttribute("pageUrl", base + (base.contains("?") ? "&" : "?"));
        return "practices/catalogue";
    }

    @GetMapping("/practices/{id}")
    String practice(@PathVariable long id, Model model) {
        model.addAttribute("practice", practices.publicView(id));
        return "practices/public";
    }

    @GetMapping("/practices/files/{id}")
    ResponseEntity<byte[]> file(@PathVariable long id) {
        return send(practices.publicFile(id));
    }

    static ResponseEntity<byte[]> send(Practices.Download d) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(d.bytes());
    }

    private static Long number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer year(String s) {
        Long n = number(s);
        return n == null || n < 2000 || n > 2100 ? null : n.intValue();
    }

    private static PracticeLevel level(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        for (PracticeLevel l : PracticeLevel.values()) {
            if (l.name().equals(s.strip())) {
                return l;
            }
        }
        return null;
    }

    /** The years the filter offers: from 2019 to next year. */
    static List<Integer> years(int current) {
        return java.util.stream.IntStream.rangeClosed(2019, current + 1).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList();
    }
}
