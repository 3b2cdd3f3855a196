package ru.edu.mentoring.pairing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.web.Xlsx;

/**
 * The import of past pairs (issue 17 point 7): the page with the upload and the templates, and the report of a load
 * (shown at once, row by row; nothing kept in the session). Only the school's curator.
 */
@Controller
class PastPairImportController {

    private final Schools schools;
    private final People people;
    private final PastPairImport importer;
    private final MessageSource messages;

    PastPairImportController(Schools schools, People people, PastPairImport importer, MessageSource messages) {
        this.schools = schools;
        this.people = people;
        this.importer = importer;
        this.messages = messages;
    }

    @GetMapping("/schools/{schoolId}/pairs/import")
    String page(@PathVariable long schoolId, CurrentUser user, Model model) {
        model.addAttribute("school", schools.editable(user, schoolId));
        model.addAttribute("columns", columns());
        return "pairing/past-import";
    }

    @PostMapping("/schools/{schoolId}/pairs/import")
    String upload(@PathVariable long schoolId, @RequestParam(required = false) MultipartFile file, CurrentUser user,
            Model model, Locale locale) throws IOException {
        SchoolSummary school = schools.editable(user, schoolId);
        model.addAttribute("school", school);
        model.addAttribute("columns", columns());
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", messages.getMessage("pairs.import.file.empty", null, locale));
            return "pairing/past-import";
        }
        try {
            model.addAttribute("report", importer.run(schoolId, school.kind(), file.getBytes(), locale));
        } catch (PastPairFile.Refused e) {
            model.addAttribute("fileError", messages.getMessage(e.key, e.args, e.key, locale));
        }
        return "pairing/past-import";
    }

    @GetMapping("/schools/{schoolId}/pairs/import/template.xlsx")
    ResponseEntity<byte[]> templateXlsx(@PathVariable long schoolId, CurrentUser user, Locale locale) {
        schools.editable(user, schoolId);
        byte[] bytes;
        try (Xlsx xlsx = new Xlsx()) {
            bytes = xlsx.sheet(messages.getMessage("pairs.import.template.sheet", null, locale), headers(),
                    examples()).toBytes();
        }
        return download(bytes, "past-pairs-template.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @GetMapping("/schools/{schoolId}/pairs/import/template.csv")
    ResponseEntity<byte[]> templateCsv(@PathVariable long schoolId, CurrentUser user) {
        schools.editable(user, schoolId);
        StringBuilder csv = new StringBuilder(csvLine(headers()));
        for (List<Object> row : examples()) {
            csv.append(csvLine(row.stream().map(v -> v == null ? "" : v instanceof LocalDate d
                    ? d.format(PastPairFile.DATE) : String.valueOf(v)).toList()));
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return download(bytes, "past-pairs-template.csv", "text/csv; charset=UTF-8");
    }

    private static List<String> headers() {
        return Arrays.stream(PastPairFile.Column.values()).map(c -> c.header).toList();
    }

    private static List<PastPairFile.Column> columns() {
        return Arrays.asList(PastPairFile.Column.values());
    }

    @org.springframework.web.bind.annotation.ModelAttribute("maxRows")
    int maxRows() {
        return PastPairFile.MAX_ROWS;
    }

    /** Two made-up rows, in the order of {@link PastPairFile.Column}: a completed peer pair and a terminated one. */
    private List<List<Object>> examples() {
        int year = AcademicYear.of(people.today()) - 2;
        return List.of(
                Arrays.asList(AcademicYear.label(year), "ученик – ученик", "Орлов Пётр Игоревич",
                        LocalDate.of(2009, 4, 12), "Синицына Мария Андреевна", null, LocalDate.of(year, 10, 1),
                        LocalDate.of(year + 1, 5, 25), "завершена", ""),
                Arrays.asList(AcademicYear.label(year), "учитель – ученик", "Смирнов Игорь Олегович", null,
                        "Кузнецов Артём Денисович", LocalDate.of(2012, 2, 3), LocalDate.of(year, 11, 15),
                        LocalDate.of(year + 1, 2, 20), "прекращена", "Переход в другую школу"));
    }

    /** One CSV record with semicolons; text a spreadsheet would run as a formula is neutralised. */
    private static String csvLine(List<String> cells) {
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

    private static ResponseEntity<byte[]> download(byte[] bytes, String fileName, String type) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(bytes);
    }
}
