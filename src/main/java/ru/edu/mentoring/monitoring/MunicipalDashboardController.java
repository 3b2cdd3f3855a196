package ru.edu.mentoring.monitoring;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.monitoring.Monitoring.Dashboard;
import ru.edu.mentoring.monitoring.Monitoring.SchoolLine;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.web.PageLinks;

/** The municipal dashboard (the user's own or a chosen municipality's) and its data-quality page. */
@Controller
class MunicipalDashboardController {

    /** Schools per page of the dashboard's table (a region's largest municipality has over 200; the XLSX has all). */
    static final int SCHOOLS_PER_PAGE = 50;

    private final Monitoring monitoring;
    private final ReadModels readModels;
    private final MonitoringQueries queries;
    private final Schools schools;

    MunicipalDashboardController(Monitoring monitoring, ReadModels readModels, MonitoringQueries queries,
            Schools schools) {
        this.monitoring = monitoring;
        this.readModels = readModels;
        this.queries = queries;
        this.schools = schools;
    }

    @GetMapping("/monitoring")
    String own(CurrentUser user, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate asOf, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "false") boolean below, @RequestParam(required = false) Integer page,
            Model model) {
        if (user.readsSeveralMunicipalities() && !user.seesWholeMunicipality()) {
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

    private String municipal(long id, CurrentUser user, LocalDate asOf, String sort, boolean below, Integer page,
            Model model) {
        Dashboard d = readModels.get(new ReadModels.DashboardOf(id, null, monitoring.asOf(asOf))).value();
        String order = sort == null ? "name" : sort;
        model.addAttribute("d", d);
        model.addAttribute("sort", order);
        model.addAttribute("below", below);
        model.addAttribute("asOfParam", asOf == null ? null : d.asOf().toString());
        model.addAttribute("today", monitoring.today());
        model.addAttribute("editsTargets", Monitoring.editsTargets(user, id));
        model.addAttribute("region", user.readsSeveralMunicipalities());
        List<SchoolLine> all = Monitoring.sorted(d.schools(), sort, below);
        Pageable pageable = PageLinks.request(page, SCHOOLS_PER_PAGE, Sort.unsorted());
        int from = (int) Math.min(pageable.getOffset(), all.size());
        Page<SchoolLine> lines = new PageImpl<>(all.subList(from, Math.min(from + SCHOOLS_PER_PAGE, all.size())),
                pageable, all.size());
        model.addAttribute("lines", lines.getContent());
        model.addAttribute("linesPage", lines);
        model.addAttribute("linesPages", PageLinks.window(lines));
        return "monitoring/dashboard";
    }

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
}
