package ru.edu.mentoring.training;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.documents.UploadRejected;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.StaleVersionException;

/**
 * A mentor's training courses and credentials («Обучение и квалификация»): read by whoever reads the person's school,
 * kept by its curator. The file of a course is filed in the school's document register with its checks.
 */
@Controller
class MentorTrainingController {

    private final Trainings trainings;
    private final Schools schools;
    private final People people;
    private final AuditLog audit;

    MentorTrainingController(Trainings trainings, Schools schools, People people, AuditLog audit) {
        this.trainings = trainings;
        this.schools = schools;
        this.people = people;
        this.audit = audit;
    }

    @InitBinder("courseForm")
    void courseFields(WebDataBinder binder) {
        binder.setAllowedFields("title", "provider", "hours", "startDate", "endDate", "docType", "docNumber");
    }

    @InitBinder("credentialForm")
    void credentialFields(WebDataBinder binder) {
        binder.setAllowedFields("kind", "credentialTitle", "issuedOn", "credentialNumber");
    }

    @GetMapping("/people/{id}/training")
    String page(@PathVariable long id, CurrentUser user, Model model) {
        Participant p = person(id);
        SchoolSummary school = schools.readable(user, p.schoolId());
        model.addAttribute("courseForm", new CourseForm());
        model.addAttribute("credentialForm", new CredentialForm());
        return page(p, school, user, model);
    }

    private String page(Participant p, SchoolSummary school, CurrentUser user, Model model) {
        if (p.minor()) {
            audit.recordRead("VIEW", "Person", p.id(), p.schoolId(), List.of(p.id()));
        }
        model.addAttribute("person", p);
        model.addAttribute("school", school);
        model.addAttribute("training", trainings.of(p.id()));
        model.addAttribute("today", trainings.today());
        model.addAttribute("canEdit", user.editsSchoolData(p.schoolId()));
        model.addAttribute("docTypes", DocType.values());
        model.addAttribute("credentialKinds", CredentialKind.values());
        return "training/person";
    }

    @PostMapping("/people/{id}/courses")
    String addCourse(@PathVariable long id, @Valid @ModelAttribute("courseForm") CourseForm form,
            BindingResult errors, @RequestParam(required = false) MultipartFile file, CurrentUser user, Model model,
            RedirectAttributes redirect) throws IOException {
        Participant p = person(id);
        SchoolSummary school = schools.editable(user, p.schoolId());
        if (form.getStartDate() != null && form.getEndDate() != null && form.getStartDate().isAfter(form.getEndDate())) {
            errors.rejectValue("endDate", "course.dates.invalid");
        }
        if (errors.hasErrors()) {
            model.addAttribute("credentialForm", new CredentialForm());
            return page(p, school, user, model);
        }
        try {
            trainings.addCourse(id, form.command(file == null ? null : file.getOriginalFilename(),
                    file == null || file.isEmpty() ? null : file.getBytes()), user.username());
            redirect.addFlashAttribute("flashSuccess", "course.added");
        } catch (UploadRejected e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        } catch (TrainingRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/people/" + id + "/training";
    }

    @PostMapping("/courses/{id}/delete")
    String deleteCourse(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        MentorCourse c = trainings.course(id);
        schools.editable(user, person(c.getPersonId()).schoolId());
        try {
            trainings.deleteCourse(id, required(version));
            redirect.addFlashAttribute("flashSuccess", "course.deleted");
        } catch (TrainingRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/people/" + c.getPersonId() + "/training";
    }

    @PostMapping("/people/{id}/credentials")
    String addCredential(@PathVariable long id, @Valid @ModelAttribute("credentialForm") CredentialForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        Participant p = person(id);
        SchoolSummary school = schools.editable(user, p.schoolId());
        if (form.getKind() == CredentialKind.OTHER && (form.getCredentialTitle() == null || form.getCredentialTitle().isBlank())) {
            errors.rejectValue("credentialTitle", "credential.title.required");
        }
        if (form.getIssuedOn() != null && form.getIssuedOn().isAfter(trainings.today())) {
            errors.rejectValue("issuedOn", "credential.issuedOn.future");
        }
        if (errors.hasErrors()) {
            model.addAttribute("courseForm", new CourseForm());
            return page(p, school, user, model);
        }
        try {
            trainings.addCredential(id, form.getKind(), form.getCredentialTitle(), form.getIssuedOn(), form.getCredentialNumber());
            redirect.addFlashAttribute("flashSuccess", "credential.added");
        } catch (TrainingRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/people/" + id + "/training";
    }

    @PostMapping("/credentials/{id}/delete")
    String deleteCredential(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        MentorCredential c = trainings.credential(id);
        schools.editable(user, person(c.getPersonId()).schoolId());
        try {
            trainings.deleteCredential(id, required(version));
            redirect.addFlashAttribute("flashSuccess", "credential.deleted");
        } catch (TrainingRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/people/" + c.getPersonId() + "/training";
    }

    private Participant person(long id) {
        return people.participant(id, people.today()).orElseThrow(NotFoundException::new);
    }

    private static long required(Long version) {
        if (version == null) {
            throw new StaleVersionException();
        }
        return version;
    }
}
