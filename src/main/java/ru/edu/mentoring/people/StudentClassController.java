package ru.edu.mentoring.people;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
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
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.web.StaleVersionForm;

/**
 * A student's classes by academic year (issue 17 point 7): the list, current year first, and the entry or correction
 * of the class of any year from 2018/19 to next year, with the version the curator saw. A birth date that does not fit
 * the grade in that year is saved only with «Дата рождения верна» (audited), as in the person form.
 */
@Controller
class StudentClassController {

    private final Schools schools;
    private final People people;
    private final PeopleRegistry registry;
    private final StudentClassRepository classes;
    private final PeoplePages pages;
    private final AuditLog audit;

    StudentClassController(Schools schools, People people, PeopleRegistry registry, StudentClassRepository classes,
            PeoplePages pages, AuditLog audit) {
        this.schools = schools;
        this.people = people;
        this.registry = registry;
        this.classes = classes;
        this.pages = pages;
        this.audit = audit;
    }

    @InitBinder("classForm")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("academicYear", "grade", "letter", "birthDateConfirmed", "version");
    }

    /** A class of a year as the page lists it. */
    record YearClass(int year, String yearLabel, String label, boolean current) {}

    record YearOption(int year, String label) {}

    @GetMapping("/people/{id}/classes")
    String page(@PathVariable long id, @RequestParam(required = false) Integer year, CurrentUser user, Model model,
            RedirectAttributes redirect) {
        Person person = pages.person(id);
        SchoolSummary school = schools.editable(user, person.getSchoolId());
        if (person.processingStopped()) {
            return PeoplePages.readOnly(person, redirect);
        }
        int shown = year == null ? AcademicYear.of(people.today()) : year;
        StudentClass stored = classes.findById(new StudentClass.Key(id, shown)).orElse(null);
        model.addAttribute("classForm", stored == null ? new StudentClassForm(shown, null, null, -1)
                : new StudentClassForm(shown, stored.getGrade(), stored.getLetter(), stored.getVersion()));
        return page(model, school, person);
    }

    @PostMapping("/people/{id}/classes")
    @StaleVersionForm("people/classes")
    String save(@PathVariable long id, @Valid @ModelAttribute("classForm") StudentClassForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        Person person = pages.person(id);
        SchoolSummary school = schools.editable(user, person.getSchoolId());
        if (person.processingStopped()) {
            return PeoplePages.readOnly(person, redirect);
        }
        page(model, school, person);
        if (person.getKind() != PersonKind.STUDENT) {
            errors.reject("studentClass.notStudent");
            return "people/classes";
        }
        Violation.rejectAll(registry.classProblems(form.getAcademicYear(), form.getGrade(), form.getLetter()),
                errors);
        if (errors.hasErrors()) {
            return "people/classes";
        }
        boolean implausible = person.getBirthDate() != null
                && !StudentClass.plausibleAge(form.getGrade(), person.getBirthDate(), form.getAcademicYear());
        if (implausible && !form.isBirthDateConfirmed()) {
            model.addAttribute("birthDateImplausible", true);
            errors.rejectValue("grade", "studentClass.birthDate.implausible",
                    new Object[] {form.getGrade() + StudentClass.YOUNGEST_OFFSET,
                            form.getGrade() + StudentClass.OLDEST_OFFSET}, null);
            return "people/classes";
        }
        registry.saveClass(id, form.getAcademicYear(), form.getGrade(),
                form.getLetter() == null ? "" : form.getLetter(), form.getVersion());
        if (implausible) {
            audit.record("CONFIRM", "StudentClass", id, person.getSchoolId(), "birthDate");
        }
        redirect.addFlashAttribute("flashSuccess", "studentClass.saved");
        return "redirect:/people/" + id + "/classes";
    }

    private String page(Model model, SchoolSummary school, Person person) {
        int current = AcademicYear.of(people.today());
        pages.auditMinor(person);
        model.addAttribute("school", school);
        model.addAttribute("person", person);
        model.addAttribute("fullName", person.fullName());
        model.addAttribute("classes", byYear(person.getId(), current));
        model.addAttribute("years", IntStream.rangeClosed(PeopleRegistry.FIRST_CLASS_YEAR, current + 1).boxed()
                .sorted(Comparator.reverseOrder()).map(y -> new YearOption(y, AcademicYear.label(y))).toList());
        return "people/classes";
    }

    /** The student's classes, the current year's first, then the others from the latest. */
    List<YearClass> byYear(long personId, int current) {
        return classes.history(personId).stream()
                .map(c -> new YearClass(c.academicYear(), AcademicYear.label(c.academicYear()), c.label(),
                        c.academicYear() == current))
                .sorted(Comparator.comparing((YearClass c) -> !c.current())
                        .thenComparing(YearClass::year, Comparator.reverseOrder()))
                .toList();
    }
}
