package ru.edu.mentoring.meetings;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
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
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.web.StaleVersionForm;

/** The pair's work: its individual plan and meeting log, the meeting form (quick on a phone) and the plan's forms. */
@Controller
class MeetingController {

    /** The field a rule's message belongs to; the others are shown above the form. */
    private static final Map<String, String> FIELDS = Map.of(
            "meeting.error.beforeStart", "date",
            "meeting.error.future", "date",
            "meeting.error.noParticipants", "participantIds",
            "meeting.error.notMember", "participantIds",
            "meeting.error.finalOutcome", "outcome",
            "meeting.error.secondFinal", "type",
            "meeting.error.finalTypeChange", "type",
            "meeting.error.finalNotLast", "date");

    private final Meetings meetings;
    private final Schools schools;
    private final AuditLog audit;
    private final Clock clock;

    MeetingController(Meetings meetings, Schools schools, AuditLog audit, Clock clock) {
        this.meetings = meetings;
        this.schools = schools;
        this.audit = audit;
        this.clock = clock;
    }

    @InitBinder("meetingForm")
    void meetingFields(WebDataBinder binder) {
        binder.setAllowedFields("type", "date", "time", "durationMin", "format", "topic", "content", "outcome",
                "homework", "curatorPresent", "mentorRating", "menteeRating", "participantIds", "version");
    }

    @InitBinder("activityForm")
    void activityFields(WebDataBinder binder) {
        binder.setAllowedFields("section", "activity", "dueDate", "format", "expectedResult", "done", "doneDate",
                "version");
    }

    /** A meeting of the log as the page shows it, with its warnings. */
    public record MeetingRow(Meeting meeting, List<String> participants, List<String> warnings) {}

    @GetMapping("/pairs/{id}/meetings")
    String page(@PathVariable long id, CurrentUser user, Model model) {
        Meetings.PairInfo pair = meetings.pair(id);
        SchoolSummary school = schools.readable(user, pair.schoolId());
        Map<Long, Participant> members = meetings.members(pair);
        audit.recordRead("VIEW", "PairMeetings", id, pair.schoolId(), members.values().stream()
                .filter(Participant::minor).map(Participant::id).toList());
        List<Meeting> log = meetings.log(id);
        List<MeetingRules.Finding> findings = MeetingRules.warnings(Meetings.entries(log));
        Map<Long, List<String>> byMeeting = new HashMap<>();
        findings.forEach(f -> byMeeting.computeIfAbsent(f.meetingId(), k -> new ArrayList<>()).add(f.code()));
        List<MeetingRow> rows = log.stream().map(m -> new MeetingRow(m, m.getParticipantIds().stream()
                .map(pid -> members.containsKey(pid) ? members.get(pid).shortName() : "—").toList(),
                byMeeting.getOrDefault(m.getId(), List.of()))).toList();
        model.addAttribute("school", school);
        model.addAttribute("pair", pair);
        model.addAttribute("members", members);
        model.addAttribute("rows", rows);
        model.addAttribute("warnings", findings.stream().map(MeetingRules.Finding::code).distinct().toList());
        model.addAttribute("plan", meetings.plan(id));
        model.addAttribute("canEdit", user.editsSchoolData(pair.schoolId()));
        model.addAttribute("hasFinal", log.stream().anyMatch(m -> m.getType() == MeetingType.FINAL));
        model.addAttribute("stallDays", meetings.stallDays(pair.schoolId()));
        LocalDate last = log.isEmpty() ? pair.startDate() : log.get(log.size() - 1).getStartsAt().toLocalDate();
        model.addAttribute("stalled", pair.active()
                && MeetingRules.stalled(last, meetings.today(), meetings.stallDays(pair.schoolId())));
        return "meetings/pair";
    }

    // ---- meetings

    @GetMapping("/pairs/{id}/meetings/new")
    String createForm(@PathVariable long id, CurrentUser user, Model model, RedirectAttributes redirect) {
        Meetings.PairInfo pair = meetings.pair(id);
        SchoolSummary school = schools.editable(user, pair.schoolId());
        if (!pair.active()) {
            redirect.addFlashAttribute("flashError",
                    "DRAFT".equals(pair.status()) ? "meeting.error.pairDraft" : "meeting.error.pairClosed");
            return "redirect:/pairs/" + id + "/meetings";
        }
        MeetingForm form = new MeetingForm();
        MeetingType next = MeetingRules.nextType(Meetings.entries(meetings.log(id)));
        form.setType(next);
        form.setDate(meetings.today());
        LocalTime now = LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        form.setTime(now.withMinute(now.getMinute() - now.getMinute() % 5));
        form.setDurationMin(40);
        form.setFormat(MeetingFormat.IN_PERSON);
        form.setCuratorPresent(next == MeetingType.ACQUAINTANCE);
        form.setParticipantIds(new LinkedHashSet<>(pair.memberIds()));
        form.setVersion(0L);
        model.addAttribute("meetingForm", form);
        return formPage(model, school, pair, null);
    }

    @PostMapping("/pairs/{id}/meetings")
    String create(@PathVariable long id, @Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult errors,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        Meetings.PairInfo pair = meetings.pair(id);
        SchoolSummary school = schools.editable(user, pair.schoolId());
        if (!pair.active()) {
            redirect.addFlashAttribute("flashError",
                    "DRAFT".equals(pair.status()) ? "meeting.error.pairDraft" : "meeting.error.pairClosed");
            return "redirect:/pairs/" + id + "/meetings";
        }
        if (form.getParticipantIds() != null && form.getParticipantIds().contains(null)) {
            // a value that is no id (a NUL, text) binds as nobody: said at the field, not saved as «no one took part»
            errors.rejectValue("participantIds", "meeting.participants.invalid");
        }
        if (errors.hasErrors()) {
            return formPage(model, school, pair, null);
        }
        Meetings.Outcome outcome;
        try {
            outcome = meetings.save(id, null, 0, form.toCommand(), user.id());
        } catch (DataIntegrityViolationException e) {
            // a second final meeting saved at the same moment: the database's one-final index refused this one
            errors.rejectValue("type", "meeting.error.secondFinal");
            return formPage(model, school, pair, null);
        }
        if (!outcome.errors().isEmpty()) {
            reject(errors, outcome.errors());
            return formPage(model, school, pair, null);
        }
        redirect.addFlashAttribute("flashSuccess", outcome.pairCompleted() ? "meeting.savedFinal" : "meeting.saved");
        return "redirect:/pairs/" + id + "/meetings";
    }

    @GetMapping("/meetings/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        Meeting meeting = meetings.meeting(id);
        Meetings.PairInfo pair = meetings.pair(meeting.getPairId());
        SchoolSummary school = schools.editable(user, pair.schoolId());
        model.addAttribute("meetingForm", MeetingForm.of(meeting));
        return formPage(model, school, pair, meeting);
    }

    @PostMapping("/meetings/{id}")
    @StaleVersionForm("meetings/meeting-form")
    String update(@PathVariable long id, @Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult errors,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        Meeting meeting = meetings.meeting(id);
        Meetings.PairInfo pair = meetings.pair(meeting.getPairId());
        SchoolSummary school = schools.editable(user, pair.schoolId());
        formPage(model, school, pair, meeting);
        if (errors.hasErrors()) {
            return "meetings/meeting-form";
        }
        Meetings.Outcome outcome = meetings.save(pair.id(), id, form.getVersion() == null ? -1 : form.getVersion(),
                form.toCommand(), user.id());
        if (!outcome.errors().isEmpty()) {
            reject(errors, outcome.errors());
            return "meetings/meeting-form";
        }
        redirect.addFlashAttribute("flashSuccess", "meeting.saved");
        return "redirect:/pairs/" + pair.id() + "/meetings";
    }

    private static void reject(BindingResult errors, List<String> codes) {
        for (String code : codes) {
            String field = FIELDS.get(code);
            if (field == null) {
                errors.reject(code, code);
            } else {
                errors.rejectValue(field, code, code);
            }
        }
    }

    private String formPage(Model model, SchoolSummary school, Meetings.PairInfo pair, Meeting meeting) {
        Map<Long, Participant> members = meetings.members(pair);
        audit.recordRead("VIEW", "MeetingForm", pair.id(), pair.schoolId(), members.values().stream()
                .filter(Participant::minor).map(Participant::id).toList());
        model.addAttribute("school", school);
        model.addAttribute("pair", pair);
        model.addAttribute("members", members);
        model.addAttribute("meeting", meeting);
        model.addAttribute("types", MeetingType.values());
        model.addAttribute("formats", MeetingFormat.values());
        return "meetings/meeting-form";
    }

    // ---- the individual plan

    @GetMapping("/pairs/{id}/plan/new")
    String activityForm(@PathVariable long id, CurrentUser user, Model model, RedirectAttributes redirect) {
        Meetings.PairInfo pair = meetings.pair(id);
        SchoolSummary school = schools.editable(user, pair.schoolId());
        if (closed(pair)) {
            redirect.addFlashAttribute("flashError", "meetingPlan.error.pairClosed");
            return "redirect:/pairs/" + id + "/meetings";
        }
        ActivityForm form = new ActivityForm();
        form.setVersion(0L);
        model.addAttribute("activityForm", form);
        return activityPage(model, school, pair, null);
    }

    @PostMapping("/pairs/{id}/plan")
    String addActivity(@PathVariable long id, @Valid @ModelAttribute("activityForm") ActivityForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        Meetings.PairInfo pair = meetings.pair(id);
        SchoolSummary school = schools.editable(user, pair.schoolId());
        if (closed(pair)) {
            redirect.addFlashAttribute("flashError", "meetingPlan.error.pairClosed");
            return "redirect:/pairs/" + id + "/meetings";
        }
        if (errors.hasErrors()) {
            return activityPage(model, school, pair, null);
        }
        meetings.saveActivity(id, null, 0, form);
        redirect.addFlashAttribute("flashSuccess", "meetingPlan.saved");
        return "redirect:/pairs/" + id + "/meetings#plan";
    }

    @GetMapping("/plan/{id}/edit")
    String editActivity(@PathVariable long id, CurrentUser user, Model model) {
        PlanActivity activity = meetings.activity(id);
        Meetings.PairInfo pair = meetings.pair(activity.getPairId());
        SchoolSummary school = schools.editable(user, pair.schoolId());
        model.addAttribute("activityForm", ActivityForm.of(activity));
        return activityPage(model, school, pair, activity);
    }

    @PostMapping("/plan/{id}")
    @StaleVersionForm("meetings/activity-form")
    String updateActivity(@PathVariable long id, @Valid @ModelAttribute("activityForm") ActivityForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect) {
        PlanActivity activity = meetings.activity(id);
        Meetings.PairInfo pair = meetings.pair(activity.getPairId());
        SchoolSummary school = schools.editable(user, pair.schoolId());
        if (closed(pair)) {
            redirect.addFlashAttribute("flashError", "meetingPlan.error.pairClosed");
            return "redirect:/pairs/" + pair.id() + "/meetings";
        }
        activityPage(model, school, pair, activity);
        if (errors.hasErrors()) {
            return "meetings/activity-form";
        }
        meetings.saveActivity(pair.id(), id, form.getVersion() == null ? -1 : form.getVersion(), form);
        redirect.addFlashAttribute("flashSuccess", "meetingPlan.saved");
        return "redirect:/pairs/" + pair.id() + "/meetings#plan";
    }

    /** Ticks an activity done (today) or not done, from the plan's table. */
    @PostMapping("/plan/{id}/done")
    String markDone(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
            @RequestParam(defaultValue = "true") boolean done, CurrentUser user, RedirectAttributes redirect) {
        PlanActivity activity = meetings.activity(id);
        schools.editable(user, activity.getSchoolId());
        if (closed(meetings.pair(activity.getPairId()))) {
            redirect.addFlashAttribute("flashError", "meetingPlan.error.pairClosed");
            return "redirect:/pairs/" + activity.getPairId() + "/meetings";
        }
        meetings.markDone(id, version, done);
        redirect.addFlashAttribute("flashSuccess", "meetingPlan.saved");
        return "redirect:/pairs/" + activity.getPairId() + "/meetings#plan";
    }

    private static boolean closed(Meetings.PairInfo pair) {
        return !pair.active() && !"DRAFT".equals(pair.status());
    }

    private String activityPage(Model model, SchoolSummary school, Meetings.PairInfo pair, PlanActivity activity) {
        model.addAttribute("school", school);
        model.addAttribute("pair", pair);
        model.addAttribute("activity", activity);
        return "meetings/activity-form";
    }
}
