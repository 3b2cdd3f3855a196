package ru.edu.mentoring.monitoring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.context.Context;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.campaigns.Campaigns;
import ru.edu.mentoring.monitoring.Monitoring.Dashboard;
import ru.edu.mentoring.monitoring.Monitoring.SchoolLine;
import ru.edu.mentoring.roadmaps.Roadmaps;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.ChangeLog;
import ru.edu.mentoring.shared.PageLinks;
import ru.edu.mentoring.shared.Pdf;
import ru.edu.mentoring.shared.StaleVersionException;
import ru.edu.mentoring.shared.Xlsx;

/** The monitoring dashboards: municipal, regional, per school; data quality; targets; exports. */
@Controller
class MonitoringController {

    /** Stands for «none» in the caches, which keep no null. */
    private static final Object NONE = new Object();

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Monitoring monitoring;
    private final MonitoringQueries queries;
    private final Targets targets;
    private final Schools schools;
    private final Campaigns campaigns;
    private final Roadmaps roadmaps;
    private final Pdf pdf;
    private final MessageSource messages;
    private final DashboardCache cache;
    private final ChangeLog changes;

    MonitoringController(Monitoring monitoring, MonitoringQueries queries, Targets targets, Schools schools,
            Campaigns campaigns, Roadmaps roadmaps, Pdf pdf, MessageSource messages, DashboardCache cache,
            ChangeLog changes) {
        this.changes = changes;
        this.cache = cache;
        this.monitoring = monitoring;
        this.queries = queries;
        this.targets = targets;
        this.schools = schools;
        this.campaigns = campaigns;
        this.roadmaps = roadmaps;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/monitoring")
    String own(CurrentUser user, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate asOf, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean below, @RequestParam(required = false) Integer page,
            Model model) {
        if (user.seesAllMunicipalities() && !user.seesWholeMunicipality()) {
            return "redirect:/monitoring/region";
        }
        return municipal(Monitoring.ownMunicipality(user), user, asOf, sort, below, page, model);
    }

    @GetMapping("/monitoring/municipalities/{id}")
    String municipality(@PathVariable long id, CurrentUser user, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean below, @RequestParam(required = false) Integer page,
            Model model) {
        Monitoring.checkMunicipality(user, id);
        return municipal(id, user, asOf, sort, below, page, model);
    }

    /** The dashboard of a municipality (schoolId null) or a school as of a date, from the short-lived cache. */
    private Dashboard cached(long municipalityId, Long schoolId, LocalDate asOf) {
        return cache.dashboard(municipalityId, schoolId, asOf);
    }

    /** Schools per page of the dashboard's table (a region's largest municipality has over 200; the XLSX has all). */
    static final int SCHOOLS_PER_PAGE = 50;

    private String municipal(long id, CurrentUser user, LocalDate asOf, String sort, boolean below, Integer page,
            Model model) {
        Dashboard d = cached(id, null, monitoring.asOf(asOf));
        String order = sort == null ? "name" : sort;
        model.addAttribute("d", d);
        model.addAttribute("sort", order);
        model.addAttribute("below", below);
        model.addAttribute("asOfParam", asOf == null ? null : d.asOf().toString());
        model.addAttribute("today", monitoring.today());
        model.addAttribute("editsTargets", Monitoring.editsTargets(user, id));
        model.addAttribute("region", user.seesAllMunicipalities());
        List<SchoolLine> all = Monitoring.sorted(d.schools(), sort, below);
        org.springframework.data.domain.Pageable pageable = PageLinks.request(page, SCHOOLS_PER_PAGE,
                org.springframework.data.domain.Sort.unsorted());
        int from = (int) Math.min(pageable.getOffset(), all.size());
        org.springframework.data.domain.Page<SchoolLine> lines = new org.springframework.data.domain.PageImpl<>(
                all.subList(from, Math.min(from + SCHOOLS_PER_PAGE, all.size())), pageable, all.size());
        model.addAttribute("lines", lines.getContent());
        model.addAttribute("linesPage", lines);
        model.addAttribute("linesPages", PageLinks.window(lines));
        return "monitoring/dashboard";
    }

    @GetMapping("/monitoring/region")
    String region(CurrentUser user, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate asOf, Model model) {
        Monitoring.checkRegion(user);
        LocalDate date = monitoring.asOf(asOf);
        int year = date.getYear();
        List<RegionLine> lines = cache.get(List.of("region", date), () -> changes.municipalityMark(null),
                () -> regionLines(year, date));
        model.addAttribute("lines", lines);
        model.addAttribute("asOf", date);
        model.addAttribute("year", year);
        model.addAttribute("today", monitoring.today());
        return "monitoring/region";
    }

    private List<RegionLine> regionLines(int year, LocalDate date) {
        Map<Long, BigDecimal> goals = targets.forYear(year);
        return queries.region(year, date).stream().map(m -> new RegionLine(m.municipalityId(),
                m.name(), m.schools(), m.schools() - m.schoolsWithCount(), Figure.of(m.involved(),
                        m.students() == 0 ? null : Math.toIntExact(m.students()),
                        goals.containsKey(m.municipalityId()) ? goals.get(m.municipalityId())
                                : targets.byYear(m.municipalityId()).get(year))))
                .sorted(ru.edu.mentoring.shared.NaturalOrder.by(RegionLine::name))
                .toList();
    }

    record RegionLine(long id, String name, int schools, int withoutCount, Figure figure) {}

    @GetMapping("/monitoring/schools/{id}")
    String school(@PathVariable long id, CurrentUser user, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        SchoolSummary school = schools.readable(user, id);
        Dashboard d = cached(school.municipalityId(), id, monitoring.asOf(asOf));
        model.addAttribute("school", school);
        model.addAttribute("d", d);
        model.addAttribute("today", monitoring.today());
        Object stages = cache.get(List.of("stages", id), () -> campaigns.latestStages(school)
                .<Object>map(x -> x).orElse(NONE));
        Object roadmapStatus = cache.get(List.of("roadmap", id), () -> roadmaps.statusOf(id).<Object>map(x -> x)
                .orElse(NONE));
        model.addAttribute("stages", stages == NONE ? null : stages);
        model.addAttribute("roadmapStatus", roadmapStatus == NONE ? null : roadmapStatus);
        boolean readsMunicipality = user.seesAllMunicipalities()
                || (user.seesWholeMunicipality() && user.municipalityId() == school.municipalityId());
        model.addAttribute("readsMunicipality", readsMunicipality);
        return "monitoring/school";
    }

    // --- data quality ----------------------------------------------------------------------------------------

    @GetMapping("/monitoring/municipalities/{id}/quality")
    String quality(@PathVariable long id, CurrentUser user, Model model) {
        Monitoring.checkMunicipality(user, id);
        LocalDate today = monitoring.today();
        List<MonitoringQueries.SchoolIssue> issues = queries.schoolIssues(id, today.getYear(), today);
        model.addAttribute("municipalityId", id);
        model.addAttribute("municipalityName", schools.municipalityName(id));
        model.addAttribute("year", today.getYear());
        model.addAttribute("withoutOrder", issues.stream().filter(i -> i.withoutOrder() > 0).toList());
        model.addAttribute("overdue", issues.stream().filter(i -> i.overdue() > 0).toList());
        model.addAttribute("noCount", issues.stream().filter(MonitoringQueries.SchoolIssue::noCount).toList());
        model.addAttribute("overCapacity", queries.overCapacity(id));
        return "monitoring/quality";
    }

    // --- targets ---------------------------------------------------------------------------------------------

    @GetMapping("/monitoring/municipalities/{id}/targets")
    String targets(@PathVariable long id, CurrentUser user, Model model) {
        Monitoring.checkMunicipality(user, id);
        return targetsPage(id, user, model);
    }

    private String targetsPage(long id, CurrentUser user, Model model) {
        model.addAttribute("municipalityId", id);
        model.addAttribute("municipalityName", schools.municipalityName(id));
        model.addAttribute("targets", targets.studentCoverage(id));
        model.addAttribute("canEdit", Monitoring.editsTargets(user, id));
        model.addAttribute("nextYear", targets.studentCoverage(id).stream().mapToInt(Targets.TargetView::year)
                .max().orElse(Monitoring.FIRST_YEAR - 1) + 1);
        return "monitoring/targets";
    }

    @PostMapping("/monitoring/municipalities/{id}/targets")
    String saveTarget(@PathVariable long id, CurrentUser user, @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "") String percent, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Monitoring.checkMunicipality(user, id);
        if (!Monitoring.editsTargets(user, id)) {
            throw new AccessDeniedException("read only");
        }
        Integer y = parseYear(year);
        BigDecimal p = parsePercent(percent);
        if (y == null) {
            redirect.addFlashAttribute("flashError", "monitoring.targets.year.invalid");
        } else if (p == null) {
            redirect.addFlashAttribute("flashError", "monitoring.targets.percent.invalid");
        } else {
            try {
                targets.set(id, y, p, version);
                redirect.addFlashAttribute("flashSuccess", "monitoring.targets.saved");
            } catch (Targets.YearExistsException e) {
                redirect.addFlashAttribute("flashError", "monitoring.targets.year.exists");
            } catch (StaleVersionException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("conflict", true);
                model.addAttribute("conflictYear", y);
                model.addAttribute("conflictPercent", percent);
                return targetsPage(id, user, model);
            }
        }
        return "redirect:/monitoring/municipalities/" + id + "/targets";
    }

    static Integer parseYear(String s) {
        try {
            int y = Integer.parseInt(s.strip());
            return y >= Monitoring.FIRST_YEAR && y <= 2035 ? y : null;
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

    // --- exports ---------------------------------------------------------------------------------------------

    @GetMapping("/monitoring/municipalities/{id}/schools.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, CurrentUser user, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Locale locale) {
        Monitoring.checkMunicipality(user, id);
        Dashboard d = monitoring.dashboard(id, null, monitoring.asOf(asOf));
        List<String> headers = new ArrayList<>(List.of(msg("monitoring.col.school", locale),
                msg("monitoring.col.students", locale), msg("monitoring.col.involved", locale),
                msg("monitoring.col.coverage", locale), msg("monitoring.col.target", locale),
                msg("monitoring.col.gap", locale)));
        d.forms().forEach(headers::add);
        headers.add(msg("monitoring.col.trained", locale));
        List<List<Object>> rows = xlsxRows(d, msg("monitoring.total", locale), msg("monitoring.noData", locale));
        byte[] bytes;
        try (Xlsx x = new Xlsx()) {
            String title = messages.getMessage("monitoring.xlsx.title",
                    new Object[] {d.municipalityName(), DATE.format(d.asOf())}, locale);
            bytes = x.sheet(msg("monitoring.sheet", locale) + " " + DATE.format(d.asOf()), title, headers, rows, 1)
                    .toBytes();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("coverage-" + id + "-" + d.asOf() + ".xlsx").build().toString())
                .body(bytes);
    }

    private static Map<String, Long> totalsByForm(Dashboard d) {
        Map<String, Long> map = new java.util.HashMap<>();
        d.byForm().forEach(c -> map.put(c.key(), c.n()));
        return map;
    }

    /**
     * The rows of the per-school XLSX: each school by name, then the total. The gap is {@link Figure#gap}, so a row
     * with a gap above 0 is exactly a school the «ниже цели» filter shows; a cell that needs the student count says
     * «нет данных» when there is none.
     */
    static List<List<Object>> xlsxRows(Dashboard d, String totalLabel, String noData) {
        List<List<Object>> rows = new ArrayList<>();
        for (SchoolLine l : Monitoring.sorted(d.schools(), "name", false)) {
            rows.add(row(l.name(), l.figure(), d, l.pairsByForm(), Coverage.share(l.trainedMentors(), l.mentors()),
                    noData));
        }
        rows.add(row(totalLabel, d.total(), d, totalsByForm(d),
                Coverage.share(d.teachers().trained(), d.teachers().mentors()), noData));
        return rows;
    }

    private static List<Object> row(String name, Figure f, Dashboard d, Map<String, Long> byForm, BigDecimal trained,
            String noData) {
        List<Object> r = new ArrayList<>();
        boolean counted = f.percent() != null;
        r.add(name);
        r.add(f.students() == null ? noData : f.students());
        r.add(f.involved());
        r.add(counted ? new Xlsx.Percent(fraction(f.percent())) : noData);
        r.add(f.target() == null ? null : new Xlsx.Percent(fraction(f.target())));
        r.add(!counted && f.target() != null ? noData : f.gap());
        d.forms().forEach(form -> r.add(byForm.getOrDefault(form, 0L)));
        r.add(trained == null ? null : new Xlsx.Percent(fraction(trained)));
        return r;
    }

    private static double fraction(BigDecimal percent) {
        return percent.movePointLeft(2).doubleValue();
    }

    @GetMapping("/monitoring/municipalities/{id}/summary.pdf")
    ResponseEntity<byte[]> summaryPdf(@PathVariable long id, CurrentUser user, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Locale locale) {
        Monitoring.checkMunicipality(user, id);
        Dashboard d = monitoring.dashboard(id, null, monitoring.asOf(asOf));
        Context context = new Context(locale);
        context.setVariable("d", d);
        context.setVariable("lines", Monitoring.sorted(d.schools(), "name", false));
        byte[] bytes = pdf.render("monitoring/summary-pdf", context);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("coverage-" + id + "-" + d.asOf() + ".pdf").build().toString())
                .body(bytes);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
