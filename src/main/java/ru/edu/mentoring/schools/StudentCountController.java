package ru.edu.mentoring.schools;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;

/** The yearly student count of a school, entered by its curator or by the department. */
@Controller
class StudentCountController {

    private final Schools schools;
    private final StudentCountRepository counts;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<InvolvedStudents> involved;

    StudentCountController(Schools schools, StudentCountRepository counts, Clock clock,
            org.springframework.beans.factory.ObjectProvider<InvolvedStudents> involved) {
        this.schools = schools;
        this.counts = counts;
        this.clock = clock;
        this.involved = involved;
    }

    @GetMapping("/schools/{id}/student-counts")
    @Transactional(readOnly = true)
    String show(@PathVariable long id, CurrentUser user, Model model) {
        SchoolSummary school = schools.readable(user, id);
        page(school, user, model);
        return "schools/student-counts";
    }

    private void page(SchoolSummary school, CurrentUser user, Model model) {
        long id = school.id();
        int year = LocalDate.now(clock).getYear();
        model.addAttribute("school", school);
        model.addAttribute("counts", counts.history(id));
        model.addAttribute("year", year);
        model.addAttribute("current", counts.findById(new StudentCount.Key(id, year)).orElse(null));
        model.addAttribute("canEdit", canEdit(user, school));
    }

    @PostMapping("/schools/{id}/student-counts")
    @Transactional
    String save(@PathVariable long id, @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "") String students, @RequestParam(defaultValue = "-1") long version,
            @RequestParam(defaultValue = "false") boolean confirm, CurrentUser user, Model model,
            RedirectAttributes redirect) {
        SchoolSummary school = schools.readable(user, id);
        if (!canEdit(user, school)) {
            throw new AccessDeniedException("read only");
        }
        Integer y = parse(year);
        Integer n = parse(students);
        int thisYear = LocalDate.now(clock).getYear();
        if (y == null || y < 2015 || y > thisYear + 1) {
            redirect.addFlashAttribute("flashError", "count.year.invalid");
        } else if (n == null || n < 0 || n > 100_000) {
            redirect.addFlashAttribute("flashError", "count.students.invalid");
        } else {
            StudentCount count = counts.findById(new StudentCount.Key(id, y)).orElse(null);
            if (count != null && version >= 0 && count.getVersion() != version) {
                redirect.addFlashAttribute("flashError", "count.stale");
                return "redirect:/schools/" + id + "/student-counts";
            }
            InvolvedStudents source = involved.getIfAvailable();
            long already = source == null ? 0 : source.involved(id, y);
            if (n < already && !confirm) {
                // fewer students than those already involved: coverage above 100 %; asked again before saving
                page(school, user, model);
                model.addAttribute("lowYear", y);
                model.addAttribute("lowStudents", n);
                model.addAttribute("lowInvolved", already);
                model.addAttribute("lowVersion", version);
                return "schools/student-counts";
            }
            if (count == null) {
                count = counts.save(new StudentCount(id, y));
            }
            count.set(n, user.id());
            redirect.addFlashAttribute("flashSuccess", "count.saved");
        }
        return "redirect:/schools/" + id + "/student-counts";
    }

    private static Integer parse(String s) {
        try {
            return Integer.valueOf(s.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean canEdit(CurrentUser user, SchoolSummary school) {
        return user.editsSchoolData(school.id())
                || (user.has(ru.edu.mentoring.accounts.Role.DEPARTMENT) && user.municipalityId() != null
                        && user.municipalityId() == school.municipalityId());
    }
}
