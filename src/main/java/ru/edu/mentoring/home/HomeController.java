package ru.edu.mentoring.home;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;

/** The start page: each role sees its own. */
@Controller
class HomeController {

    private final Schools schools;

    HomeController(Schools schools) {
        this.schools = schools;
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        if (user.has(Role.ADMIN)) {
            return "redirect:/admin/users";
        }
        model.addAttribute("municipalities", schools.municipalities(user));
        if (user.has(Role.REGION)) {
            return "home/region";
        }
        List<SchoolSummary> visible = schools.visibleTo(user);
        model.addAttribute("schools", visible);
        model.addAttribute("withoutCurator", visible.stream().filter(s -> !s.hasCurator()).toList());
        if (user.has(Role.DEPARTMENT)) {
            return "home/department";
        }
        if (user.has(Role.METHODOLOGIST)) {
            return "home/methodologist";
        }
        if (user.has(Role.CURATOR)) {
            return "home/curator";
        }
        return "home/head";
    }
}
