package ru.edu.mentoring.monitoring;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.edu.mentoring.accounts.CurrentUser;

/**
 * The municipalities' coverage at a glance: every municipality for the administrator, those of their region for a
 * regional centre's user (whose full dashboard is the regions module's {@code /regions/{id}}).
 */
@Controller
class RegionController {

    private final Monitoring monitoring;
    private final ReadModels readModels;

    RegionController(Monitoring monitoring, ReadModels readModels) {
        this.monitoring = monitoring;
        this.readModels = readModels;
    }

    @GetMapping("/monitoring/region")
    String region(CurrentUser user, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate asOf, Model model) {
        Monitoring.checkRegion(user);
        LocalDate date = monitoring.asOf(asOf);
        // the cached overview holds every municipality; a regional centre's user sees those of their region (issue 22)
        model.addAttribute("lines", readModels.get(new ReadModels.RegionOf(date)).value().stream()
                .filter(l -> user.readsMunicipality(l.id())).toList());
        model.addAttribute("regionId", user.seesRegion() ? user.regionId() : null);
        model.addAttribute("asOf", date);
        model.addAttribute("year", date.getYear());
        model.addAttribute("today", monitoring.today());
        return "monitoring/region";
    }
}
