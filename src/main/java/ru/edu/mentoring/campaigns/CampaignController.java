package ru.edu.mentoring.campaigns;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.campaigns.Campaigns.CampaignSummary;
import ru.edu.mentoring.campaigns.Matrix.Cell;
import ru.edu.mentoring.campaigns.Matrix.Row;
import ru.edu.mentoring.web.PageLinks;
import ru.edu.mentoring.web.StaleVersionForm;
import ru.edu.mentoring.web.Xlsx;

/** Campaigns: the list, the department's form of deadlines, the matrix with its export, the curator's mark. */
@Controller
@RequestMapping("/campaigns")
class CampaignController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** The matrix's cell colours (app.css: .stage-done, .stage-overdue, .stage-due, .stage-nodata). */
    static final java.util.Map<StageState, String> FILLS = java.util.Map.of(StageState.DONE, "#dff3e6",
            StageState.OVERDUE, "#f8d7da", StageState.DUE, "#ffffff", StageState.NO_DATA, "#eceff2");

    private final Campaigns campaigns;
    private final MessageSource messages;
    private final int pageSize;

    CampaignController(Campaigns campaigns, MessageSource messages, @Value("${app.page-size:20}") int pageSize) {
        this.campaigns = campaigns;
        this.messages = messages;
        this.pageSize = pageSize;
    }

    @InitBinder("campaignForm")
    void campaignFields(WebDataBinder binder) {
        binder.setAllowedFields("title", "academicYear", "trainedShare", "curatorsDue", "roadmapsDue", "informedDue",
                "basesDue", "trainedDue", "pairsDue", "startedDue", "version");
    }

    @InitBinder("informedForm")
    void informedFields(WebDataBinder binder) {
        binder.setAllowedFields("informedOn", "evidence", "version");
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, CurrentUser user, Model model) {
        Page<CampaignSummary> result = campaigns.list(user,
                PageLinks.request(page, pageSize, Sort.by(Sort.Direction.DESC, "academicYear", "id")));
        model.addAttribute("page", result);
        model.addAttribute("pages", PageLinks.window(result));
        model.addAttribute("canCreate", canCreate(user));
        return "campaigns/list";
    }

    // --- the department's form -----------------------------------------------------------------------------------

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Integer year, CurrentUser user, Model model, Locale locale) {
        Campaigns.requireCreator(user);
        LocalDate today = campaigns.today();
        int y = year != null && year >= 2000 && year <= 2100 ? year
                : (today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1);
        String title = messages.getMessage("campaign.defaultTitle",
                new Object[] {String.valueOf(y), String.format("%02d", (y + 1) % 100)}, locale);
        model.addAttribute("campaignForm", CampaignForm.defaults(y, title));
        model.addAttribute("year", y);
        return "campaigns/form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("campaignForm") CampaignForm form, BindingResult errors, CurrentUser user,
            Model model, RedirectAttributes redirect) {
        Campaigns.requireCreator(user);
        if (errors.hasErrors()) {
            model.addAttribute("year", form.getAcademicYear());
            return "campaigns/form";
        }
        long id = campaigns.create(user, form);
        redirect.addFlashAttribute("flashSuccess", "campaign.created");
        return "redirect:/campaigns/" + id;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("campaignForm", campaigns.form(user, id));
        model.addAttribute("campaign", campaigns.summary(user, id));
        return "campaigns/form";
    }

    @PostMapping("/{id}")
    @StaleVersionForm("campaigns/form")
    String update(@PathVariable long id, @Valid @ModelAttribute("campaignForm") CampaignForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        campaigns.managed(user, id);
        model.addAttribute("campaign", campaigns.summary(user, id));
        if (errors.hasErrors()) {
            return "campaigns/form";
        }
        campaigns.update(user, id, form);
        redirect.addFlashAttribute("flashSuccess", "saved");
        return "redirect:/campaigns/" + id;
    }

    // --- the matrix --------------------------------------------------------------------------------------------

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "school") String sort,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Integer page,
            @RequestParam(name = "all", defaultValue = "false") boolean wholeMatrix, CurrentUser user, Model model) {
        List<Row> all = campaigns.matrix(user, id);
        CampaignSummary campaign = campaigns.summary(user, id);
        String order = "overdue".equals(sort) ? "overdue" : "school";
        List<Row> rows = Campaigns.sorted(all, order, overdue);
        // «вся матрица»: every school on one page, to print or read whole (a municipality has at most a few hundred)
        Pageable pageable = wholeMatrix ? org.springframework.data.domain.PageRequest.of(0, Math.max(1, rows.size()))
                : PageLinks.request(page, pageSize, Sort.unsorted());
        int from = (int) Math.min(pageable.getOffset(), rows.size());
        Page<Row> result = new PageImpl<>(rows.subList(from, Math.min(from + pageable.getPageSize(), rows.size())),
                pageable, rows.size());
        model.addAttribute("campaign", campaign);
        model.addAttribute("page", result);
        model.addAttribute("pages", PageLinks.window(result));
        model.addAttribute("sort", order);
        model.addAttribute("overdue", overdue);
        model.addAttribute("wholeMatrix", wholeMatrix);
        model.addAttribute("schoolsTotal", all.size());
        model.addAttribute("schoolsOverdue", all.stream().filter(r -> r.overdueCount() > 0).count());
        model.addAttribute("canManage", Campaigns.manages(user, campaign.municipalityId()));
        model.addAttribute("ownSchools", user.schoolIds());
        model.addAttribute("isCurator", user.has(ru.edu.mentoring.accounts.Role.CURATOR));
        model.addAttribute("noActivity", all.stream().flatMap(r -> r.cells().stream())
                .anyMatch(c -> c.state() == StageState.NO_DATA));
        return "campaigns/show";
    }

    @GetMapping("/{id}/matrix.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "school") String sort,
            @RequestParam(defaultValue = "false") boolean overdue, CurrentUser user, Locale locale) {
        List<Row> rows = Campaigns.sorted(campaigns.matrix(user, id), sort, overdue);
        CampaignSummary campaign = campaigns.summary(user, id);
        List<String> headers = new ArrayList<>();
        headers.add(msg("campaign.col.school", locale));
        for (var s : campaign.stages()) {
            String stage = msg(s.stage().messageKey(), locale);
            headers.add(messages.getMessage("campaign.xlsx.col.date",
                    new Object[] {stage, DATE.format(s.deadline())}, locale));
            headers.add(messages.getMessage("campaign.xlsx.col.state", new Object[] {stage}, locale));
        }
        headers.add(msg("campaign.col.overdueCount", locale));
        List<List<Object>> data = new ArrayList<>();
        for (Row r : rows) {
            List<Object> line = new ArrayList<>();
            line.add(r.schoolName());
            for (Cell c : r.cells()) {
                String fill = FILLS.get(c.state());
                line.add(c.doneOn() == null ? null : new Xlsx.Filled(c.doneOn(), fill));
                line.add(new Xlsx.Filled(stateText(c, locale), fill));
            }
            line.add(r.overdueCount());
            data.add(line);
        }
        String title = messages.getMessage("campaign.xlsx.title",
                new Object[] {campaign.title(), campaign.municipalityName(), DATE.format(campaigns.asOf(campaign))}, locale);
        byte[] bytes;
        try (Xlsx xlsx = new Xlsx()) {
            bytes = xlsx.sheet(msg("campaign.sheet", locale), title, headers, data).toBytes();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("campaign-" + id + ".xlsx").build().toString())
                .body(bytes);
    }

    /** The state in words, with «позже срока» / «раньше предыдущего этапа» after it; the date has its own column. */
    private String stateText(Cell c, Locale locale) {
        String state = msg(c.state().messageKey(), locale);
        if (c.state() == StageState.DONE && c.doneOn() != null) {
            return state + (c.late() ? " (" + msg("stage.late", locale) + ")" : "")
                    + (c.outOfOrder() ? " (" + msg("stage.outOfOrder", locale) + ")" : "");
        }
        return state;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    // --- the curator's mark «stakeholders informed» ------------------------------------------------------------

    @GetMapping("/informed/{id}")
    String informedForm(@PathVariable long id, CurrentUser user, Model model) {
        Campaigns.InformedTarget target = campaigns.informed(user, id);
        InformedForm form = new InformedForm();
        form.setInformedOn(target.informedOn());
        form.setEvidence(target.evidence());
        form.setVersion(target.version());
        model.addAttribute("informedForm", form);
        model.addAttribute("target", target);
        model.addAttribute("markId", id);
        return "campaigns/informed";
    }

    @PostMapping("/informed/{id}")
    @StaleVersionForm("campaigns/informed")
    String markInformed(@PathVariable long id, @Valid @ModelAttribute("informedForm") InformedForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        Campaigns.InformedTarget target = campaigns.informed(user, id);
        model.addAttribute("target", target);
        model.addAttribute("markId", id);
        if (errors.hasErrors()) {
            return "campaigns/informed";
        }
        long campaignId = campaigns.markInformed(user, id, form);
        redirect.addFlashAttribute("flashSuccess", "informed.saved");
        return "redirect:/campaigns/" + campaignId;
    }

    @PostMapping("/informed/{id}/clear")
    String clearInformed(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        long campaignId = campaigns.clearInformed(user, id, version);
        redirect.addFlashAttribute("flashSuccess", "informed.cleared");
        return "redirect:/campaigns/" + campaignId;
    }

    private static boolean canCreate(CurrentUser user) {
        return user.has(ru.edu.mentoring.accounts.Role.DEPARTMENT) && user.municipalityId() != null;
    }
}
