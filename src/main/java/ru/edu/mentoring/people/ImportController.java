package ru.edu.mentoring.people;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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

/** The curator's bulk import of people: the upload page with its history, the templates and the error reports. */
@Controller
class ImportController {

    /** Errors shown on the page; the downloadable report has all of them. */
    static final int ERRORS_SHOWN = 200;

    private final Schools schools;
    private final PersonImport importer;
    private final ImportRunRepository runs;
    private final MessageSource messages;
    private final Clock clock;

    ImportController(Schools schools, PersonImport importer, ImportRunRepository runs, MessageSource messages,
            Clock clock) {
        this.schools = schools;
        this.importer = importer;
        this.runs = runs;
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
        }
        List<ImportRun> history = runs.findTop20BySchoolIdOrderByIdDesc(schoolId);
        model.addAttribute("history", history);
        model.addAttribute("historyAt", history.stream().map(this::local).toList());
        return "people/import";
    }

    private LocalDateTime local(ImportRun run) {
        return LocalDateTime.ofInstant(run.getStartedAt(), clock.getZone());
    }

    @PostMapping("/schools/{schoolId}/import")
    String upload(@PathVariable long schoolId, @RequestParam(required = false) MultipartFile file, CurrentUser user,
            RedirectAttributes redirect) throws IOException {
        SchoolSummary school = schools.editable(user, schoolId);
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()))) {
            redirect.addFlashAttribute("flashError", "import.file.none");
            return "redirect:/schools/" + schoolId + "/import";
        }
        long id = importer.run(schoolId, school.shortName(), user, file.getOriginalFilename(), file.getBytes());
        return "redirect:/schools/" + schoolId + "/import?run=" + id;
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
