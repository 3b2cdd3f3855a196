package ru.edu.mentoring.monitoring;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;

/** A school's drill-down: its dashboard by form and class, its campaign stages and its roadmap's status. */
@Controller
class SchoolDashboardController {

    private final Monitoring monitoring;
    private final ReadModels readModels;
    private final Schools schools;

    SchoolDashboardController(Monitoring monitoring, ReadModels readModels, Schools schools) {
        this.monitoring = monitoring;
        this.readModels = readModels;
        this.schools = schools;
    }

    @GetMapping("/monitoring/schools/{id}")
    String school(@PathVariable long id, CurrentUser user, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Model model) {
        SchoolSummary school = schools.readable(user, id);
        model.addAttribute("school", school);
        model.addAttribute("d", readModels.get(new ReadModels.DashboardOf(school.municipalityId(), id,
                monitoring.asOf(asOf))).value());
        model.addAttribute("today", monitoring.today());
        ReadModels.SchoolSide side = readModels.get(new ReadModels.SchoolSideOf(school)).value();
        model.addAttribute("stages", side.stages());
        model.addAttribute("roadmapStatus", side.roadmapStatus());
        boolean readsMunicipality = user.readsMunicipality(school.municipalityId());
        model.addAttribute("readsMunicipality", readsMunicipality);
        return "monitoring/school";
    }
}
