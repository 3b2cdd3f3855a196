package ru.edu.mentoring.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.documents.DocumentViews.MatrixRow;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.StaleVersionException;
import ru.edu.mentoring.web.Xlsx;
import ru.edu.mentoring.shared.PlainText;
import ru.edu.mentoring.shared.StrictDates;

/**
 * A school's document register (the curator uploads, publishes and deletes; the department and methodologists read),
 * its news, downloads, and the completeness matrix of the municipality's schools with its XLSX export.
 */
@Controller
@RequestMapping("/documents")
class DocumentController {

    private final Documents documents;
    private final Schools schools;
    private final MessageSource messages;

    private final PairOrders orders;
    private final ru.edu.mentoring.audit.AuditLog audit;

    DocumentController(Documents documents, Schools schools, MessageSource messages, PairOrders orders,
            ru.edu.mentoring.audit.AuditLog audit) {
        this.orders = orders;
        this.audit = audit;
        this.documents = documents;
        this.schools = schools;
        this.messages = messages;
    }

    // --- the matrix --------------------------------------------------------------------------------------------

    @GetMapping
    String matrix(CurrentUser user, Model model) {
        model.addAttribute("rows", documents.matrixRows(user));
        model.addAttribute("kinds", DocumentKind.requiredKinds());
        return "documents/matrix";
    }

    @GetMapping("/matrix.xlsx")
    ResponseEntity<byte[]> matrixXlsx(CurrentUser user, Locale locale) {
        List<String> headers = new ArrayList<>();
        headers.add(msg("documents.matrix.school", locale));
        DocumentKind.requiredKinds().forEach(k -> headers.add(msg(k.messageKey(), locale)));
        headers.add(msg("documents.matrix.news", locale));
        headers.add(msg("documents.matrix.missing", locale));
        String yes = msg("documents.matrix.yes", locale);
        String no = msg("documents.matrix.no", locale);
        List<List<Object>> rows = new ArrayList<>();
        for (MatrixRow r : documents.matrixRows(user)) {
            List<Object> row = new ArrayList<>();
            row.add(r.schoolName());
            // coloured like the page's cells: present green (.stage-done), missing red (.stage-overdue)
            DocumentKind.requiredKinds().forEach(k -> row.add(mark(r.completeness().has(k), yes, no)));
            row.add(mark(r.completeness().news(), yes, no));
            row.add(r.completeness().missingCount());
            rows.add(row);
        }
        byte[] bytes;
        try (Xlsx xlsx = new Xlsx()) {
            bytes = xlsx.sheet(msg("documents.matrix.sheet", locale), headers, rows).toBytes();
        }
        return download(bytes, "documents-matrix.xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static Xlsx.Filled mark(boolean present, String yes, String no) {
        return present ? new Xlsx.Filled(yes, "#dff3e6") : new Xlsx.Filled(no, "#f8d7da");
    }

    // --- a school's register -----------------------------------------------------------------------------------

    @GetMapping("/school/{id}")
    String register(@PathVariable long id, CurrentUser user, Model model) {
        SchoolSummary school = schools.readable(user, id);
        model.addAttribute("school", school);
        model.addAttribute("documents", documents.register(id));
        model.addAttribute("news", documents.news(id));
        model.addAttribute("completeness", documents.completeness(id));
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("canEdit", user.editsSchoolData(id));
        model.addAttribute("today", documents.today());
        model.addAttribute("maxMb", UploadCheck.MAX_BYTES / (1024 * 1024));
        return "documents/register";
    }

    @PostMapping("/school/{id}")
    String upload(@PathVariable long id, @RequestParam(required = false) DocumentKind kind,
            @RequestParam(required = false) String title, @RequestParam(defaultValue = "false") boolean publish,
            @RequestParam(required = false) MultipartFile file, CurrentUser user, RedirectAttributes redirect)
            throws IOException {
        schools.editable(user, id);
        try {
            if (file == null) {
                throw new UploadRejected("document.upload.empty");
            }
            documents.upload(user, id, kind, title, file.getOriginalFilename(), file.getBytes(), publish);
            redirect.addFlashAttribute("flashSuccess", "document.uploaded.ok");
        } catch (UploadRejected e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/documents/school/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        SchoolDocument d = documents.forCurator(user, id);
        documents.delete(user, id, required(version));
        redirect.addFlashAttribute("flashSuccess", "document.deleted");
        return "redirect:/documents/school/" + d.getSchoolId();
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam(defaultValue = "false") boolean published, CurrentUser user, RedirectAttributes redirect) {
        SchoolDocument d = documents.forCurator(user, id);
        try {
            documents.publish(user, id, required(version), published);
            redirect.addFlashAttribute("flashSuccess", published ? "document.published" : "document.unpublished");
        } catch (UploadRejected e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/documents/school/" + d.getSchoolId();
    }

    @GetMapping("/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable long id, CurrentUser user) {
        SchoolDocument d = documents.readable(user, id);
        if (d.getKind() == DocumentKind.PAIRS_ORDER) {
            audit.recordRead("EXPORT", "PairOrder", id, d.getSchoolId(), orders.minorsNamedBy(id));
        }
        return download(documents.content(d), d.getFileName(), MediaType.parseMediaType(d.getFileType().contentType()));
    }

    /**
     * A generated order on fixing pairs as an editable DOCX, beside its PDF, for whoever may read the PDF; made from
     * today's data (never stored), so an anonymised person appears under the pseudonym. Any other document: 404.
     */
    @GetMapping("/{id}/docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, CurrentUser user) {
        SchoolDocument d = documents.readable(user, id);
        if (d.getKind() != DocumentKind.PAIRS_ORDER) {
            throw new ru.edu.mentoring.shared.NotFoundException();
        }
        byte[] bytes = orders.docx(id).orElseThrow(ru.edu.mentoring.shared.NotFoundException::new);
        audit.recordRead("EXPORT", "PairOrder", id, d.getSchoolId(), orders.minorsNamedBy(id));
        String name = d.getFileName().replaceFirst("(?i)\\.pdf$", "") + ".docx";
        return download(bytes, name, MediaType.parseMediaType(FileType.DOCX.contentType()));
    }

    // --- news --------------------------------------------------------------------------------------------------

    @PostMapping("/school/{id}/news")
    String addNews(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String date, @RequestParam(required = false) String body,
            CurrentUser user, RedirectAttributes redirect) {
        schools.editable(user, id);
        var problem = PlainText.Rules.problem(title, false).or(() -> PlainText.Rules.problem(body, true));
        LocalDate day = parseDate(date);
        if (title == null || title.isBlank() || body == null || body.isBlank() || date == null || date.isBlank()) {
            redirect.addFlashAttribute("flashError", "news.required");
        } else if (title.strip().length() > Documents.MAX_TITLE || body.strip().length() > Documents.MAX_NEWS_BODY) {
            redirect.addFlashAttribute("flashError", "news.tooLong");
        } else if (day == null) {
            redirect.addFlashAttribute("flashError", "typeMismatch.java.time.LocalDate");
        } else if (problem.isPresent()) {
            redirect.addFlashAttribute("flashError", problem.get());
        } else {
            documents.addNews(user, id, title, day, body);
            redirect.addFlashAttribute("flashSuccess", "news.added");
        }
        return "redirect:/documents/school/" + id + "#news";
    }

    @PostMapping("/news/{id}/delete")
    String deleteNews(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        long school = documents.deleteNews(user, id, version);
        redirect.addFlashAttribute("flashSuccess", "news.deleted");
        return "redirect:/documents/school/" + school + "#news";
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** A date from a form field, or null when it is not a real date (30 February, 99999-01-01, text). */
    private static LocalDate parseDate(String s) {
        try {
            return StrictDates.parse(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An attachment with the file name in RFC 5987 form, never sniffed by the browser. */
    static ResponseEntity<byte[]> download(byte[] bytes, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(bytes.length)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static long required(Long version) {
        if (version == null) {
            throw new StaleVersionException();
        }
        return version;
    }
}
