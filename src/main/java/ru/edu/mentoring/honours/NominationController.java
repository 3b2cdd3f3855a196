package ru.edu.mentoring.honours;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.context.Context;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.Approvals;
import ru.edu.mentoring.approval.Decisions;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.web.Pdf;
import ru.edu.mentoring.web.StaleVersionForm;
import ru.edu.mentoring.web.Xlsx;

/**
 * Nominations for the department's грамоты and благодарности: the school's curator or head nominates a mentor of its
 * base; the department of the municipality approves, returns with a comment or refuses (approval/decision.html); the
 * list with filters and its XLSX; the approved nomination's document as PDF (A4 landscape).
 */
@Controller
class NominationController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Honours honours;
    private final Schools schools;
    private final People people;
    private final Approvals approvals;
    private final AuditLog audit;
    private final Pdf pdf;
    private final MessageSource messages;

    NominationController(Honours honours, Schools schools, People people, Approvals approvals, AuditLog audit,
            Pdf pdf, MessageSource messages) {
        this.honours = honours;
        this.schools = schools;
        this.people = people;
        this.approvals = approvals;
        this.audit = audit;
        this.pdf = pdf;
        this.messages = messages;
    }

    @InitBinder("nominationForm")
    void nominationFields(WebDataBinder binder) {
        binder.setAllowedFields("mentor", "kind", "year", "wording", "justification", "version");
    }

    // --- the list --------------------------------------------------------------------------------------------

    @GetMapping("/nominations")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String school,
            @RequestParam(required = false) String year, @RequestParam(required = false) String kind,
            CurrentUser user, Model model) {
        Honours.Filter filter = filter(status, school, year, kind);
        List<Honours.NominationView> rows = honours.list(user, filter);
        auditMinors(rows, "VIEW");
        model.addAttribute("rows", rows);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ApprovalStatus.values());
        model.addAttribute("kinds", HonourKind.values());
        model.addAttribute("years", honours.years(user));
        List<SchoolSummary> visible = schools.visibleTo(user);
        model.addAttribute("schools", visible);
        model.addAttribute("nominating", visible.stream().filter(s -> Honours.nominatesFor(user, s.id())).toList());
        model.addAttribute("department", user.has(ru.edu.mentoring.accounts.Role.DEPARTMENT));
        return "honours/list";
    }

    @GetMapping("/nominations.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String status,
            @RequestParam(required = false) String school, @RequestParam(required = false) String year,
            @RequestParam(required = false) String kind, CurrentUser user, Locale locale) {
        List<Honours.NominationView> rows = honours.list(user, filter(status, school, year, kind));
        auditMinors(rows, "EXPORT");
        List<String> headers = List.of(msg("nomination.col.year", locale), msg("nomination.col.kind", locale),
                msg("nomination.col.mentor", locale), msg("nomination.col.school", locale),
                msg("nomination.col.wording", locale), msg("nomination.col.justification", locale),
                msg("nomination.col.status", locale), msg("nomination.col.changed", locale),
                msg("nomination.col.decidedOn", locale), msg("nomination.col.nominatedBy", locale));
        List<List<Object>> data = new ArrayList<>();
        for (Honours.NominationView n : rows) {
            List<Object> row = new ArrayList<>();
            row.add(n.year());
            row.add(msg(n.kind().messageKey(), locale));
            row.add(n.mentorName());
            row.add(n.schoolName());
            row.add(n.wording());
            row.add(n.justification());
            row.add(msg(n.statusKey(), locale));
            row.add(n.statusChangedAt().toLocalDate());
            row.add(n.decidedOn());
            row.add(n.nominatedBy());
            data.add(row);
        }
        byte[] bytes;
        try (Xlsx x = new Xlsx()) {
            bytes = x.sheet(msg("nomination.sheet", locale), msg("nominations.title", locale), headers, data)
                    .toBytes();
        }
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("nominations.xlsx").build().toString())
                .body(bytes);
    }

    private static Honours.Filter filter(String status, String school, String year, String kind) {
        return new Honours.Filter(parse(ApprovalStatus.class, status), number(school),
                number(year) == null ? null : number(year).intValue(), parse(HonourKind.class, kind));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }

    private static Long number(String value) {
        if (value == null || !value.matches("\\d{1,9}")) {
            return null;
        }
        return Long.valueOf(value);
    }

    // --- nominating ------------------------------------------------------------------------------------------

    @GetMapping("/schools/{id}/nominations/new")
    String newForm(@PathVariable long id, CurrentUser user, Model model) {
        SchoolSummary school = honours.nominatingSchool(user, id);
        NominationForm form = new NominationForm();
        form.setYear(honours.today().getYear());
        model.addAttribute("nominationForm", form);
        return formPage(school, null, model);
    }

    private String formPage(SchoolSummary school, Honours.NominationView nomination, Model model) {
        model.addAttribute("school", school);
        model.addAttribute("nomination", nomination);
        model.addAttribute("mentors", people.mentorOptions(school.id()));
        model.addAttribute("kinds", HonourKind.values());
        return "honours/form";
    }

    @PostMapping("/schools/{id}/nominations")
    String nominate(@PathVariable long id, @Valid @ModelAttribute("nominationForm") NominationForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        SchoolSummary school = honours.nominatingSchool(user, id);
        formPage(school, null, model);
        if (errors.hasErrors()) {
            return "honours/form";
        }
        try {
            long nomination = honours.nominate(user, id, form.command());
            redirect.addFlashAttribute("flashSuccess", "nomination.submitted");
            return "redirect:/nominations/" + nomination;
        } catch (HonourRuleException e) {
            errors.reject(e.messageKey());
            return "honours/form";
        }
    }

    @GetMapping("/nominations/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        Honours.NominationView n = honours.forSchoolView(user, id);
        model.addAttribute("nominationForm", NominationForm.of(n));
        return formPage(schools.readable(user, n.schoolId()), n, model);
    }

    /** The school corrects a returned nomination and submits it again. */
    @PostMapping("/nominations/{id}")
    @StaleVersionForm("honours/form")
    String correct(@PathVariable long id, @Valid @ModelAttribute("nominationForm") NominationForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        Honours.NominationView n = honours.forSchoolView(user, id);
        formPage(schools.readable(user, n.schoolId()), n, model);
        if (errors.hasErrors()) {
            return "honours/form";
        }
        try {
            honours.correct(user, id, form.getVersion(), form.command());
        } catch (HonourRuleException e) {
            errors.reject(e.messageKey());
            return "honours/form";
        } catch (ru.edu.mentoring.approval.ApprovalRuleException e) {
            errors.reject(e.messageKey());
            return "honours/form";
        }
        redirect.addFlashAttribute("flashSuccess", "nomination.resubmitted");
        return "redirect:/nominations/" + id;
    }

    // --- the nomination's page, the decision, the document --------------------------------------------------

    @GetMapping("/nominations/{id}")
    String page(@PathVariable long id, CurrentUser user, Model model) {
        return show(honours.view(user, id), user, model);
    }

    private String show(Honours.NominationView n, CurrentUser user, Model model) {
        if (n.minorMentor()) {
            audit.recordRead("VIEW", "Nomination", n.id(), n.schoolId(), List.of(n.personId()));
        }
        model.addAttribute("n", n);
        model.addAttribute("history", approvals.history(Nomination.KIND, n.id()));
        model.addAttribute("returnComment",
                approvals.returnComment(Nomination.KIND, n.id(), n.status()).orElse(null));
        boolean decides = Approvals.decidesFor(user, n.municipalityId());
        model.addAttribute("canDecide", decides && n.status() == ApprovalStatus.SUBMITTED);
        model.addAttribute("canRefuse", true);
        model.addAttribute("canCorrect", Honours.nominatesFor(user, n.schoolId()) && n.editable());
        return "honours/nomination";
    }

    /** The department's decision (approval/decision.html): approve, return with a comment, or refuse. */
    @PostMapping({"/nominations/{id}/approve", "/nominations/{id}/return", "/nominations/{id}/refuse"})
    String decide(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String comment, CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        honours.requireDecider(user, id);
        long v = version == null ? -1 : version;
        return Decisions.decideOrRefuse(Nomination.KIND, id, comment, request, outcome -> {
            switch (outcome) {
                case APPROVED -> honours.approve(user, id, v, comment);
                case REFUSED -> honours.refuse(user, id, v, comment);
                default -> honours.returnForRework(user, id, v, comment);
            }
        }, () -> show(honours.view(user, id), user, model), model, redirect, response);
    }

    /** The грамота or благодарность of an approved nomination (A4 landscape); none for any other state (404). */
    @GetMapping("/nominations/{id}/document.pdf")
    ResponseEntity<byte[]> document(@PathVariable long id, CurrentUser user, Locale locale) {
        Honours.NominationView n = honours.issued(user, id);
        if (n.minorMentor()) {
            audit.recordRead("EXPORT", "Nomination", n.id(), n.schoolId(), List.of(n.personId()));
        }
        SchoolSummary school = schools.summariesOf(List.of(n.schoolId())).get(0);
        Honours.Signatory signatory = honours.signatory(n.municipalityId());
        Context context = new Context(locale);
        context.setVariable("n", n);
        context.setVariable("school", school);
        context.setVariable("departmentName", signatory.saved() ? signatory.departmentName()
                : messages.getMessage("honour.print.defaultDepartment", new Object[] {school.municipalityName()},
                        locale));
        context.setVariable("headPosition", signatory.saved() ? signatory.headPosition()
                : messages.getMessage("honour.print.defaultHeadPosition", null, locale));
        context.setVariable("headName", signatory.saved() ? signatory.headName() : null);
        byte[] bytes = pdf.render("honours/document-pdf", context);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("honour-" + id + ".pdf").build().toString())
                .body(bytes);
    }

    private void auditMinors(List<Honours.NominationView> rows, String action) {
        List<Long> minors = rows.stream().filter(Honours.NominationView::minorMentor)
                .map(Honours.NominationView::personId).distinct().toList();
        if (!minors.isEmpty()) {
            audit.recordRead(action, "Nomination", null, null, minors);
        }
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
