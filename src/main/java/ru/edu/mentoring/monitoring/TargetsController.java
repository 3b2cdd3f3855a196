package ru.edu.mentoring.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.web.StaleVersionForm;
import ru.edu.mentoring.web.StaleVersionPage;

/** A municipality's coverage targets by year: read by whoever reads its dashboard, edited by its department. */
@Controller
class TargetsController {

    private final Targets targets;
    private final Schools schools;

    TargetsController(Targets targets, Schools schools) {
        this.targets = targets;
        this.schools = schools;
    }

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
    @StaleVersionForm("monitoring/targets")
    String saveTarget(@PathVariable long id, CurrentUser user, @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "") String percent, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes redirect) {
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
            // a stale save shows the targets again with the typed year and percent (each row's version fresh)
            model.addAttribute("conflictYear", y);
            model.addAttribute("conflictPercent", percent);
            StaleVersionPage.onConflict(model, () -> targetsPage(id, user, model));
            try {
                targets.set(id, y, p, version);
                redirect.addFlashAttribute("flashSuccess", "monitoring.targets.saved");
            } catch (Targets.YearExistsException e) {
                redirect.addFlashAttribute("flashError", "monitoring.targets.year.exists");
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
}
