package ru.edu.mentoring.meetings;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.web.StaleVersionForm;

/** A school's meeting settings (days without a meeting) and its final event of the year. */
@Controller
class SchoolMeetingsController {

    private final Meetings meetings;
    private final Schools schools;
    private final People people;
    private final AuditLog audit;

    SchoolMeetingsController(Meetings meetings, Schools schools, People people, AuditLog audit) {
        this.meetings = meetings;
        this.schools = schools;
        this.people = people;
        this.audit = audit;
    }

    @InitBinder("settingsForm")
    void settingsFields(WebDataBinder binder) {
        binder.setAllowedFields("stallDays", "version");
    }

    @InitBinder("finalEventForm")
    void finalEventFields(WebDataBinder binder) {
        binder.setAllowedFields("eventDate", "format", "participantsCount", "cases", "publicationUrl", "mentorIds",
                "version");
    }

    // ---- settings

    @GetMapping("/schools/{id}/meetings/settings")
    String settings(@PathVariable long id, CurrentUser user, Model model) {
        SchoolSummary school = schools.editable(user, id);
        SettingsForm form = new SettingsForm();
        form.setStallDays(meetings.stallDays(id));
        form.setVersion(meetings.settingsVersion(id));
        model.addAttribute("settingsForm", form);
        model.addAttribute("school", school);
        return "meetings/settings";
    }

    @PostMapping("/schools/{id}/meetings/settings")
    @StaleVersionForm("meetings/settings")
    String saveSettings(@PathVariable long id, @Valid @ModelAttribute("settingsForm") SettingsForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        SchoolSummary school = schools.editable(user, id);
        model.addAttribute("school", school);
        if (errors.hasErrors()) {
            return "meetings/settings";
        }
        meetings.setStallDays(id, form.getVersion() == null ? -2 : form.getVersion(), form.getStallDays());
        redirect.addFlashAttribute("flashSuccess", "saved");
        return "redirect:/";
    }

    // ---- the final event of the year

    @GetMapping("/schools/{id}/final-event")
    String finalEvent(@PathVariable long id, @RequestParam(required = false) Integer year, CurrentUser user,
            Model model) {
        SchoolSummary school = schools.readable(user, id);
        int academicYear = year(year);
        FinalEvent event = meetings.finalEvent(id, academicYear).orElse(null);
        FinalEventForm form;
        if (event == null) {
            form = new FinalEventForm();
            form.setVersion(Meetings.NEW);
        } else {
            form = FinalEventForm.of(event);
        }
        model.addAttribute("finalEventForm", form);
        return page(model, school, academicYear, event, user);
    }

    @PostMapping("/schools/{id}/final-event")
    @StaleVersionForm("meetings/final-event")
    String saveFinalEvent(@PathVariable long id, @RequestParam(required = false) Integer year,
            @Valid @ModelAttribute("finalEventForm") FinalEventForm form, BindingResult errors, CurrentUser user,
            Model model, RedirectAttributes redirect) {
        SchoolSummary school = schools.editable(user, id);
        int academicYear = year(year);
        page(model, school, academicYear, meetings.finalEvent(id, academicYear).orElse(null), user);
        if (form.getEventDate() != null && AcademicYear.of(form.getEventDate()) != academicYear) {
            errors.rejectValue("eventDate", "finalEvent.date.year", new Object[] {AcademicYear.label(academicYear)},
                    "finalEvent.date.year");
        }
        @SuppressWarnings("unchecked")
        List<Participant> mentors = (List<Participant>) model.getAttribute("mentors");
        java.util.Set<Long> offered = mentors.stream().map(Participant::id).collect(Collectors.toSet());
        if (form.getMentorIds() != null && !offered.containsAll(form.getMentorIds())) {
            // an id the list did not offer (another school's person, a number typed in, a NUL): said at the field
            errors.rejectValue("mentorIds", "finalEvent.mentors.invalid");
        }
        if (errors.hasErrors()) {
            return "meetings/final-event";
        }
        meetings.saveFinalEvent(id, academicYear, form.getVersion() == null ? -2 : form.getVersion(), form,
                mentors.stream().map(Participant::id).collect(Collectors.toSet()));
        redirect.addFlashAttribute("flashSuccess", "saved");
        return "redirect:/schools/" + id + "/final-event?year=" + academicYear;
    }

    private int year(Integer year) {
        int current = AcademicYear.of(people.today());
        return year == null || year < 2015 || year > current + 1 ? current : year;
    }

    private String page(Model model, SchoolSummary school, int academicYear, FinalEvent event, CurrentUser user) {
        // the mentors to honour: the school's mentor base, plus anyone honoured before who has left it since
        List<Participant> base = people.mentorBase(school.id(), people.today());
        Set<Long> inBase = base.stream().map(Participant::id).collect(Collectors.toSet());
        List<Participant> mentors = new java.util.ArrayList<>(base);
        if (event != null) {
            people.participants(event.getMentorIds().stream().filter(m -> !inBase.contains(m)).toList(),
                    people.today()).values().forEach(mentors::add);
        }
        audit.recordRead("VIEW", "FinalEvent", school.id(), school.id(), mentors.stream().filter(Participant::minor)
                .map(Participant::id).toList());
        model.addAttribute("school", school);
        model.addAttribute("academicYear", academicYear);
        model.addAttribute("yearLabel", AcademicYear.label(academicYear));
        model.addAttribute("event", event);
        model.addAttribute("mentors", mentors);
        model.addAttribute("canEdit", user.editsSchoolData(school.id()));
        model.addAttribute("years", meetings.finalEvents(school.id()).stream().map(FinalEvent::getAcademicYear)
                .toList());
        return "meetings/final-event";
    }
}
