package ru.edu.mentoring.regions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.shared.PlainText;
import ru.edu.mentoring.web.StaleVersionForm;
import ru.edu.mentoring.web.StaleVersionPage;
import ru.edu.mentoring.web.Xlsx;

/**
 * The regional centre's pages (issue 22 point 1): the list of regions (the administrator), the regional dashboard with
 * its XLSX, and the region's settings (coverage targets by year and reporting periods).
 */
@Controller
class RegionDashboardController {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Regions regions;
    private final RegionalDashboard dashboards;
    private final RegionalReadModels readModels;
    private final MessageSource messages;

    RegionDashboardController(Regions regions, RegionalDashboard dashboards, RegionalReadModels readModels,
            MessageSource messages) {
        this.regions = regions;
        this.dashboards = dashboards;
        this.readModels = readModels;
        this.messages = messages;
    }

    /** The administrator chooses a region; a regional centre's user goes to their own. */
    @GetMapping("/regions")
    String list(CurrentUser user, Model model) {
        if (user.seesRegion()) {
            return "redirect:/regions/" + user.regionId();
        }
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("no region");
        }
        regions.ensureRegions();
        model.addAttribute("regions", regions.all());
        return "regions/list";
    }

    @GetMapping("/regions/{id}")
    String dashboard(@PathVariable long id, CurrentUser user, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        RegionalDashboard.Dashboard d = cached(user, id, asOf);
        model.addAttribute("d", d);
        model.addAttribute("today", dashboards.today());
        model.addAttribute("asOfParam", asOf == null ? null : d.asOf().toString());
        return "regions/dashboard";
    }

    @GetMapping("/regions/{id}/dashboard.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, CurrentUser user, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Locale locale) {
        RegionalDashboard.Dashboard d = cached(user, id, asOf);
        List<String> headers = new ArrayList<>();
        for (String key : List.of("regions.col.municipality", "regions.col.schools", "regions.col.students",
                "regions.col.involved", "regions.col.coverage", "regions.col.gap", "regions.col.young",
                "regions.col.youngMentored", "regions.col.youngShare", "regions.col.pairsByOrder",
                "regions.col.mentors", "regions.col.trained", "regions.col.trainedShare", "regions.col.started",
                "regions.col.completed", "regions.col.completedShare")) {
            headers.add(msg(key, locale));
        }
        List<List<Object>> rows = new ArrayList<>();
        d.municipalities().forEach(l -> rows.add(row(l.name(), l.counts(), d.target())));
        rows.add(row(msg("regions.total", locale), d.total(), d.target()));
        List<List<Object>> kindRows = new ArrayList<>();
        d.kinds().forEach(k -> kindRows.add(row(msg("school.kind." + k.kind(), locale), k.counts(), d.target())));
        kindRows.add(row(msg("regions.total", locale), d.total(), d.target()));
        List<String> kindHeaders = new ArrayList<>(headers);
        kindHeaders.set(0, msg("regions.col.kind", locale));
        byte[] bytes;
        try (Xlsx x = new Xlsx()) {
            String title = messages.getMessage("regions.xlsx.title",
                    new Object[] {d.region().name(), DATE.format(d.asOf())}, locale);
            bytes = x.sheet(msg("regions.sheet.municipalities", locale), title, headers, rows, 1)
                    .sheet(msg("regions.sheet.kinds", locale), title, kindHeaders, kindRows, 1)
                    .toBytes();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("region-" + id + "-" + d.asOf() + ".xlsx").build().toString())
                .body(bytes);
    }

    /**
     * The region's dashboard from its read model, when the user reads the region (else 404, as {@link
     * Regions#readable}; an unknown region is a 404 from the computation, which the cache does not keep). The region
     * and its municipalities are read inside the computation, not again on every request.
     */
    private RegionalDashboard.Dashboard cached(CurrentUser user, long id, LocalDate asOf) {
        if (!Regions.reads(user, id)) {
            throw new ru.edu.mentoring.shared.NotFoundException();
        }
        return readModels.get(new RegionalReadModels.Key(id, dashboards.asOf(asOf))).value();
    }

    /** A row of the XLSX: counts as numbers, shares as percentages recomputed from the counts (empty when unknown). */
    private static List<Object> row(String name, RegionalDashboard.Counts c, BigDecimal target) {
        List<Object> row = new ArrayList<>();
        row.add(name);
        row.add(c.schools());
        row.add(c.students());
        row.add(c.involved());
        row.add(percent(c.coverage()));
        Long gap = c.gap(target);
        row.add(gap == null ? "" : gap);
        row.add(c.young());
        row.add(c.youngMentored());
        row.add(percent(c.youngShare()));
        row.add(c.pairsByOrder());
        row.add(c.mentors());
        row.add(c.trained());
        row.add(percent(c.trainedShare()));
        row.add(c.started());
        row.add(c.completed());
        row.add(percent(c.completedShare()));
        return row;
    }

    private static Object percent(BigDecimal p) {
        return p == null ? "" : new Xlsx.Percent(p.doubleValue() / 100);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    // --- settings --------------------------------------------------------------------------------------------

    @GetMapping("/regions/{id}/settings")
    String settings(@PathVariable long id, CurrentUser user, Model model) {
        return settingsPage(regions.readable(user, id), user, model);
    }

    private String settingsPage(Regions.RegionView region, CurrentUser user, Model model) {
        model.addAttribute("region", region);
        model.addAttribute("targets", regions.targets(region.id()));
        model.addAttribute("periods", regions.periods(region.id()));
        model.addAttribute("canEdit", Regions.editsSettings(user, region.id()));
        model.addAttribute("nextYear", regions.targets(region.id()).stream().mapToInt(Regions.TargetView::year)
                .max().orElse(dashboards.today().getYear() - 1) + 1);
        return "regions/settings";
    }

    @PostMapping("/regions/{id}/targets")
    @StaleVersionForm("regions/settings")
    String saveTarget(@PathVariable long id, CurrentUser user, @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "") String percent, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes redirect) {
        Regions.RegionView region = regions.readable(user, id);
        Regions.requireEditor(user, id);
        Integer y = parseYear(year);
        BigDecimal p = parsePercent(percent);
        if (y == null) {
            redirect.addFlashAttribute("flashError", "regions.targets.year.invalid");
        } else if (p == null) {
            redirect.addFlashAttribute("flashError", "regions.targets.percent.invalid");
        } else {
            StaleVersionPage.onConflict(model, () -> settingsPage(region, user, model));
            regions.setTarget(id, y, p, version);
            redirect.addFlashAttribute("flashSuccess", "regions.targets.saved");
        }
        return "redirect:/regions/" + id + "/settings";
    }

    @PostMapping("/regions/{id}/periods")
    String addPeriod(@PathVariable long id, CurrentUser user, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String startsOn, @RequestParam(defaultValue = "") String endsOn,
            @RequestParam(defaultValue = "") String dueOn, RedirectAttributes redirect) {
        regions.readable(user, id);
        Regions.requireEditor(user, id);
        String t = title.strip();
        LocalDate from = parseDate(startsOn);
        LocalDate to = parseDate(endsOn);
        LocalDate due = parseDate(dueOn);
        var problem = PlainText.Rules.problem(t, false);
        if (t.isEmpty() || t.length() > 200) {
            redirect.addFlashAttribute("flashError", "regions.period.title.invalid");
        } else if (problem.isPresent()) {
            redirect.addFlashAttribute("flashError", problem.get());
        } else if (from == null || to == null || due == null || to.isBefore(from)
                || due.isBefore(to) || from.getYear() < 2015 || due.getYear() > 2100) {
            redirect.addFlashAttribute("flashError", "regions.period.dates.invalid");
        } else {
            regions.addPeriod(id, t, from, to, due);
            redirect.addFlashAttribute("flashSuccess", "regions.period.added");
        }
        return "redirect:/regions/" + id + "/settings";
    }

    @PostMapping("/regions/{id}/periods/delete")
    String removePeriod(@PathVariable long id, CurrentUser user, @RequestParam(defaultValue = "0") long periodId,
            RedirectAttributes redirect) {
        regions.readable(user, id);
        Regions.requireEditor(user, id);
        if (regions.removePeriod(id, periodId)) {
            redirect.addFlashAttribute("flashSuccess", "regions.period.removed");
        } else {
            redirect.addFlashAttribute("flashError", "regions.period.unknown");
        }
        return "redirect:/regions/" + id + "/settings";
    }

    /** A date as the browser's date field sends it (yyyy-MM-dd); null when it is not one. */
    static LocalDate parseDate(String s) {
        try {
            return s.length() > 10 ? null : LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static Integer parseYear(String s) {
        try {
            int y = Integer.parseInt(s.strip());
            return y >= 2020 && y <= 2035 ? y : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** «45», «45,5», «45.5 %» → 45.5; null when not a number in 0..100 with at most one decimal. */
    static BigDecimal parsePercent(String s) {
        String cleaned = s.replace("%", "").replace(",", ".").replace("\u00a0", "").strip();
        try {
            BigDecimal p = new BigDecimal(cleaned);
            if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0 || p.stripTrailingZeros().scale() > 1) {
                return null;
            }
            return p.setScale(1, RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
