package ru.edu.mentoring.people;

import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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
import ru.edu.mentoring.web.StaleVersionPage;
import ru.edu.mentoring.web.StaleVersionForm;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.shared.StaleVersionException;

/** The person form: registering a student, teacher or external person and editing their card. */
@Controller
class PersonFormController {

    private final Schools schools;
    private final People people;
    private final PeopleRegistry registry;
    private final PersonRepository persons;
    private final StudentClassRepository classes;
    private final Duplicates duplicates;
    private final AuditLog audit;
    private final PeoplePages pages;

    PersonFormController(Schools schools, People people, PeopleRegistry registry, PersonRepository persons,
            StudentClassRepository classes, Duplicates duplicates, AuditLog audit, PeoplePages pages) {
        this.schools = schools;
        this.people = people;
        this.registry = registry;
        this.persons = persons;
        this.classes = classes;
        this.duplicates = duplicates;
        this.audit = audit;
        this.pages = pages;
    }

    @InitBinder("personForm")
    void personFields(WebDataBinder binder) {
        binder.setAllowedFields("lastName", "firstName", "middleName", "birthDate", "externalKey", "grade", "letter",
                "position", "subjects", "teachingSince", "newStaff", "externalKind", "organisation", "birthDateConfirmed", "duplicateConfirmed", "version", "token");
    }

    @GetMapping("/schools/{schoolId}/people/new")
    String createForm(@PathVariable long schoolId, @RequestParam(defaultValue = "STUDENT") PersonKind kind,
            CurrentUser user, Model model) {
        SchoolSummary school = schools.editable(user, schoolId);
        PersonForm form = new PersonForm();
        form.setToken(UUID.randomUUID());
        model.addAttribute("personForm", form);
        return personForm(model, school, kind, null);
    }

    @PostMapping("/schools/{schoolId}/people")
    String create(@PathVariable long schoolId, @RequestParam(defaultValue = "STUDENT") PersonKind kind,
            @ModelAttribute("personForm") PersonForm form, BindingResult errors, CurrentUser user,
            Model model, RedirectAttributes redirect) {
        SavePerson card = form.command();
        pages.validate(card, errors);
        SchoolSummary school = schools.editable(user, schoolId);
        boolean implausible = checkCard(kind, card, school, errors);
        checkExternalKey(schoolId, kind, form, null, errors);
        boolean duplicate = checkDuplicates(user, school, form, null, errors, model);
        if (errors.hasErrors()) {
            model.addAttribute("birthDateImplausible", implausible);
            offerMove(school, form, model);
            return personForm(model, school, kind, null);
        }
        long id;
        try {
            id = registry.create(schoolId, kind, card);
        } catch (DataIntegrityViolationException e) {
            // an identical submission saved the same token a moment earlier
            id = registry.createdBy(form.getToken()).orElseThrow(() -> e);
        }
        if (implausible) {
            audit.record("CONFIRM", "Person", id, schoolId, "birthDate");
        }
        if (duplicate) {
            audit.record("CONFIRM", "Person", id, schoolId, "duplicate");
        }
        redirect.addFlashAttribute("flashSuccess", "person.created");
        return "redirect:/people/" + id;
    }

    @GetMapping("/people/{id}/edit")
    @Transactional(readOnly = true)
    String editForm(@PathVariable long id, CurrentUser user, Model model, RedirectAttributes redirect) {
        Person person = pages.person(id);
        SchoolSummary school = schools.editable(user, person.getSchoolId());
        if (person.processingStopped()) {
            return PeoplePages.readOnly(person, redirect);
        }
        StudentClass current = classes.findById(
                new StudentClass.Key(id, AcademicYear.of(people.today()))).orElse(null);
        pages.auditMinor(person);
        model.addAttribute("personForm", PersonForm.of(person, current));
        return personForm(model, school, person.getKind(), person);
    }

    @PostMapping("/people/{id}")
    @StaleVersionForm("people/form")
    String update(@PathVariable long id, @ModelAttribute("personForm") PersonForm form, BindingResult errors,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        SavePerson card = form.command();
        pages.validate(card, errors);
        Person person = pages.person(id);
        SchoolSummary school = schools.editable(user, person.getSchoolId());
        if (person.processingStopped()) {
            // read-only: nothing of the form is kept, the refusal says why
            errors.reject("person.processingStopped");
            return personForm(model, school, person.getKind(), person);
        }
        boolean implausible = checkCard(person.getKind(), card, school, errors);
        checkExternalKey(person.getSchoolId(), person.getKind(), form, id, errors);
        boolean duplicate = checkDuplicates(user, school, form, id, errors, model);
        if (errors.hasErrors()) {
            model.addAttribute("birthDateImplausible", implausible);
            return personForm(model, school, person.getKind(), person);
        }
        // built only after a stale save (the form's page records a read of a minor)
        StaleVersionPage.onConflict(model, () -> personForm(model, school, person.getKind(), person));
        try {
            registry.update(id, card);
        } catch (ProcessingStoppedException e) {
            errors.reject("person.processingStopped");
            return personForm(model, school, person.getKind(), person);
        }
        if (implausible) {
            audit.record("CONFIRM", "Person", id, person.getSchoolId(), "birthDate");
        }
        if (duplicate) {
            audit.record("CONFIRM", "Person", id, person.getSchoolId(), "duplicate");
        }
        redirect.addFlashAttribute("flashSuccess", "saved");
        return "redirect:/people/" + id;
    }

    /**
     * The card's rules (see {@link PersonRules#check}) into the form's errors; returns whether the birth date does not
     * fit the class, so the form shows «Дата рождения верна» and a confirmed save is audited.
     */
    private boolean checkCard(PersonKind kind, SavePerson card, SchoolSummary school, BindingResult errors) {
        PersonRules.Check check = registry.checkCard(kind, card, school.kind(), errors::hasFieldErrors);
        Violation.rejectAll(check.violations(), errors);
        return check.implausibleBirthDate();
    }

    /** A record of the duplicate warning: a link when the user may read it, else only the school's name. */
    record DuplicateView(long id, String schoolName, String fullName, boolean readable) {}

    /**
     * Issue 16 point 5: another record of the municipality with the same name and birth date. The form comes back
     * with the warning (naming the record, or only its school when the user may not read it) and the checkbox
     * «Это другой человек, сохранить»; returns true when there is such a record and the curator confirmed.
     */
    private boolean checkDuplicates(CurrentUser user, SchoolSummary school, PersonForm form, Long self,
            BindingResult errors, Model model) {
        if (errors.hasFieldErrors("lastName") || errors.hasFieldErrors("firstName")
                || errors.hasFieldErrors("middleName") || errors.hasFieldErrors("birthDate")) {
            return false;
        }
        List<DuplicateView> hits = duplicates.of(school.id(), form.getLastName(), form.getFirstName(),
                form.getMiddleName(), form.getBirthDate(), self).stream()
                .map(h -> {
                    boolean readable = user.canRead(h.schoolId(), school.municipalityId());
                    return new DuplicateView(readable ? h.id() : 0, h.schoolName(), readable ? h.fullName() : null,
                            readable);
                })
                .toList();
        if (hits.isEmpty()) {
            return false;
        }
        model.addAttribute("duplicates", hits);
        if (!form.isDuplicateConfirmed()) {
            errors.reject("person.duplicate.confirmRequired");
            return false;
        }
        return true;
    }

    /** Issue 17 point 6: the person is registered in another school of the municipality; the move is offered. */
    record MoveOffer(String schoolName, boolean curatorMay) {}

    private PersonMoves moves;

    @org.springframework.beans.factory.annotation.Autowired
    void setMoves(PersonMoves moves) {
        this.moves = moves;
    }

    /**
     * When exactly one other school of the municipality has the person of the form, the form says «Этот человек уже
     * есть в …» and offers the move with an effective date: done by the curator when the former school no longer works
     * with the person ({@link PersonMoves#curatorMayMove}), else requested from the department.
     */
    private void offerMove(SchoolSummary school, PersonForm form, Model model) {
        if (!model.containsAttribute("duplicates")) {
            return;
        }
        List<Duplicates.Hit> elsewhere = duplicates.of(school.id(), form.getLastName(), form.getFirstName(),
                form.getMiddleName(), form.getBirthDate(), null).stream().filter(h -> !h.sameSchool()).toList();
        if (elsewhere.size() == 1) {
            model.addAttribute("moveOffer", new MoveOffer(elsewhere.get(0).schoolName(),
                    moves.curatorMayMove(elsewhere.get(0).id())));
            model.addAttribute("moveToday", people.today());
        }
    }

    /** The school's key (e.g. a personal file number) names one person of a kind: a second one is a field error. */
    private void checkExternalKey(long schoolId, PersonKind kind, PersonForm form, Long self, BindingResult errors) {
        String key = Person.blankToNull(form.getExternalKey());
        if (key != null && !errors.hasFieldErrors("externalKey") && persons
                .findBySchoolIdAndKindAndExternalKey(schoolId, kind, key).filter(p -> !p.getId().equals(self))
                .isPresent()) {
            errors.rejectValue("externalKey", "person.externalKey.taken");
        }
    }

    private String personForm(Model model, SchoolSummary school, PersonKind kind, Person person) {
        model.addAttribute("school", school);
        model.addAttribute("kind", kind);
        model.addAttribute("person", person);
        model.addAttribute("externalKinds", ExternalKind.values());
        model.addAttribute("academicYear", AcademicYear.label(AcademicYear.of(people.today())));
        // issue 17 point 7: the classes of every year (current first); other years are entered on their own page
        int currentYear = AcademicYear.of(people.today());
        model.addAttribute("classesByYear", person == null || kind != PersonKind.STUDENT ? List.of()
                : classes.history(person.getId()).stream()
                        .sorted(java.util.Comparator.comparing((StudentClass c) -> c.academicYear() != currentYear)
                                .thenComparing(StudentClass::academicYear, java.util.Comparator.reverseOrder()))
                        .map(c -> c.label() + " (" + AcademicYear.label(c.academicYear()) + ")").toList());
        return "people/form";
    }
}
