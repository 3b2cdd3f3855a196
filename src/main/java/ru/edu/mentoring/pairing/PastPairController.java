package ru.edu.mentoring.pairing;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;

/**
 * Pairs and groups of past academic years, entered one by one (issue 17 point 7): the curator chooses the year
 * (2018/19 … last year), the form and its people among everyone of the school with their class of that year, the real
 * start and end dates within it and the end state; the pair is recorded already completed or terminated.
 */
@Controller
class PastPairController {

    private final Schools schools;
    private final People people;
    private final PairRegistration registration;
    private final MentoringFormRepository forms;
    private final FormVariationRepository variations;
    private final AuditLog audit;

    PastPairController(Schools schools, People people, PairRegistration registration, MentoringFormRepository forms,
            FormVariationRepository variations, AuditLog audit) {
        this.schools = schools;
        this.people = people;
        this.registration = registration;
        this.forms = forms;
        this.variations = variations;
        this.audit = audit;
    }

    @InitBinder("pastPairForm")
    void fields(WebDataBinder binder) {
        binder.setAllowedFields("academicYear", "formId", "variationId", "mentorId", "menteeIds", "teacherFormat",
                "startDate", "endDate", "outcome", "outcomeText", "goal", "token");
    }

    /** An academic year to choose: its first calendar year and «2022/23». */
    record YearOption(int year, String label) {}

    @GetMapping("/schools/{schoolId}/pairs/past")
    String form(@PathVariable long schoolId, @RequestParam(required = false) Integer year, CurrentUser user,
            Model model) {
        SchoolSummary school = schools.editable(user, schoolId);
        int current = AcademicYear.of(people.today());
        PastPairForm form = new PastPairForm();
        form.setToken(UUID.randomUUID());
        form.setAcademicYear(year != null && year >= PairingRules.FIRST_PAST_YEAR && year < current ? year
                : current - 1);
        form.setOutcome(PairStatus.COMPLETED);
        model.addAttribute("pastPairForm", form);
        return page(model, school, form.getAcademicYear());
    }

    @PostMapping("/schools/{schoolId}/pairs/past")
    String create(@PathVariable long schoolId, @Valid @ModelAttribute("pastPairForm") PastPairForm form,
            BindingResult errors, CurrentUser user, Model model) {
        SchoolSummary school = schools.editable(user, schoolId);
        if (errors.hasErrors()) {
            return page(model, school, form.getAcademicYear());
        }
        PairOutcome outcome = registration.createPast(schoolId, school.kind(), form.toCommand());
        if (!outcome.ok()) {
            for (PairingRules.Violation v : outcome.violations()) {
                String field = "plannedEnd".equals(v.field()) ? "endDate" : v.field();
                errors.rejectValue(field, v.code(), v.args(), v.code());
            }
            return page(model, school, form.getAcademicYear());
        }
        return "redirect:/pairs/" + outcome.pairId() + "?created=past";
    }

    private String page(Model model, SchoolSummary school, Integer year) {
        int current = AcademicYear.of(people.today());
        int shown = year != null && year >= PairingRules.FIRST_PAST_YEAR && year < current ? year : current - 1;
        model.addAttribute("school", school);
        model.addAttribute("years", IntStream.rangeClosed(PairingRules.FIRST_PAST_YEAR, current - 1).boxed()
                .sorted(java.util.Comparator.reverseOrder())
                .map(y -> new YearOption(y, AcademicYear.label(y))).toList());
        model.addAttribute("shownYear", AcademicYear.label(shown));
        List<MentoringForm> applicable = forms.findByActiveTrueOrderBySortOrderAscIdAsc().stream()
                .filter(f -> f.getAppliesToSet().contains(school.kind())).toList();
        Map<Long, String> formNames = applicable.stream()
                .collect(Collectors.toMap(MentoringForm::getId, MentoringForm::getName));
        model.addAttribute("forms", applicable);
        model.addAttribute("variations", variations.findByActiveTrueOrderByFormIdAscSortOrderAscIdAsc().stream()
                .filter(v -> formNames.containsKey(v.getFormId()))
                .map(v -> new PairController.VariationOption(v.getId(),
                        formNames.get(v.getFormId()) + ": " + v.getName()))
                .toList());
        // everyone of the school with the class of the chosen year: a pair of 2022/23 names who was there then
        List<Participant> everyone = people.schoolPeople(school.id(), LocalDate.of(shown, 9, 1));
        audit.recordRead("VIEW", "PastPairForm", null, school.id(),
                everyone.stream().filter(Participant::minor).map(Participant::id).toList());
        model.addAttribute("everyone", everyone);
        model.addAttribute("formats", TeacherFormat.values());
        model.addAttribute("outcomes", List.of(PairStatus.COMPLETED, PairStatus.TERMINATED));
        return "pairing/past-form";
    }
}
