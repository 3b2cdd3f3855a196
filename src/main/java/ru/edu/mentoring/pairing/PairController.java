package ru.edu.mentoring.pairing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.ChangeLog;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.web.PageLinks;
import ru.edu.mentoring.web.StaleVersionForm;
import ru.edu.mentoring.web.StaleVersionPage;
import ru.edu.mentoring.shared.PlainText;

/** Pairs and groups of a school: list with filters, registration, the pair's page and its status changes. */
@Controller
class PairController {

    private final Schools schools;
    private final People people;
    private final PairRegistration registration;
    private final PairStatusChanges service;
    private final PairRepository pairs;
    private final MentoringFormRepository forms;
    private final FormVariationRepository variations;
    private final int pageSize;
    private final org.springframework.context.MessageSource messages;
    private final PairList pairList;
    private final FormOptions formOptions;

    private final ChangeLog changes;
    private final ru.edu.mentoring.audit.AuditLog audit;
    /** The minors each session's stored list page showed, so that sending the page again is audited too. */

    /** What higher modules show on the pair's page (programmes). */
    private final org.springframework.beans.factory.ObjectProvider<PairPageLinks> pageLinks;

    PairController(Schools schools, People people, PairRegistration registration, PairStatusChanges service,
            PairRepository pairs,
            MentoringFormRepository forms, FormVariationRepository variations,
            org.springframework.context.MessageSource messages, @Value("${app.page-size:20}") int pageSize,
            PairList pairList, FormOptions formOptions, ChangeLog changes,
            ru.edu.mentoring.audit.AuditLog audit,
            org.springframework.beans.factory.ObjectProvider<PairPageLinks> pageLinks) {
        this.audit = audit;
        this.pageLinks = pageLinks;
        this.changes = changes;
        this.pairList = pairList;
        this.formOptions = formOptions;
        this.messages = messages;
        this.schools = schools;
        this.people = people;
        this.registration = registration;
        this.service = service;
        this.pairs = pairs;
        this.forms = forms;
        this.variations = variations;
        this.pageSize = pageSize;
    }

    @InitBinder("pairForm")
    void pairFields(WebDataBinder binder) {
        binder.setAllowedFields("formId", "variationId", "mentorId", "menteeIds", "teacherFormat", "startDate",
                "plannedEnd", "goal", "orderNumber", "orderDate", "token", "version");
    }

    /** One line of the pair list, resolved inside the transaction. */
    record PairRow(long id, String formName, String variationName, String mentorName, String menteeNames,
            int mentees, PairStatus status, LocalDate startDate, LocalDate endDate, String orderNumber,
            LocalDate orderDate, List<Long> minorIds) {}

    /**
     * The school's pairs, filtered, a page at a time. On a warm instance one SQL statement: the school, the forms and
     * the mentor options come from short-lived caches ({@code Schools}, {@link FormOptions}, {@code People}), the page
     * with its total and names from {@link PairList}.
     */
    @GetMapping("/schools/{schoolId}/pairs")
    String list(@PathVariable long schoolId, @RequestParam(required = false) Long form,
            @RequestParam(required = false) PairStatus status, @RequestParam(required = false) Integer grade,
            @RequestParam(required = false) Long mentor, @RequestParam(defaultValue = "false") boolean withoutOrder,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Integer page,
            CurrentUser user, Model model, HttpServletRequest request, Locale locale) {
        SchoolSummary school = schools.readable(user, schoolId);
        LocalDate today = people.today();
        Page<PairRow> result = pairList.page(
                new PairList.Criteria(schoolId, form, status, grade, mentor, withoutOrder, overdue, today),
                PageLinks.request(page, pageSize, Sort.by(Sort.Order.desc("startDate"), Sort.Order.desc("id"))));
        List<Long> minors = result.getContent().stream().flatMap(r -> r.minorIds().stream()).distinct().toList();
        audit.recordRead("VIEW", "PairList", schoolId, schoolId, minors);
        model.addAttribute("school", school);
        model.addAttribute("page", result);
        model.addAttribute("pages", PageLinks.window(result));
        model.addAttribute("forms", formOptions.all());
        model.addAttribute("statuses", PairStatus.values());
        model.addAttribute("mentors", people.mentorOptions(schoolId));
        model.addAttribute("filter", new Filter(form, status, grade, mentor, withoutOrder, overdue));
        model.addAttribute("canEdit", user.editsSchoolData(schoolId));
        model.addAttribute("canExport", PairListExport.mayExport(user, school));
        return "pairing/list";
    }

    record Filter(Long form, PairStatus status, Integer grade, Long mentor, boolean withoutOrder, boolean overdue) {
        /** The list's address with these filters, ready for «page=». */
        public String query(long schoolId) {
            StringBuilder sb = new StringBuilder("/schools/" + schoolId + "/pairs?");
            if (form != null) {
                sb.append("form=").append(form).append('&');
            }
            if (status != null) {
                sb.append("status=").append(status).append('&');
            }
            if (grade != null) {
                sb.append("grade=").append(grade).append('&');
            }
            if (mentor != null) {
                sb.append("mentor=").append(mentor).append('&');
            }
            if (withoutOrder) {
                sb.append("withoutOrder=true&");
            }
            if (overdue) {
                sb.append("overdue=true&");
            }
            return sb.toString();
        }
    }

    record VariationOption(long id, String label) {}

    // ---- register

    @GetMapping("/schools/{schoolId}/pairs/new")
    String createForm(@PathVariable long schoolId, @RequestParam(required = false) Long mentee, CurrentUser user,
            Model model) {
        SchoolSummary school = schools.editable(user, schoolId);
        PairForm form = new PairForm();
        form.setToken(UUID.randomUUID());
        form.setStartDate(people.today());
        form.setPlannedEnd(people.today().plusMonths(9));
        if (mentee != null) {
            form.getMenteeIds().add(mentee);
        }
        model.addAttribute("pairForm", form);
        return formPage(model, school, null);
    }

    @PostMapping("/schools/{schoolId}/pairs")
    String create(@PathVariable long schoolId, @Valid @ModelAttribute("pairForm") PairForm form,
            BindingResult errors, @RequestParam(defaultValue = "false") boolean activate, CurrentUser user,
            Model model, RedirectAttributes redirect) {
        SchoolSummary school = schools.editable(user, schoolId);
        if (errors.hasErrors()) {
            return formPage(model, school, null);
        }
        PairOutcome outcome;
        try {
            outcome = registration.create(schoolId, school.kind(), form.toCommand(), activate);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // an identical submission saved the same token a moment earlier
            return "redirect:/pairs/" + registration.createdBy(form.getToken()).orElseThrow(() -> e) + "?created="
                    + (activate ? "active" : "draft");
        }
        if (!outcome.ok()) {
            reject(errors, outcome.violations());
            return formPage(model, school, null);
        }
        // said through the address, not a flash message: the busiest write of the portal writes nothing to the session
        return "redirect:/pairs/" + outcome.pairId() + "?created=" + (activate ? "active" : "draft");
    }

    @GetMapping("/pairs/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable long id, @RequestParam(required = false) String created, CurrentUser user,
            Model model) {
        MentoringPair pair = pairs.findById(id).orElseThrow(NotFoundException::new);
        if ("draft".equals(created) || "active".equals(created)) {
            model.addAttribute("flashSuccess", "draft".equals(created) ? "pair.created" : "pair.createdActive");
        }
        if ("past".equals(created)) {
            model.addAttribute("flashSuccess", "pair.past.saved");
        }
        SchoolSummary school = schools.readable(user, pair.getSchoolId());
        Set<Long> ids = new HashSet<>(pair.getMenteeIds());
        ids.add(pair.getMentorId());
        model.addAttribute("school", school);
        model.addAttribute("pair", pair);
        Map<Long, ru.edu.mentoring.people.Participant> shown = people.participants(ids, people.today());
        audit.recordRead("VIEW", "Pair", id, pair.getSchoolId(), minorsOf(shown.values()));
        model.addAttribute("people", shown);
        model.addAttribute("form", forms.findById(pair.getFormId()).orElseThrow());
        model.addAttribute("variation", pair.getVariationId() == null ? null
                : variations.findById(pair.getVariationId()).orElse(null));
        model.addAttribute("canEdit", user.editsSchoolData(pair.getSchoolId()));
        model.addAttribute("today", people.today());
        model.addAttribute("pageLinks", pageLinks.orderedStream().flatMap(l -> l.linksFor(pair.getId(),
                pair.getSchoolId(), pair.getFormId(), pair.getStartDate(), user.editsSchoolData(pair.getSchoolId()))
                .stream()).toList());
        return "pairing/show";
    }

    @GetMapping("/pairs/{id}/edit")
    @Transactional(readOnly = true)
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        MentoringPair pair = pairs.findById(id).orElseThrow(NotFoundException::new);
        SchoolSummary school = schools.editable(user, pair.getSchoolId());
        model.addAttribute("pairForm", PairForm.of(pair));
        return formPage(model, school, pair);
    }

    @PostMapping("/pairs/{id}")
    @StaleVersionForm("pairing/form")
    String update(@PathVariable long id, @Valid @ModelAttribute("pairForm") PairForm form, BindingResult errors,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        MentoringPair pair = pairs.findById(id).orElseThrow(NotFoundException::new);
        SchoolSummary school = schools.editable(user, pair.getSchoolId());
        if (errors.hasErrors()) {
            return formPage(model, school, pair);
        }
        // built only after a stale save: the form records which minors it shows and loads both bases
        StaleVersionPage.onConflict(model, () -> formPage(model, school, pair));
        try {
            PairOutcome outcome = service.update(id, form.getVersion(), school.kind(), form.toCommand());
            if (!outcome.ok()) {
                reject(errors, outcome.violations());
                return formPage(model, school, pair);
            }
        } catch (PairStateException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/pairs/" + id;
        }
        redirect.addFlashAttribute("flashSuccess", "saved");
        return "redirect:/pairs/" + id;
    }

    // ---- status changes

    @PostMapping("/pairs/{id}/activate")
    String activate(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, CurrentUser user,
            RedirectAttributes redirect, java.util.Locale locale) {
        MentoringPair pair = pairs.findById(id).orElseThrow(NotFoundException::new);
        SchoolSummary school = schools.editable(user, pair.getSchoolId());
        try {
            PairOutcome outcome = service.activate(id, version, school.kind());
            if (!outcome.ok()) {
                redirect.addFlashAttribute("violations", outcome.violations().stream()
                        .map(v -> messages.getMessage(v.code(), v.args(), v.code(), locale)).distinct().toList());
                redirect.addFlashAttribute("flashError", "pair.activate.refused");
                return "redirect:/pairs/" + id;
            }
            redirect.addFlashAttribute("flashSuccess", "pair.activated");
        } catch (PairStateException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/pairs/" + id;
    }

    @PostMapping("/pairs/{id}/complete")
    String complete(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate endDate,
            @RequestParam(defaultValue = "") String result, CurrentUser user, RedirectAttributes redirect) {
        return close(id, version, user, redirect, "pair.completed",
                () -> service.complete(id, version, endDate, limit(plain(result), 4000)));
    }

    @PostMapping("/pairs/{id}/terminate")
    String terminate(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd") LocalDate endDate,
            @RequestParam(defaultValue = "") String reason, CurrentUser user, RedirectAttributes redirect) {
        return close(id, version, user, redirect, "pair.terminated",
                () -> service.terminate(id, version, endDate, limit(plain(reason), 2000)));
    }

    @PostMapping("/pairs/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, CurrentUser user,
            RedirectAttributes redirect) {
        MentoringPair pair = pairs.findById(id).orElseThrow(NotFoundException::new);
        schools.editable(user, pair.getSchoolId());
        long schoolId = pair.getSchoolId();
        try {
            service.deleteDraft(id, version);
        } catch (PairStateException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/pairs/" + id;
        }
        redirect.addFlashAttribute("flashSuccess", "pair.deleted");
        return "redirect:/schools/" + schoolId + "/pairs";
    }

    private String close(long id, long version, CurrentUser user, RedirectAttributes redirect, String done,
            Runnable action) {
        MentoringPair pair = pairs.findById(id).orElseThrow(NotFoundException::new);
        schools.editable(user, pair.getSchoolId());
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", done);
        } catch (PairStateException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/pairs/" + id;
    }

    /** Free text of a closing: refused with the rule's message when it is not plain text. */
    private static String plain(String s) {
        PlainText.Rules.problem(s, true).ifPresent(key -> {
            throw new PairStateException(key);
        });
        return s;
    }

    private static String limit(String s, int max) {
        return s.length() > max ? null : s;
    }

    private static void reject(BindingResult errors, List<PairingRules.Violation> violations) {
        for (PairingRules.Violation v : violations) {
            errors.rejectValue(v.field(), v.code(), v.args(), v.code());
        }
    }

    private static List<Long> minorsOf(java.util.Collection<ru.edu.mentoring.people.Participant> shown) {
        return shown.stream().filter(ru.edu.mentoring.people.Participant::minor)
                .map(ru.edu.mentoring.people.Participant::id).toList();
    }

    private String formPage(Model model, SchoolSummary school, MentoringPair pair) {
        LocalDate today = people.today();
        model.addAttribute("school", school);
        model.addAttribute("pair", pair);
        List<MentoringForm> applicable = forms.findByActiveTrueOrderBySortOrderAscIdAsc().stream()
                .filter(f -> f.getAppliesToSet().contains(school.kind())).toList();
        Map<Long, String> formNames = applicable.stream()
                .collect(Collectors.toMap(MentoringForm::getId, MentoringForm::getName));
        model.addAttribute("forms", applicable);
        model.addAttribute("variations", variations.findByActiveTrueOrderByFormIdAscSortOrderAscIdAsc().stream()
                .filter(v -> formNames.containsKey(v.getFormId()))
                .map(v -> new VariationOption(v.getId(), formNames.get(v.getFormId()) + ": " + v.getName()))
                .toList());
        var mentorBase = people.mentorBase(school.id(), today);
        List<ru.edu.mentoring.people.Participant> mentees = people.menteeBase(school.id(), today);
        List<Long> minors = new java.util.ArrayList<>(minorsOf(mentorBase));
        minors.addAll(minorsOf(mentees));
        audit.recordRead("VIEW", "PairForm", pair == null ? null : pair.getId(), school.id(), minors);
        model.addAttribute("mentors", mentorBase);
        model.addAttribute("mentees", mentees);
        // the picker's filters: the classes and the requests that occur among the mentees
        model.addAttribute("menteeClasses", mentees.stream().map(ru.edu.mentoring.people.Participant::classLabel)
                .filter(java.util.Objects::nonNull).distinct()
                .sorted(ru.edu.mentoring.shared.NaturalOrder.by(c -> c)).toList());
        model.addAttribute("menteeRequests", mentees.stream().map(m -> m.request() == null ? ""
                : m.request().strip().replaceAll("\\s+", " ")).filter(r -> !r.isEmpty())
                .collect(Collectors.toMap(r -> r.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е'), r -> r,
                        (a, b) -> a, java.util.LinkedHashMap::new)).values().stream()
                .sorted(ru.edu.mentoring.shared.NaturalOrder.by(r -> r)).toList());
        model.addAttribute("formats", TeacherFormat.values());
        model.addAttribute("draft", pair == null || pair.getStatus() == PairStatus.DRAFT);
        return "pairing/form";
    }
}
