package ru.edu.mentoring.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.web.Xlsx;

/**
 * The curator's bulk import of people, in steps: the upload page with its history (step 1), the sheet and the column
 * matching with its preview (step 2), the write with its progress (step 3), the report with the refused rows to
 * download; the templates and the error reports.
 */
@Controller
class ImportController {

    /** Errors shown on the page; the downloadable report has all of them. */
    static final int ERRORS_SHOWN = 200;

    private final Schools schools;
    private final PersonImport importer;
    private final ImportRunRepository runs;
    private final ImportUploads uploads;
    private final MessageSource messages;
    private final Clock clock;

    ImportController(Schools schools, PersonImport importer, ImportRunRepository runs, ImportUploads uploads,
            MessageSource messages, Clock clock) {
        this.schools = schools;
        this.importer = importer;
        this.runs = runs;
        this.uploads = uploads;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/schools/{schoolId}/import")
    @Transactional(readOnly = true)
    String page(@PathVariable long schoolId, @RequestParam(required = false) Long run, CurrentUser user,
            Model model) {
        SchoolSummary school = schools.editable(user, schoolId);
        ImportRun shown = run == null ? runs.findFirstBySchoolIdOrderByIdDesc(schoolId).orElse(null)
                : runs.findById(run).filter(r -> r.getSchoolId() == schoolId).orElseThrow(NotFoundException::new);
        model.addAttribute("school", school);
        model.addAttribute("columns", ImportColumn.TEMPLATE);
        model.addAttribute("required", ImportColumn.REQUIRED);
        model.addAttribute("maxMegabytes", importer.maxBytes() / 1048576.0);
        model.addAttribute("maxRows", importer.maxRows());
        model.addAttribute("run", shown);
        if (shown != null) {
            ImportRun.Report report = shown.report();
            model.addAttribute("notes", report.notes());
            model.addAttribute("warnings", report.warningsOrNone());
            model.addAttribute("errors", report.errors().subList(0, Math.min(ERRORS_SHOWN, report.errors().size())));
            model.addAttribute("errorsHidden", Math.max(0, report.errors().size() - ERRORS_SHOWN));
            model.addAttribute("runAt", local(shown));
            model.addAttribute("refusedUpload", uploads.ofRun(shown.getId()).filter(ImportUploads.Upload::hasRefused)
                    .map(ImportUploads.Upload::id).orElse(null));
        }
        model.addAttribute("categories", PersonKind.values());
        List<ImportRun> history = runs.findTop20BySchoolIdOrderByIdDesc(schoolId);
        model.addAttribute("history", history);
        model.addAttribute("historyAt", history.stream().map(this::local).toList());
        return "people/import";
    }

    private LocalDateTime local(ImportRun run) {
        return LocalDateTime.ofInstant(run.getStartedAt(), clock.getZone());
    }

    /**
     * Step 1: the file and the category its rows take when it gives none. A readable file is kept and the curator goes
     * on to the sheet (when it has several) and the column matching; an unreadable one is refused whole, as a run.
     */
    @PostMapping("/schools/{schoolId}/import")
    String upload(@PathVariable long schoolId, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String category, CurrentUser user, RedirectAttributes redirect)
            throws IOException {
        schools.editable(user, schoolId);
        if (!validKind(category)) {
            redirect.addFlashAttribute("flashError", "import.category.choice");
            return "redirect:/schools/" + schoolId + "/import";
        }
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()))) {
            redirect.addFlashAttribute("flashError", "import.file.none");
            return "redirect:/schools/" + schoolId + "/import";
        }
        PersonImport.Uploaded uploaded = importer.upload(schoolId, user, file.getOriginalFilename(), file.getBytes(),
                kind(category));
        if (uploaded.runId() != null) {
            return "redirect:/schools/" + schoolId + "/import?run=" + uploaded.runId();
        }
        return "redirect:/import/uploads/" + uploaded.uploadId();
    }

    /** The upload if it is of a school the user edits (else 404, or 403 for a read-only role). */
    private ImportUploads.Upload own(long uploadId, CurrentUser user) {
        ImportUploads.Upload upload = uploads.find(uploadId).orElseThrow(NotFoundException::new);
        schools.editable(user, upload.schoolId());
        return upload;
    }

    /** Step 2 (and the sheet before it): the column matching with the preview; later steps where the upload is. */
    @GetMapping("/import/uploads/{uploadId}")
    String step(@PathVariable long uploadId, CurrentUser user, Model model) {
        ImportUploads.Upload upload = own(uploadId, user);
        return step(upload, user, model);
    }

    private String step(ImportUploads.Upload upload, CurrentUser user, Model model) {
        if (upload.state() == ImportUploads.State.WRITING) {
            return "redirect:/import/uploads/" + upload.id() + "/progress";
        }
        if (upload.state() == ImportUploads.State.DONE) {
            return "redirect:/schools/" + upload.schoolId() + "/import?run=" + upload.runId();
        }
        SchoolSummary school = schools.editable(user, upload.schoolId());
        model.addAttribute("school", school);
        model.addAttribute("upload", upload);
        if (!upload.sheetChosen()) {
            model.addAttribute("sheets", importer.sheetNames(upload));
            return "people/import-sheet";
        }
        model.addAttribute("preview", importer.preview(upload, school.shortName()));
        model.addAttribute("targets", ImportMapping.targets().stream().map(t -> new Target(t, label(t))).toList());
        model.addAttribute("categories", PersonKind.values());
        return "people/import-mapping";
    }

    /** The sheet of a file with several. */
    @PostMapping("/import/uploads/{uploadId}/sheet")
    String sheet(@PathVariable long uploadId, @RequestParam(required = false) String sheet, CurrentUser user,
            RedirectAttributes redirect) {
        ImportUploads.Upload upload = own(uploadId, user);
        Integer chosen = number(sheet);
        if (chosen == null || chosen < 0 || chosen >= Math.max(1, upload.sheetCount())) {
            redirect.addFlashAttribute("flashError", "import.sheet.none");
        } else {
            uploads.choose(upload.id(), chosen, upload.category(), null, upload.allOrNothing());
        }
        return "redirect:/import/uploads/" + uploadId;
    }

    /** Step 2 again: the curator's choices (one per column of the file, and the category); the preview follows them. */
    @PostMapping("/import/uploads/{uploadId}")
    String choose(@PathVariable long uploadId, @RequestParam(required = false) String category,
            @RequestParam(required = false) String allOrNothing, CurrentUser user, HttpServletRequest request,
            RedirectAttributes redirect) {
        ImportUploads.Upload upload = own(uploadId, user);
        // the raw values (Spring's list conversion would split at commas and trim a NUL to a blank choice): one per
        // column of the file, each from the page's selects; anything else is refused whole and nothing is saved
        String[] raw = request.getParameterValues("column");
        List<String> choices = raw == null ? List.of() : List.of(raw);
        if (choices.size() > 1000 || !choices.stream().allMatch(c -> ImportMapping.targets().contains(c))
                || !validKind(category) || !validFlag(allOrNothing)
                || !importer.choose(upload, upload.sheet(), kind(category), choices, "true".equals(allOrNothing))) {
            redirect.addFlashAttribute("flashError", "import.mapping.invalid");
        }
        return "redirect:/import/uploads/" + uploadId;
    }

    /**
     * Step 3: the write, started in the background for the upload as the user saw it ({@code version}); the progress
     * page follows. A stale or unfinished matching answers 409 with the matching page and a message.
     */
    @PostMapping("/import/uploads/{uploadId}/confirm")
    String confirm(@PathVariable long uploadId, @RequestParam(required = false) String version,
            @RequestParam(required = false) String allOrNothing, CurrentUser user, Model model,
            HttpServletResponse response) {
        ImportUploads.Upload upload = own(uploadId, user);
        if (upload.state() != ImportUploads.State.MAPPING) {
            return step(upload, user, model);
        }
        SchoolSummary school = schools.editable(user, upload.schoolId());
        Integer seen = number(version);
        if (seen == null || !validFlag(allOrNothing) || !importer.start(upload, seen, "true".equals(allOrNothing), school.shortName(), user)) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stale", true);
            return step(uploads.find(uploadId).orElseThrow(NotFoundException::new), user, model);
        }
        return "redirect:/import/uploads/" + uploadId + "/progress";
    }

    /** The progress of the write: a bar the page's script moves by polling {@link #status}; the report at the end. */
    @GetMapping("/import/uploads/{uploadId}/progress")
    String progress(@PathVariable long uploadId, CurrentUser user, Model model) {
        ImportUploads.Upload upload = own(uploadId, user);
        if (upload.state() == ImportUploads.State.DONE) {
            return "redirect:/schools/" + upload.schoolId() + "/import?run=" + upload.runId();
        }
        if (upload.state() == ImportUploads.State.MAPPING) {
            return "redirect:/import/uploads/" + uploadId;
        }
        model.addAttribute("school", schools.editable(user, upload.schoolId()));
        model.addAttribute("upload", upload);
        model.addAttribute("percent", percent(upload));
        return "people/import-progress";
    }

    /** The write's state for the progress bar: {state, done, total, percent, next} (next: the page to go to). */
    @GetMapping("/import/uploads/{uploadId}/status")
    ResponseEntity<Map<String, Object>> status(@PathVariable long uploadId, CurrentUser user) {
        ImportUploads.Upload upload = own(uploadId, user);
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("state", upload.state().name());
        status.put("done", upload.done());
        status.put("total", upload.total());
        status.put("percent", percent(upload));
        status.put("run", upload.runId());
        status.put("next", switch (upload.state()) {
            case DONE -> "/schools/" + upload.schoolId() + "/import?run=" + upload.runId();
            case MAPPING -> "/import/uploads/" + uploadId;
            case WRITING -> null;
        });
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(status);
    }

    private static int percent(ImportUploads.Upload upload) {
        if (upload.state() == ImportUploads.State.DONE) {
            return 100;
        }
        return upload.total() <= 0 ? 0 : (int) Math.min(100, 100L * upload.done() / upload.total());
    }

    /** The refused rows of a run alone, in the file's columns plus «Ошибка»: fixed, they are loaded again. */
    @GetMapping("/import/uploads/{uploadId}/refused.xlsx")
    Object refused(@PathVariable long uploadId, CurrentUser user, RedirectAttributes redirect) {
        ImportUploads.Upload upload = own(uploadId, user);
        byte[] bytes = upload.hasRefused() ? uploads.refused(uploadId) : null;
        if (bytes == null) {
            redirect.addFlashAttribute("flashError", "import.refused.none");
            return "redirect:/schools/" + upload.schoolId() + "/import";
        }
        return download(bytes, "refused-rows-" + uploadId + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    /** A choice of the matching step's select: the value sent and its label. */
    record Target(String value, String label) {}

    private String label(String target) {
        if (target.equals(ImportMapping.SKIP)) {
            return message("import.target.skip");
        }
        if (target.equals(ImportMapping.CLASS_GRADE) || target.equals(ImportMapping.CLASS_LETTER)) {
            return message("import.target." + target);
        }
        return ImportColumn.valueOf(target).header;
    }

    private static PersonKind kind(String category) {
        if (category == null) {
            return null;
        }
        for (PersonKind kind : PersonKind.values()) {
            if (kind.name().equals(category)) {
                return kind;
            }
        }
        return null;
    }

    /** Blank (the file's own «Категория») or a category's code. */
    private static boolean validKind(String category) {
        return category == null || category.isEmpty() || kind(category) != null;
    }

    /** A checkbox: absent or «true». */
    private static boolean validFlag(String flag) {
        return flag == null || flag.equals("true");
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- templates

    @GetMapping("/schools/{schoolId}/import/template.xlsx")
    ResponseEntity<byte[]> templateXlsx(@PathVariable long schoolId, CurrentUser user) {
        schools.editable(user, schoolId);
        List<String> headers = ImportColumn.TEMPLATE.stream().map(c -> c.header).toList();
        List<List<Object>> rows = examples().stream().map(r -> {
            List<Object> cells = new ArrayList<>();
            for (Object v : r) {
                cells.add(v instanceof String s && s.isEmpty() ? null : v);
            }
            return cells;
        }).toList();
        byte[] bytes;
        try (Xlsx xlsx = new Xlsx()) {
            bytes = xlsx.sheet(message("import.template.sheet"), headers, rows).toBytes();
        }
        return download(bytes, "import-template.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @GetMapping("/schools/{schoolId}/import/template.csv")
    ResponseEntity<byte[]> templateCsv(@PathVariable long schoolId, CurrentUser user) {
        schools.editable(user, schoolId);
        StringBuilder csv = new StringBuilder();
        csv.append(csvLine(ImportColumn.TEMPLATE.stream().map(c -> c.header).toList()));
        for (List<Object> row : examples()) {
            csv.append(csvLine(row.stream().map(v -> v instanceof LocalDate d ? d.format(ImportFiles.DATE)
                    : String.valueOf(v)).toList()));
        }
        return download(withBom(csv.toString()), "import-template.csv", "text/csv; charset=UTF-8");
    }

    /** A student, a teacher who mentors, an employer's representative; in the order of {@link ImportColumn}. */
    static List<List<Object>> examples() {
        return List.of(
                List.of("обучающийся", "Петрова", "Анна", "Сергеевна", "У-1001", "7Б", LocalDate.of(2013, 3, 14),
                        "", "", "", "", "", "", "нет", "", "", "", ""),
                List.of("педагог", "Смирнов", "Игорь", "Олегович", "П-201", "", "", "учитель математики",
                        "математика, информатика", LocalDate.of(2008, 9, 1), "нет", "", "", "да",
                        "олимпиадная математика", 3, LocalDate.of(2025, 10, 15), "Наставничество в образовании"),
                List.of("внешний", "Козлова", "Елена", "Викторовна", "В-31", "", "", "", "", "", "", "работодатель",
                        "ООО «ТехноПарк»", "да", "профориентация, ИТ", 2, LocalDate.of(2025, 11, 20),
                        "Школа наставников"));
    }

    // ---- the report of a run

    @GetMapping("/schools/{schoolId}/import/report.csv")
    @Transactional(readOnly = true)
    Object report(@PathVariable long schoolId, @RequestParam(required = false) Long run, CurrentUser user,
            RedirectAttributes redirect) {
        schools.editable(user, schoolId);
        ImportRun shown = run == null ? runs.findFirstBySchoolIdOrderByIdDesc(schoolId).orElse(null)
                : runs.findById(run).filter(r -> r.getSchoolId() == schoolId).orElseThrow(NotFoundException::new);
        if (shown == null) {
            redirect.addFlashAttribute("flashError", "import.report.none");
            return "redirect:/schools/" + schoolId + "/import";
        }
        ImportRun.Report report = shown.report();
        StringBuilder csv = new StringBuilder();
        csv.append(csvLine(List.of(message("import.report.row"), message("import.report.column"),
                message("import.report.message"))));
        for (ImportRun.Line line : report.errors()) {
            csv.append(csvLine(List.of(line.row() == null ? "" : line.row().toString(),
                    line.column() == null ? "" : line.column(), line.message())));
        }
        for (ImportRun.Warning warning : report.warningsOrNone()) {
            csv.append(csvLine(List.of(warning.row() == null ? "" : warning.row().toString(), "",
                    warning.message())));
        }
        for (String note : report.notes()) {
            csv.append(csvLine(List.of("", "", note)));
        }
        return download(withBom(csv.toString()), "import-report-" + shown.getId() + ".csv",
                "text/csv; charset=UTF-8");
    }

    // ---- helpers

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** One CSV record with semicolons; text a spreadsheet would run as a formula is neutralised. */
    static String csvLine(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(';');
            }
            String v = Xlsx.neutraliseForCsv(cells.get(i) == null ? "" : cells.get(i));
            if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.contains(",")) {
                v = '"' + v.replace("\"", "\"\"") + '"';
            }
            line.append(v);
        }
        return line.append("\r\n").toString();
    }

    static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, String fileName, String type) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }

    /** A file above the upload limit never reaches the controller: back to the import page with a message. */
    @ControllerAdvice
    static class UploadLimit {

        private static final Pattern IMPORT_PATH = Pattern.compile("^/schools/(\\d+)/import(/.*)?$");

        @ExceptionHandler({MaxUploadSizeExceededException.class, MultipartException.class})
        String tooLarge(HttpServletRequest request, Exception e) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            Matcher m = IMPORT_PATH.matcher(path);
            RequestContextUtils.getOutputFlashMap(request).put("flashError",
                    e instanceof MaxUploadSizeExceededException ? "import.file.tooLargeUpload" : "import.file.unreadable");
            return m.matches() ? "redirect:/schools/" + m.group(1) + "/import" : "redirect:/";
        }
    }
}
