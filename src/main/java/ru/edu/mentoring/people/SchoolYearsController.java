package ru.edu.mentoring.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.format.annotation.DateTimeFormat;
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
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.PlainText;

/**
 * Issue 17 points 6 and 7: the moves between the schools of a municipality ({@code /transfers}), the step into the
 * next academic year ({@code /schools/{id}/new-year}) and the receiving curator's move of a person found in another
 * school when registering them ({@code /schools/{id}/people/move-in}).
 */
@Controller
class SchoolYearsController {

    private final Schools schools;
    private final NewSchoolYear newYear;
    private final PersonMoves moves;
    private final Duplicates duplicates;
    private final PersonRepository persons;
    private final People people;
    private final AuditLog audit;

    SchoolYearsController(Schools schools, NewSchoolYear newYear, PersonMoves moves, Duplicates duplicates,
            PersonRepository persons, People people, AuditLog audit) {
        this.schools = schools;
        this.newYear = newYear;
        this.moves = moves;
        this.duplicates = duplicates;
        this.persons = persons;
        this.people = people;
        this.audit = audit;
    }

    // ---- the hub: the schools whose year the user may step, and the moves of those schools

    /** A move as the list shows it; the name only where the user may read the person's record or the former school. */
    record MoveRow(long personId, String fullName, boolean link, String from, String to, LocalDate effectiveOn,
            PersonTransfer.Status status, LocalDate appliedOn) {}

    @GetMapping("/transfers")
    @Transactional(readOnly = true)
    String transfers(CurrentUser user, Model model) {
        List<SchoolSummary> mine = schoolsOf(user);
        if (mine.isEmpty() && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException("curators and department staff");
        }
        Map<Long, SchoolSummary> known = new HashMap<>();
        mine.forEach(s -> known.put(s.id(), s));
        List<PersonTransfer> list = moves.ofSchools(known.keySet());
        Set<Long> others = list.stream().flatMap(t -> java.util.stream.Stream.of(t.getFromSchoolId(), t.getToSchoolId()))
                .filter(id -> !known.containsKey(id)).collect(Collectors.toSet());
        schools.summariesOf(others).forEach(s -> known.put(s.id(), s));
        List<Long> ids = list.stream().map(PersonTransfer::getPersonId).distinct().toList();
        Map<Long, Person> shown = ids.isEmpty() ? Map.of() : persons.findByIdIn(ids).stream()
                .collect(Collectors.toMap(Person::getId, Function.identity()));
        List<MoveRow> rows = new ArrayList<>();
        for (PersonTransfer t : list) {
            Person p = shown.get(t.getPersonId());
            if (p == null) {
                continue;
            }
            SchoolSummary now = known.get(p.getSchoolId());
            boolean readable = now != null && user.canRead(now.id(), now.municipalityId());
            rows.add(new MoveRow(p.getId(), p.fullName(), readable, name(known, t.getFromSchoolId()),
                    name(known, t.getToSchoolId()), t.getEffectiveOn(), t.getStatus(), t.getAppliedOn()));
        }
        // the names of minors shown are a read of their data
        if (!shown.isEmpty()) {
            audit.recordRead("VIEW", "PersonTransfer", null, null, people.participants(shown.keySet(), people.today())
                    .values().stream().filter(Participant::minor).map(Participant::id).toList());
        }
        model.addAttribute("schools", mine);
        model.addAttribute("moves", rows);
        model.addAttribute("department", user.has(Role.DEPARTMENT) || user.has(Role.ADMIN));
        return "people/transfers";
    }

    private static String name(Map<Long, SchoolSummary> known, long id) {
        SchoolSummary s = known.get(id);
        return s == null ? "—" : s.shortName();
    }

    /** The schools whose year the user steps: a curator's own, the department's municipality, every one for ADMIN. */
    private List<SchoolSummary> schoolsOf(CurrentUser user) {
        return schools.visibleTo(user).stream().filter(s -> mayStep(user, s)).toList();
    }

    private static boolean mayStep(CurrentUser user, SchoolSummary school) {
        return user.editsSchoolData(school.id()) || user.managesSchoolsOf(school.municipalityId());
    }

    // ---- «Перевод в следующий учебный год»

    private SchoolSummary steppable(CurrentUser user, long schoolId) {
        SchoolSummary school = schools.readable(user, schoolId);
        if (!mayStep(user, school)) {
            throw new AccessDeniedException("curator or department");
        }
        return school;
    }

    @GetMapping("/schools/{id}/new-year")
    String newYearPage(@PathVariable long id, @RequestParam(required = false) Integer year, CurrentUser user,
            Model model) {
        SchoolSummary school = steppable(user, id);
        List<Integer> years = newYear.allowedYears();
        int from = year != null && years.contains(year) ? year : years.get(years.size() - 1);
        model.addAttribute("school", school);
        model.addAttribute("years", years);
        model.addAttribute("plan", newYear.preview(id, from));
        model.addAttribute("history", newYear.history(id));
        return "people/new-year";
    }

    @PostMapping("/schools/{id}/new-year")
    String newYearRun(@PathVariable long id, @RequestParam(required = false) Integer year, CurrentUser user,
            RedirectAttributes redirect) {
        steppable(user, id);
        if (year == null || !newYear.allowedYears().contains(year)) {
            redirect.addFlashAttribute("flashError", "newYear.year.invalid");
            return "redirect:/schools/" + id + "/new-year";
        }
        NewSchoolYear.Plan done;
        try {
            done = newYear.run(id, year, user.id());
        } catch (DataIntegrityViolationException e) {
            // a parallel run wrote the classes of Y+1 first: it did the work
            redirect.addFlashAttribute("flashError", "newYear.parallel");
            return "redirect:/schools/" + id + "/new-year?year=" + year;
        }
        redirect.addFlashAttribute("flashSuccess", done.changesNothing() ? "newYear.nothing" : "newYear.done");
        return "redirect:/schools/" + id + "/new-year?year=" + year;
    }

    // ---- the receiving curator moves a person found in another school of the municipality

    @PostMapping("/schools/{id}/people/move-in")
    String moveIn(@PathVariable long id, @RequestParam(required = false) String lastName,
            @RequestParam(required = false) String firstName, @RequestParam(required = false) String middleName,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate moveEffectiveOn,
            CurrentUser user, RedirectAttributes redirect) {
        SchoolSummary school = schools.editable(user, id);
        String back = "redirect:/schools/" + id + "/people";
        for (String text : new String[] {lastName, firstName, middleName}) {
            if (text != null && (text.length() > 100 || PlainText.Rules.problem(text, false).isPresent())) {
                redirect.addFlashAttribute("flashError", "move.notFound");
                return back;
            }
        }
        List<Duplicates.Hit> elsewhere = duplicates.of(id, lastName, firstName, middleName, birthDate, null).stream()
                .filter(h -> !h.sameSchool()).toList();
        if (elsewhere.size() != 1) {
            redirect.addFlashAttribute("flashError", elsewhere.isEmpty() ? "move.notFound" : "move.ambiguous");
            return back;
        }
        String problem = moves.dateProblem(moveEffectiveOn);
        if (problem != null) {
            redirect.addFlashAttribute("flashError", problem);
            return back;
        }
        long personId = elsewhere.get(0).id();
        try {
            if (!moves.curatorMayMove(personId)) {
                long request = moves.request(personId, school.id(), moveEffectiveOn, user.id());
                audit.record("REQUEST", "PersonTransfer", request, school.id(), null);
                redirect.addFlashAttribute("flashSuccess", "move.requested");
                return back;
            }
            boolean now = moves.move(personId, school.id(), moveEffectiveOn, -1, user.id());
            if (now) {
                redirect.addFlashAttribute("flashSuccess", "move.done");
                return "redirect:/people/" + personId;
            }
            redirect.addFlashAttribute("flashSuccess", "move.scheduled");
            return back;
        } catch (ProcessingStoppedException e) {
            redirect.addFlashAttribute("flashError", "move.readOnly");
            return back;
        }
    }
}
