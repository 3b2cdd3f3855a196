package ru.edu.mentoring.training;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
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
import ru.edu.mentoring.people.ConsentRequiredException;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.people.ProcessingStoppedException;
import ru.edu.mentoring.people.RulesViolatedException;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.PlainText;
import ru.edu.mentoring.web.StaleVersionForm;

/**
 * Candidate mentors of a school (R-145 stage 4): the list, the questionnaire, the interview and the steps заявка →
 * собеседование → обучение → в базе | отказ. The school's curator keeps them; whoever reads the school reads them.
 */
@Controller
class CandidateController {

    private final Trainings trainings;
    private final Schools schools;
    private final People people;
    private final AuditLog audit;

    CandidateController(Trainings trainings, Schools schools, People people, AuditLog audit) {
        this.trainings = trainings;
        this.schools = schools;
        this.people = people;
        this.audit = audit;
    }

    @InitBinder("candidateForm")
    void candidateFields(WebDataBinder binder) {
        binder.setAllowedFields("applicant", "motivation", "experience", "competences", "interests",
                "preferredMentees", "availability", "version");
    }

    @InitBinder("interviewForm")
    void interviewFields(WebDataBinder binder) {
        binder.setAllowedFields("interviewDate", "interviewer", "interviewResult", "interviewComment", "version");
    }

    @GetMapping("/schools/{id}/candidates")
    String list(@PathVariable long id, CurrentUser user, Model model) {
        SchoolSummary school = schools.readable(user, id);
        List<Trainings.CandidateView> list = trainings.candidates(id);
        auditMinors(id, list.stream().map(Trainings.CandidateView::personId).toList());
        model.addAttribute("school", school);
        model.addAttribute("candidates", list);
        model.addAttribute("counts", Trainings.byStatus(list));
        model.addAttribute("canEdit", user.editsSchoolData(id));
        return "training/candidates";
    }

    @GetMapping("/schools/{id}/candidates/new")
    String newForm(@PathVariable long id, CurrentUser user, Model model) {
        SchoolSummary school = schools.editable(user, id);
        model.addAttribute("candidateForm", new CandidateForm());
        return newPage(school, model);
    }

    private String newPage(SchoolSummary school, Model model) {
        model.addAttribute("school", school);
        model.addAttribute("eligible", trainings.eligible(school));
        return "training/candidate-form";
    }

    @PostMapping("/schools/{id}/candidates")
    String create(@PathVariable long id, @Valid @ModelAttribute("candidateForm") CandidateForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        SchoolSummary school = schools.editable(user, id);
        if (form.getApplicant() == null) {
            errors.rejectValue("applicant", "validation.required");
        }
        if (errors.hasErrors()) {
            return newPage(school, model);
        }
        try {
            long candidate = trainings.apply(school, form.getApplicant(), form.answers());
            redirect.addFlashAttribute("flashSuccess", "candidate.created");
            return "redirect:/candidates/" + candidate;
        } catch (TrainingRuleException e) {
            errors.rejectValue("applicant", e.messageKey());
            return newPage(school, model);
        }
    }

    @GetMapping("/candidates/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        Trainings.CandidateView c = trainings.candidate(id);
        SchoolSummary school = schools.readable(user, c.schoolId());
        auditMinors(c.schoolId(), List.of(c.personId()));
        model.addAttribute("school", school);
        model.addAttribute("c", c);
        model.addAttribute("canEdit", user.editsSchoolData(c.schoolId()) && c.status().open());
        model.addAttribute("training", trainings.of(c.personId()));
        return "training/candidate";
    }

    @GetMapping("/candidates/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        Trainings.CandidateView c = editable(id, user);
        model.addAttribute("candidateForm", CandidateForm.of(c.candidate()));
        return editPage(c, model);
    }

    private String editPage(Trainings.CandidateView c, Model model) {
        model.addAttribute("c", c);
        return "training/candidate-edit";
    }

    @PostMapping("/candidates/{id}")
    @StaleVersionForm("training/candidate-edit")
    String save(@PathVariable long id, @Valid @ModelAttribute("candidateForm") CandidateForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        Trainings.CandidateView c = editable(id, user);
        editPage(c, model);
        if (errors.hasErrors()) {
            return "training/candidate-edit";
        }
        return step(id, redirect, "candidate.saved", () -> trainings.answer(id, form.answers(), form.getVersion()));
    }

    @GetMapping("/candidates/{id}/interview")
    String interviewForm(@PathVariable long id, CurrentUser user, Model model) {
        Trainings.CandidateView c = editable(id, user);
        InterviewForm form = InterviewForm.of(c.candidate());
        if (form.getInterviewDate() == null) {
            form.setInterviewDate(trainings.today());
        }
        model.addAttribute("interviewForm", form);
        return interviewPage(c, model);
    }

    private String interviewPage(Trainings.CandidateView c, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("results", InterviewResult.values());
        return "training/interview-form";
    }

    @PostMapping("/candidates/{id}/interview")
    @StaleVersionForm("training/interview-form")
    String interview(@PathVariable long id, @Valid @ModelAttribute("interviewForm") InterviewForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        Trainings.CandidateView c = editable(id, user);
        interviewPage(c, model);
        if (errors.hasErrors()) {
            return "training/interview-form";
        }
        try {
            trainings.interview(id, form.getInterviewDate(), form.getInterviewer(), form.getInterviewResult(),
                    form.getInterviewComment(), form.getVersion());
        } catch (TrainingRuleException e) {
            errors.reject(e.messageKey());
            return "training/interview-form";
        }
        redirect.addFlashAttribute("flashSuccess", "candidate.interview.saved");
        return "redirect:/candidates/" + id;
    }

    @PostMapping("/candidates/{id}/training")
    String startTraining(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        editable(id, user);
        return step(id, redirect, "candidate.training.started",
                () -> trainings.startTraining(id, required(version)));
    }

    @PostMapping("/candidates/{id}/base")
    String includeInBase(@PathVariable long id, @RequestParam(required = false) Long version, CurrentUser user,
            RedirectAttributes redirect) {
        editable(id, user);
        return step(id, redirect, "candidate.base.included", () -> trainings.includeInBase(id, required(version)));
    }

    @PostMapping("/candidates/{id}/refuse")
    String refuse(@PathVariable long id, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String reason, CurrentUser user, RedirectAttributes redirect) {
        editable(id, user);
        Optional<String> problem = reason == null ? Optional.empty() : PlainText.Rules.problem(reason, true);
        if (problem.isPresent()) {
            redirect.addFlashAttribute("flashError", problem.get());
            return "redirect:/candidates/" + id;
        }
        if (reason != null && reason.length() > 1000) {
            redirect.addFlashAttribute("flashError", "candidate.refusal.tooLong");
            return "redirect:/candidates/" + id;
        }
        return step(id, redirect, "candidate.refused", () -> trainings.refuse(id, reason, required(version)));
    }

    /** A step of the candidate: refused by the rules with a Russian message, never a 500. */
    private static String step(long id, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", success);
        } catch (TrainingRuleException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        } catch (ConsentRequiredException e) {
            redirect.addFlashAttribute("flashError", "candidate.base.consentRequired");
        } catch (ProcessingStoppedException e) {
            redirect.addFlashAttribute("flashError", "training.rule.processingStopped");
        } catch (RulesViolatedException e) {
            redirect.addFlashAttribute("flashError", "candidate.base.rules");
        }
        return "redirect:/candidates/" + id;
    }

    private static long required(Long version) {
        if (version == null) {
            throw new ru.edu.mentoring.shared.StaleVersionException();
        }
        return version;
    }

    /** The candidate if the user is the curator of its school: 404 outside the scope, 403 when read-only. */
    private Trainings.CandidateView editable(long id, CurrentUser user) {
        Trainings.CandidateView c = trainings.candidate(id);
        schools.editable(user, c.schoolId());
        return c;
    }

    /** Reads of minors' data are audited (a student of a senior class may be a candidate). */
    private void auditMinors(long schoolId, List<Long> personIds) {
        List<Long> minors = people.participants(personIds, people.today()).values().stream()
                .filter(Participant::minor).map(Participant::id).toList();
        if (!minors.isEmpty()) {
            audit.recordRead("VIEW", "MentorCandidate", schoolId, schoolId, minors);
        }
    }
}
