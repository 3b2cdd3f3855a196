package ru.edu.mentoring.reports;

import static ru.edu.mentoring.approval.Decisions.required;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.Decisions;
import ru.edu.mentoring.reports.ReportViews.ReportView;
import ru.edu.mentoring.reports.ReportViews.Summary;
import ru.edu.mentoring.reports.ReportViews.SummaryRow;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.web.Pdf;
import ru.edu.mentoring.web.StaleVersionForm;
import ru.edu.mentoring.web.StaleVersionPage;
import ru.edu.mentoring.web.Xlsx;
import ru.edu.mentoring.shared.PlainText;

/**
 * Annual school reports: the list of schools with their report of a year, one report with its figures, texts and
 * history, the curator's texts and submission, the department's decision, the municipal summary, XLSX and PDF.
 */
@Controller
@RequestMapping("/reports")
class ReportController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Reports reports;
    private final Pdf pdf;
    private final MessageSource messages;
    private final java.time.Clock clock;

    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    ReportController(Reports reports, Pdf pdf, MessageSource messages, java.time.Clock clock) {
        this.reports = reports;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder("reportForm")
    void allowed(WebDataBinder binder) {
        binder.setAllowedFields("results", "practices", "difficulties", "version");
    }

    private int year(Integer year) {
        return year == null || year < 2019 || year > 2100 ? reports.currentYear() : year;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, CurrentUser user, Model model) {
        int y = year(year);
        model.addAttribute("year", y);
        model.addAttribute("yearLabel", AcademicYear.label(y));
        model.addAttribute("previousLabel", AcademicYear.label(y - 1));
        model.addAttribute("nextLabel", AcademicYear.label(y + 1));
        model.addAttribute("rows", reports.rows(user, y));
        model.addAttribute("canSummary", user.seesWholeMunicipality());
        return "reports/list";
    }

    @PostMapping("/school/{id}")
    String create(@PathVariable long id, @RequestParam(required = false) Integer year, CurrentUser user,
            RedirectAttributes redirect) {
        long reportId = reports.create(user, id, year(year));
        redirect.addFlashAttribute("flashSuccess", "report.created");
        return "redirect:/reports/" + reportId;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        ReportView view = reports.view(user, id);
        if (!model.containsAttribute("reportForm")) {
            ReportForm form = new ReportForm();
            form.setResults(view.results());
            form.setPractices(view.practices());
            form.setDifficulties(view.difficulties());
            form.setVersion(view.version());
            model.addAttribute("reportForm", form);
        }
        return page(view, user, model);
    }

    private String page(ReportView view, CurrentUser user, Model model) {
        model.addAttribute("report", view);
        boolean curator = Reports.isCuratorOf(user, view.schoolId());
        model.addAttribute("canEdit", curator && view.status().editable());
        model.addAttribute("canDecide", Reports.decidesFor(user, view.municipalityId())
                && view.status() == ApprovalStatus.SUBMITTED);
        return "reports/show";
    }

    @PostMapping("/{id}")
    @StaleVersionForm("reports/show")
    String save(@PathVariable long id, @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult errors,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        reports.forCurator(user, id);
        if (errors.hasErrors()) {
            return page(reports.view(user, id), user, model);
        }
        // the report's page computes its figures: built only if the save is refused as stale
        StaleVersionPage.onConflict(model, () -> page(reports.view(user, id), user, model));
        return Decisions.step(SchoolReport.KIND, id, "saved", () -> reports.editTexts(user, id,
                required(form.getVersion()), form.getResults(), form.getPractices(), form.getDifficulties()), redirect);
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        reports.forCurator(user, id);
        return Decisions.step(SchoolReport.KIND, id, "submitted", () -> reports.submit(user, id, required(version)),
                () -> show(id, user, model), model, redirect, response);
    }

    /** The department's decision (approval/decision.html): approve, or return with a comment. */
    @PostMapping({"/{id}/approve", "/{id}/return"})
    String decide(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String comment, CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        reports.forDepartment(user, id);
        return Decisions.decide(SchoolReport.KIND, id, comment, request,
                () -> reports.approve(user, id, required(version), comment),
                () -> reports.returnForRework(user, id, required(version), comment),
                () -> show(id, user, model), model, redirect, response);
    }

    // --- downloads -----------------------------------------------------------------------------------------------

    @GetMapping("/{id}/report.xlsx")
    ResponseEntity<byte[]> reportXlsx(@PathVariable long id, CurrentUser user, Locale locale) {
        ReportView r = reports.view(user, id);
        ReportFigures f = r.figures();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(msg("report.fig.students", locale), value(f.students())));
        rows.add(List.of(msg("report.fig.involved", locale), f.involved()));
        rows.add(List.of(msg("report.fig.coverage", locale), percent(f.percent())));
        rows.add(List.of(msg("report.fig.target", locale), percent(f.target())));
        rows.add(List.of(msg("report.fig.pairs", locale), f.pairs()));
        f.pairsByForm().forEach((k, v) -> rows.add(List.of(msg("report.fig.pairsInForm", locale, k), v)));
        f.pairsByStatus().forEach((k, v) -> rows.add(List.of(msg("report.fig.pairsInStatus", locale,
                msg("pair.status." + k, locale)), v)));
        rows.add(List.of(msg("report.fig.mentors", locale), f.mentors()));
        rows.add(List.of(msg("report.fig.trained", locale), f.trainedMentors()));
        rows.add(List.of(msg("report.fig.mentees", locale), f.mentees()));
        for (ReportFigures.Quality q : f.quality()) {
            rows.add(List.of(msg(q.headerKey(), locale), q.missingKey() != null ? msg(q.missingKey(), locale)
                    : q.text()));
        }
        rows.add(List.of(msg("report.fig.stagesDone", locale), f.stagesDone()));
        rows.add(List.of(msg("report.fig.stagesOverdue", locale), f.stagesOverdue()));
        rows.add(List.of(msg("report.fig.measuresDone", locale), f.measuresDone()));
        rows.add(List.of(msg("report.fig.measuresOverdue", locale), f.measuresOverdue()));
        List<List<Object>> texts = new ArrayList<>();
        texts.add(textRow(msg("report.section.results", locale), r.results()));
        texts.add(textRow(msg("report.section.practices", locale), r.practices()));
        texts.add(textRow(msg("report.section.difficulties", locale), r.difficulties()));
        byte[] bytes;
        try (Xlsx x = new Xlsx()) {
            bytes = x.sheet(msg("report.sheet.figures", locale), List.of(msg("report.col.figure", locale),
                            msg("report.col.value", locale)), rows)
                    .sheet(msg("report.sheet.texts", locale), List.of(msg("report.col.section", locale),
                            msg("report.col.text", locale)), texts)
                    .toBytes();
        }
        return download(bytes, XLSX, "school-report-" + id + "-" + r.academicYear() + ".xlsx");
    }

    @GetMapping("/{id}/report.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable long id, CurrentUser user, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("report", reports.view(user, id));
        return download(pdf.render("reports/report-pdf", context), MediaType.APPLICATION_PDF,
                "school-report-" + id + ".pdf");
    }

    @GetMapping("/summary")
    String summary(@RequestParam(required = false) Integer year, CurrentUser user, Model model) {
        int y = year(year);
        model.addAttribute("summary", reports.summary(user, y));
        model.addAttribute("previousLabel", AcademicYear.label(y - 1));
        model.addAttribute("nextLabel", AcademicYear.label(y + 1));
        return "reports/summary";
    }

    @GetMapping("/summary.xlsx")
    ResponseEntity<byte[]> summaryXlsx(@RequestParam(required = false) Integer year, CurrentUser user,
            Locale locale) {
        Summary s = reports.summary(user, year(year));
        List<String> headers = List.of(msg("report.col.school", locale), msg("report.col.status", locale),
                msg("report.fig.students", locale), msg("report.fig.involved", locale),
                msg("report.fig.coverage", locale), msg("report.fig.target", locale), msg("report.fig.pairs", locale),
                msg("report.fig.mentors", locale), msg("report.fig.trained", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (SummaryRow r : s.rows()) {
            List<Object> row = new ArrayList<>();
            row.add(r.schoolName());
            row.add(r.status() == null ? msg("report.none", locale) : msg(r.status().messageKey("report"), locale));
            ReportFigures f = r.figures();
            if (f != null) {
                row.add(value(f.students()));
                row.add(f.involved());
                row.add(percent(f.percent()));
                row.add(percent(f.target()));
                row.add(f.pairs());
                row.add(f.mentors());
                row.add(f.trainedMentors());
            }
            rows.add(row);
        }
        List<Object> total = new ArrayList<>();
        total.add(msg("report.total", locale));
        total.add("");
        total.add(s.students());
        total.add(s.involved());
        total.add(percent(s.percent()));
        total.add(percent(s.target()));
        rows.add(total);
        byte[] bytes;
        try (Xlsx x = new Xlsx()) {
            String title = msg("report.summary.xlsx.title", locale, s.municipalityName(), s.yearLabel(),
                    DATE.format(LocalDate.now(clock)));
            bytes = x.sheet(msg("report.summary.sheet", locale, s.yearLabel()), title, headers, rows, 1).toBytes();
        }
        return download(bytes, XLSX, "reports-summary-" + s.academicYear() + ".xlsx");
    }

    @GetMapping("/summary.pdf")
    ResponseEntity<byte[]> summaryPdf(@RequestParam(required = false) Integer year, CurrentUser user,
            Locale locale) {
        Summary s = reports.summary(user, year(year));
        Context context = new Context(locale);
        context.setVariable("summary", s);
        return download(pdf.render("reports/summary-pdf", context), MediaType.APPLICATION_PDF,
                "reports-summary-" + s.academicYear() + ".pdf");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(bytes);
    }

    private static List<Object> textRow(String label, String text) {
        List<Object> row = new ArrayList<>();
        row.add(label);
        row.add(text == null ? "" : text);
        return row;
    }

    private static Object value(Integer n) {
        return n == null ? "" : n;
    }

    private static Object percent(BigDecimal p) {
        return p == null ? "" : new Xlsx.Percent(p.movePointLeft(2).doubleValue());
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
