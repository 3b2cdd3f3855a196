package ru.edu.mentoring.contests;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.context.Context;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.shared.PlainText;
import ru.edu.mentoring.web.Pdf;
import ru.edu.mentoring.web.StaleVersionForm;

/** The contests: the department's pages, the schools' applications, the jurors' score sheets, the protocol. */
@Controller
class ContestController {

    private final Contests contests;
    private final Pdf pdf;
    private final MessageSource messages;

    ContestController(Contests contests, Pdf pdf, MessageSource messages) {
        this.contests = contests;
        this.pdf = pdf;
        this.messages = messages;
    }

    @InitBinder("contestForm")
    void contestFields(WebDataBinder binder) {
        binder.setAllowedFields("title", "level", "year", "type", "acceptFrom", "acceptTo", "juryFrom", "juryTo",
                "resultsOn", "version");
    }

    @InitBinder("nominationForm")
    void nominationFields(WebDataBinder binder) {
        binder.setAllowedFields("title");
    }

    @InitBinder("criterionForm")
    void criterionFields(WebDataBinder binder) {
        binder.setAllowedFields("title", "description", "kind", "minPoints", "maxPoints", "bands");
    }

    @InitBinder("applyForm")
    void applyFields(WebDataBinder binder) {
        binder.setAllowedFields("nominationId", "mentorPersonId", "practiceId", "practiceTitle", "practiceSummary");
    }

    @InitBinder("scoreForm")
    void scoreFields(WebDataBinder binder) {
        // the points and evidence per criterion are read from the request by criterion id (see score), never bound
        binder.setAllowedFields("comment");
    }

    @GetMapping("/contests")
    String list(CurrentUser user, Model model) {
        model.addAttribute("contests", contests.visible(user));
        model.addAttribute("canCreate", user.has(Role.DEPARTMENT) && user.municipalityId() != null);
        return "contests/list";
    }

    @GetMapping("/contests/new")
    String newContest(CurrentUser user, Model model) {
        requireDepartment(user);
        ContestForm form = new ContestForm();
        form.setYear(java.time.Year.now().getValue());
        model.addAttribute("contestForm", form);
        return formPage(model, null);
    }

    private static void requireDepartment(CurrentUser user) {
        if (!user.has(Role.DEPARTMENT) || user.municipalityId() == null) {
            throw new AccessDeniedException("contest");
        }
    }

    private String formPage(Model model, Contests.ContestView contest) {
        model.addAttribute("contest", contest);
        model.addAttribute("levels", ContestLevel.values());
        model.addAttribute("types", ContestType.values());
        return "contests/form";
    }

    @PostMapping("/contests")
    String create(@Valid @ModelAttribute("contestForm") ContestForm form, BindingResult errors, CurrentUser user,
            Model model, RedirectAttributes redirect) {
        requireDepartment(user);
        if (errors.hasErrors()) {
            return formPage(model, null);
        }
        try {
            long id = contests.create(user, user.municipalityId(), form.command());
            redirect.addFlashAttribute("flashSuccess", "contest.created");
            return "redirect:/contests/" + id;
        } catch (ContestRuleException e) {
            errors.reject(e.messageKey());
            return formPage(model, null);
        }
    }

    @GetMapping("/contests/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        Contests.Page page = contests.page(user, id);
        model.addAttribute("page", page);
        model.addAttribute("c", page.contest());
        if (page.access().manages()) {
            model.addAttribute("nominationForm", new NominationForm());
            model.addAttribute("criterionForm", new CriterionForm());
            model.addAttribute("kinds", CriterionKind.values());
            model.addAttribute("templates", Contests.TEMPLATES);
            model.addAttribute("candidates", page.contest().phase() == ContestPhase.RESULTS ? List.of()
                    : contests.jurorCandidates(user, id));
        }
        return "contests/show";
    }

    @GetMapping("/contests/{id}/edit")
    String edit(@PathVariable long id, CurrentUser user, Model model) {
        Contests.ContestView c = Contests.view(contests.managed(user, id));
        model.addAttribute("contestForm", ContestForm.of(c));
        return formPage(model, c);
    }

    @PostMapping("/contests/{id}")
    @StaleVersionForm("contests/form")
    String update(@PathVariable long id, @Valid @ModelAttribute("contestForm") ContestForm form, BindingResult errors,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        Contests.ContestView c = Contests.view(contests.managed(user, id));
        String view = formPage(model, c); // the page's data first: a stale save shows this page again (ErrorAdvice)
        if (errors.hasErrors() || form.getVersion() == null) {
            if (form.getVersion() == null) {
                errors.reject("contest.version.missing");
            }
            return view;
        }
        try {
            contests.update(user, id, form.command(), form.getVersion());
        } catch (ContestRuleException e) {
            errors.reject(e.messageKey());
            return view;
        }
        redirect.addFlashAttribute("flashSuccess", "contest.saved");
        return "redirect:/contests/" + id;
    }

    @PostMapping("/contests/{id}/nominations")
    String addNomination(@PathVariable long id, @Valid @ModelAttribute("nominationForm") NominationForm form,
            BindingResult errors, CurrentUser user, RedirectAttributes redirect) {
        contests.managed(user, id);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", "contest.nomination.invalid");
        } else {
            run(redirect, "contest.nomination.added", () -> contests.addNomination(user, id, form.getTitle()));
        }
        return "redirect:/contests/" + id;
    }

    @PostMapping("/nominations/{id}/delete")
    String removeNomination(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        long[] contest = {0};
        try {
            contest[0] = contests.removeNomination(user, id);
            redirect.addFlashAttribute("flashSuccess", "contest.nomination.removed");
        } catch (ContestRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/contests";
        }
        return "redirect:/contests/" + contest[0];
    }

    @PostMapping("/contests/{id}/criteria")
    String addCriterion(@PathVariable long id, @Valid @ModelAttribute("criterionForm") CriterionForm form,
            BindingResult errors, CurrentUser user, RedirectAttributes redirect) {
        contests.managed(user, id);
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", "contest.criterion.invalid");
        } else {
            run(redirect, "contest.criterion.added", () -> contests.addCriterion(user, id, form.getTitle(),
                    form.getDescription(), form.getKind(), form.getMinPoints(), form.getMaxPoints(), form.getBands()));
        }
        return "redirect:/contests/" + id;
    }

    @PostMapping("/criteria/{id}/delete")
    String removeCriterion(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        try {
            long contest = contests.removeCriterion(user, id);
            redirect.addFlashAttribute("flashSuccess", "contest.criterion.removed");
            return "redirect:/contests/" + contest;
        } catch (ContestRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/contests";
        }
    }

    @PostMapping("/contests/{id}/template")
    String copyTemplate(@PathVariable long id, @RequestParam(defaultValue = "") String template, CurrentUser user,
            RedirectAttributes redirect) {
        contests.managed(user, id);
        run(redirect, "contest.template.copied", () -> contests.copyTemplate(user, id, template));
        return "redirect:/contests/" + id;
    }

    @PostMapping("/contests/{id}/regulation")
    String uploadRegulation(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            CurrentUser user, RedirectAttributes redirect) throws IOException {
        contests.managed(user, id);
        byte[] bytes = file == null ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        run(redirect, "contest.regulation.uploaded", () -> contests.uploadRegulation(user, id, name, bytes));
        return "redirect:/contests/" + id;
    }

    @PostMapping("/contests/{id}/jurors")
    String addJuror(@PathVariable long id, @RequestParam(required = false) Long juror, CurrentUser user,
            RedirectAttributes redirect) {
        contests.managed(user, id);
        if (juror == null) {
            redirect.addFlashAttribute("flashError", "contest.juror.notOffered");
        } else {
            run(redirect, "contest.juror.added", () -> contests.addJuror(user, id, juror));
        }
        return "redirect:/contests/" + id;
    }

    @PostMapping("/jurors/{id}/delete")
    String removeJuror(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        try {
            long contest = contests.removeJuror(user, id);
            redirect.addFlashAttribute("flashSuccess", "contest.juror.removed");
            return "redirect:/contests/" + contest;
        } catch (ContestRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/contests";
        }
    }

    @PostMapping("/contests/{id}/advance")
    String advance(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        contests.managed(user, id);
        run(redirect, "contest.advanced", () -> contests.advance(user, id, version == null ? -1 : version));
        return "redirect:/contests/" + id;
    }

    private static void run(RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", success);
        } catch (ContestRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
    }

    // --- applications -----------------------------------------------------------------------------------------

    private long applicantSchool(CurrentUser user, Contests.Page page, Long forSchool) {
        List<Long> own = page.access().ownSchools().stream().filter(user::editsSchoolData).sorted().toList();
        if (own.isEmpty()) {
            throw new AccessDeniedException("apply");
        }
        if (forSchool == null) {
            return own.get(0);
        }
        if (!own.contains(forSchool)) {
            throw new AccessDeniedException("apply");
        }
        return forSchool;
    }

    @GetMapping("/contests/{id}/apply")
    String applyPage(@PathVariable long id, @RequestParam(required = false) Long school, CurrentUser user,
            Model model) {
        Contests.Page page = contests.page(user, id);
        long schoolId = applicantSchool(user, page, school);
        model.addAttribute("applyForm", new ApplyForm());
        return applyForm(user, page, schoolId, model);
    }

    private String applyForm(CurrentUser user, Contests.Page page, long schoolId, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("c", page.contest());
        model.addAttribute("schoolId", schoolId);
        try {
            model.addAttribute("options", contests.applyOptions(user, page.contest().id(), schoolId));
        } catch (ContestRuleException e) {
            model.addAttribute("closed", true);
        }
        return "contests/apply";
    }

    @PostMapping("/contests/{id}/applications")
    String apply(@PathVariable long id, @RequestParam(required = false) Long school,
            @Valid @ModelAttribute("applyForm") ApplyForm form, BindingResult errors,
            @RequestParam(name = "applicationFile", required = false) MultipartFile applicationFile,
            @RequestParam(name = "portfolioFile", required = false) MultipartFile portfolioFile,
            @RequestParam(name = "consentFile", required = false) MultipartFile consentFile,
            CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
        Contests.Page page = contests.page(user, id);
        long schoolId = applicantSchool(user, page, school);
        if (errors.hasErrors()) {
            return applyForm(user, page, schoolId, model);
        }
        List<Contests.Upload> uploads = new ArrayList<>();
        add(uploads, "APPLICATION", applicationFile);
        add(uploads, "PORTFOLIO", portfolioFile);
        add(uploads, "CONSENT", consentFile);
        try {
            long app = contests.apply(user, id, new Contests.Apply(schoolId, form.getNominationId(),
                    form.getMentorPersonId(), form.getPracticeId(), form.getPracticeTitle(), form.getPracticeSummary(),
                    uploads));
            redirect.addFlashAttribute("flashSuccess", "contest.apply.done");
            return "redirect:/applications/" + app;
        } catch (ContestRuleException e) {
            errors.reject(e.messageKey());
            return applyForm(user, page, schoolId, model);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            errors.reject("contest.apply.mentorTwice");
            return applyForm(user, page, schoolId, model);
        }
    }

    private static void add(List<Contests.Upload> uploads, String kind, MultipartFile file) throws IOException {
        if (file != null && !file.isEmpty()) {
            uploads.add(new Contests.Upload(kind, file.getOriginalFilename(), file.getBytes()));
        }
    }

    @GetMapping("/applications/{id}")
    String application(@PathVariable long id, CurrentUser user, Model model) {
        Contests.ApplicationPage page = contests.application(user, id);
        model.addAttribute("page", page);
        model.addAttribute("a", page.application());
        model.addAttribute("c", page.contest());
        if (!model.containsAttribute("scoreForm")) {
            ScoreForm form = new ScoreForm();
            page.myScores().forEach((k, v) -> {
                form.getPoints().put(k, v.points());
                form.getEvidence().put(k, v.evidence());
            });
            form.setComment(page.myComment());
            model.addAttribute("scoreForm", form);
        }
        return "contests/application";
    }

    @PostMapping("/applications/{id}/score")
    String score(@PathVariable long id, @Valid @ModelAttribute("scoreForm") ScoreForm form, BindingResult errors,
            @RequestParam Map<String, String> params, CurrentUser user, Model model, RedirectAttributes redirect) {
        Contests.ApplicationPage page = contests.application(user, id);
        if (!page.access().juror()) {
            throw new ru.edu.mentoring.shared.NotFoundException();
        }
        for (Contests.CriterionView cr : page.criteria()) {
            String points = params.get("points[" + cr.id() + "]");
            if (points != null && !points.isBlank()) {
                try {
                    form.getPoints().put(cr.id(), Integer.valueOf(points.strip()));
                } catch (NumberFormatException e) {
                    errors.reject("contest.score.outOfRange");
                }
            }
            String evidence = params.get("evidence[" + cr.id() + "]");
            if (evidence != null) {
                form.getEvidence().put(cr.id(), evidence);
            }
        }
        for (Map.Entry<Long, String> e : form.getEvidence().entrySet()) {
            String v = e.getValue();
            if (v != null && (v.length() > 1000 || PlainText.Rules.problem(v, false).isPresent())) {
                errors.reject("contest.score.evidenceInvalid");
            }
        }
        if (!errors.hasErrors()) {
            List<Contests.Given> given = new ArrayList<>();
            for (Contests.CriterionView cr : page.criteria()) {
                given.add(new Contests.Given(cr.id(), form.getPoints().get(cr.id()), form.getEvidence().get(cr.id())));
            }
            try {
                contests.score(user, id, given, form.getComment());
                redirect.addFlashAttribute("flashSuccess", "contest.score.saved");
                return "redirect:/contests/" + page.contest().id();
            } catch (ContestRuleException e) {
                errors.reject(e.messageKey());
            }
        }
        response(model, page);
        return "contests/application";
    }

    private static void response(Model model, Contests.ApplicationPage page) {
        model.addAttribute("page", page);
        model.addAttribute("a", page.application());
        model.addAttribute("c", page.contest());
    }

    @PostMapping("/applications/{id}/bank")
    String enterBank(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        Contests.ApplicationPage page = contests.application(user, id);
        if (!page.access().manages()) {
            throw new AccessDeniedException("bank");
        }
        run(redirect, "contest.bank.entered", () -> contests.enterBank(user, id, version == null ? -1 : version));
        return "redirect:/contests/" + page.contest().id();
    }

    @GetMapping("/contest-files/{id}")
    ResponseEntity<byte[]> file(@PathVariable long id, CurrentUser user) {
        ContestFile f = contests.file(user, id);
        return download(f.getBytes(), MediaType.parseMediaType(f.getContentType()), f.getFileName());
    }

    // --- the protocol -----------------------------------------------------------------------------------------

    @GetMapping("/contests/{id}/protocol.pdf")
    ResponseEntity<byte[]> protocolPdf(@PathVariable long id, CurrentUser user, Locale locale) {
        Contests.Protocol p = protocol(user, id);
        Context context = new Context(locale);
        context.setVariable("p", p);
        return download(pdf.render("contests/protocol-pdf", context), MediaType.APPLICATION_PDF,
                "contest-protocol-" + id + ".pdf");
    }

    @GetMapping("/contests/{id}/protocol.docx")
    ResponseEntity<byte[]> protocolDocx(@PathVariable long id, CurrentUser user, Locale locale) {
        Contests.Protocol p = protocol(user, id);
        byte[] bytes = ProtocolDocx.write(p, (key, args) -> messages.getMessage(key, args, key, locale));
        return download(bytes, MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                "contest-protocol-" + id + ".docx");
    }

    private Contests.Protocol protocol(CurrentUser user, long id) {
        try {
            return contests.protocol(user, id);
        } catch (ContestRuleException e) {
            throw new ru.edu.mentoring.shared.NotFoundException();
        }
    }

    static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .body(bytes);
    }
}
