package ru.edu.mentoring.people;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
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
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.PageLinks;
import ru.edu.mentoring.shared.SearchText;
import ru.edu.mentoring.shared.StaleVersionException;

/** The curator's people of a school, the mentor and mentee bases, and each person's register page. */
@Controller
class PeopleController {

    private final Schools schools;
    private final People people;
    private final PeopleRegistry registry;
    private final PersonRepository persons;
    private final StudentClassRepository classes;
    private final MentorProfileRepository mentors;
    private final MenteeProfileRepository mentees;
    private final ObjectProvider<ParticipationSource> participations;
    private final ObjectProvider<FormCatalog> forms;
    private final int pageSize;
    private final ru.edu.mentoring.audit.AuditLog audit;
    private final Duplicates duplicates;

    PeopleController(Duplicates duplicates, ru.edu.mentoring.audit.AuditLog audit, Schools schools, People people, PeopleRegistry registry, PersonRepository persons,
            StudentClassRepository classes, MentorProfileRepository mentors, MenteeProfileRepository mentees,
            ObjectProvider<ParticipationSource> participations, ObjectProvider<FormCatalog> forms,
            @Value("${app.page-size:20}") int pageSize) {
        this.duplicates = duplicates;
        this.audit = audit;
        this.schools = schools;
        this.people = people;
        this.registry = registry;
        this.persons = persons;
        this.classes = classes;
        this.mentors = mentors;
        this.mentees = mentees;
        this.participations = participations;
        this.forms = forms;
        this.pageSize = pageSize;
    }

    @InitBinder("personForm")
    void personFields(WebDataBinder binder) {
        binder.setAllowedFields("lastName", "firstName", "middleName", "birthDate", "externalKey", "grade", "letter",
                "position", "subjects", "teachingSince", "newStaff", "externalKind", "organisation", "birthDateConfirmed", "duplicateConfirmed", "version", "token");
    }

    @InitBinder("mentorForm")
    void mentorFields(WebDataBinder binder) {
        binder.setAllowedFields("competences", "capacity", "trainingDate", "trainingProgramme", "inBase", "version");
    }

    @InitBinder("menteeForm")
    void menteeFields(WebDataBinder binder) {
        binder.setAllowedFields("request", "wantedFormId", "inBase", "version");
    }

    @InitBinder("consentForm")
    void consentFields(WebDataBinder binder) {
        binder.setAllowedFields("givenOn", "givenBy", "representativeName", "textVersion", "purpose", "dataCategories",
                "validUntil");
    }

    // ---- lists

    @GetMapping("/schools/{schoolId}/people")
    @Transactional(readOnly = true)
    String list(@PathVariable long schoolId, @RequestParam(required = false) PersonKind kind,
            @RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer page,
            @RequestParam(defaultValue = "false") boolean withdrawn, CurrentUser user, Model model) {
        SchoolSummary school = schools.readable(user, schoolId);
        Page<Person> result = persons.search(schoolId, kind, SearchText.likePattern(q).replace('ё', 'е'), withdrawn,
                PageLinks.request(page, pageSize, Sort.by("searchName", "id")));
        Map<Long, Participant> details = people.assemble(result.getContent(), people.today());
        auditMinors("PeopleList", schoolId, details.values());
        model.addAttribute("school", school);
        model.addAttribute("page", result.map(p -> details.get(p.getId())));
        model.addAttribute("pages", PageLinks.window(result));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", PersonKind.values());
        model.addAttribute("q", q.strip());
        model.addAttribute("withdrawn", withdrawn);
        model.addAttribute("canEdit", user.editsSchoolData(schoolId));
        return "people/list";
    }

    @GetMapping("/schools/{schoolId}/mentors")
    @Transactional(readOnly = true)
    String mentorBase(@PathVariable long schoolId, @RequestParam(defaultValue = "false") boolean untrained,
            @RequestParam(required = false) Integer page, CurrentUser user, Model model) {
        SchoolSummary school = schools.readable(user, schoolId);
        Page<MentorProfile> result = mentors.base(schoolId, untrained,
                PageLinks.request(page, pageSize, Sort.unsorted()));
        Map<Long, Participant> details = people.participants(
                result.getContent().stream().map(MentorProfile::getPersonId).toList(), people.today());
        auditMinors("MentorBase", schoolId, details.values());
        model.addAttribute("school", school);
        model.addAttribute("page", result);
        model.addAttribute("people", details);
        model.addAttribute("pages", PageLinks.window(result));
        model.addAttribute("untrained", untrained);
        ParticipationSource source = participations.getIfAvailable();
        model.addAttribute("loads", source == null ? Map.of()
                : source.mentorLoads(result.getContent().stream().map(MentorProfile::getPersonId).toList()));
        model.addAttribute("counts", people.baseCounts(schoolId));
        return "people/mentors";
    }

    /** The mentor filter of the mentee base: any, with a mentor (in an active pair or group), without one. */
    enum MentorFilter { ANY, WITH, WITHOUT }

    @GetMapping("/schools/{schoolId}/mentees")
    @Transactional(readOnly = true)
    String menteeBase(@PathVariable long schoolId, @RequestParam(required = false) Integer page,
            @RequestParam(defaultValue = "") String q, @RequestParam(required = false) Integer grade,
            @RequestParam(required = false) Long form, @RequestParam(defaultValue = "ANY") MentorFilter mentor,
            CurrentUser user, Model model) {
        SchoolSummary school = schools.readable(user, schoolId);
        ParticipationSource source = participations.getIfAvailable();
        java.util.Set<Long> paired = mentor == MentorFilter.ANY || source == null ? java.util.Set.of()
                : source.activeMentees(schoolId);
        Integer wantedGrade = grade == null || grade < 1 || grade > 11 ? null : grade;
        Page<MenteeProfile> result = mentees.searchBase(schoolId, SearchText.likePattern(q).replace('ё', 'е'),
                wantedGrade, ru.edu.mentoring.shared.AcademicYear.of(people.today()), form, mentor.name(),
                paired.isEmpty() ? java.util.Set.of(-1L) : paired,
                PageLinks.request(page, pageSize, Sort.unsorted()));
        Map<Long, Participant> details = people.participants(
                result.getContent().stream().map(MenteeProfile::getPersonId).toList(), people.today());
        auditMinors("MenteeBase", schoolId, details.values());
        model.addAttribute("school", school);
        model.addAttribute("page", result);
        model.addAttribute("people", details);
        model.addAttribute("pages", PageLinks.window(result));
        model.addAttribute("formNames", formNames());
        model.addAttribute("counts", people.baseCounts(schoolId));
        model.addAttribute("q", q.strip());
        model.addAttribute("grade", wantedGrade);
        model.addAttribute("form", form);
        model.addAttribute("mentor", mentor);
        model.addAttribute("mentorFilters", MentorFilter.values());
        model.addAttribute("pageQuery", "/schools/" + schoolId + "/mentees?" + org.springframework.web.util.UriComponentsBuilder
                .newInstance().queryParam("q", q.strip()).queryParamIfPresent("grade", java.util.Optional.ofNullable(wantedGrade))
                .queryParamIfPresent("form", java.util.Optional.ofNullable(form)).queryParam("mentor", mentor.name())
                .encode().build().getQuery() + "&");
        return "people/mentees";
    }

    /** One audit row for the request, listing the minors a list showed (none: no row). */
    private void auditMinors(String entity, long schoolId, java.util.Collection<Participant> shown) {
        audit.recordRead("VIEW", entity, schoolId, schoolId,
                shown.stream().filter(Participant::minor).map(Participant::id).toList());
    }

    /** A page showing one person's data (a form filled with it) is a view of a minor's record like their card. */
    private void auditMinor(Person person) {
        if (people.participant(person.getId(), people.today()).map(Participant::minor).orElse(false)) {
            audit.recordRead("VIEW", "Person", person.getId(), person.getSchoolId(), List.of(person.getId()));
        }
    }

    // ---- create and edit

    @GetMapping("/schools/{schoolId}/people/new")
    String createForm(@PathVariable long schoolId, @RequestParam(defaultValue = "STUDENT") PersonKind kind,
            CurrentUser user, Model model) {
        SchoolSummary school = schools.editable(user, schoolId);
        PersonForm form = new PersonForm();
        form.setToken(java.util.UUID.randomUUID());
        model.addAttribute("personForm", form);
        return personForm(model, school, kind, null);
    }

    @PostMapping("/schools/{schoolId}/people")
    String create(@PathVariable long schoolId, @RequestParam(defaultValue = "STUDENT") PersonKind kind,
            @Valid @ModelAttribute("personForm") PersonForm form, BindingResult errors, CurrentUser user,
            Model model, RedirectAttributes redirect) {
        SchoolSummary school = schools.editable(user, schoolId);
        PeopleRegistry.check(kind, form, people.today(), errors);
        boolean implausible = PeopleRegistry.checkBirthDate(kind, form, school.kind(), people.today(), errors);
        checkExternalKey(schoolId, kind, form, null, errors);
        boolean duplicate = checkDuplicates(user, school, form, null, errors, model);
        if (errors.hasErrors()) {
            model.addAttribute("birthDateImplausible", implausible);
            return personForm(model, school, kind, null);
        }
        long id;
        try {
            id = registry.create(schoolId, kind, form);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
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
        Person person = persons.findById(id).orElseThrow(NotFoundException::new);
        SchoolSummary school = schools.editable(user, person.getSchoolId());
        if (person.processingStopped()) {
            return readOnly(person, redirect);
        }
        StudentClass current = classes.findById(
                new StudentClass.Key(id, AcademicYear.of(people.today()))).orElse(null);
        auditMinor(person);
        model.addAttribute("personForm", PersonForm.of(person, current));
        return personForm(model, school, person.getKind(), person);
    }

    @PostMapping("/people/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("personForm") PersonForm form, BindingResult errors,
            CurrentUser user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Person person = persons.findById(id).orElseThrow(NotFoundException::new);
        SchoolSummary school = schools.editable(user, person.getSchoolId());
        if (person.processingStopped()) {
            // read-only: nothing of the form is checked or kept, the refusal says why
            errors.reject("person.processingStopped");
            return personForm(model, school, person.getKind(), person);
        }
        PeopleRegistry.check(person.getKind(), form, people.today(), errors);
        boolean implausible = PeopleRegistry.checkBirthDate(person.getKind(), form, school.kind(), people.today(),
                errors);
        checkExternalKey(person.getSchoolId(), person.getKind(), form, id, errors);
        boolean duplicate = checkDuplicates(user, school, form, id, errors, model);
        if (errors.hasErrors()) {
            model.addAttribute("birthDateImplausible", implausible);
            return personForm(model, school, person.getKind(), person);
        }
        try {
            registry.update(id, form);
        } catch (StaleVersionException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
            return personForm(model, school, person.getKind(), person);
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
        return "people/form";
    }

    // ---- the personal register

    @GetMapping("/people/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable long id, CurrentUser user, Model model) {
        Person person = persons.findById(id).orElseThrow(NotFoundException::new);
        SchoolSummary school = schools.readable(user, person.getSchoolId());
        model.addAttribute("school", school);
        model.addAttribute("person", person);
        Participant participant = people.assemble(List.of(person), people.today()).get(id);
        if (participant.minor()) {
            audit.record("VIEW", "Person", id, person.getSchoolId(), null);
        }
        model.addAttribute("participant", participant);
        // processing stopped (withdrawn, expired): read-only but for the export, anonymisation and a new consent
        model.addAttribute("readOnly", person.processingStopped());
        model.addAttribute("stopReasonKey", (person.getProcessingStopReason() == null ? ProcessingStop.WITHDRAWN
                : person.getProcessingStopReason()).messageKey());
        model.addAttribute("classes", classes.history(id).stream()
                .map(c -> c.label() + " (" + AcademicYear.label(c.academicYear()) + ")").toList());
        model.addAttribute("consentGivers", ConsentGiver.values());
        model.addAttribute("mentor", mentors.findById(id).orElse(null));
        model.addAttribute("mentee", mentees.findById(id).orElse(null));
        model.addAttribute("consents", registry.consentsOf(id));
        model.addAttribute("formNames", formNames());
        ParticipationSource source = participations.getIfAvailable();
        model.addAttribute("participations", source == null ? List.of() : source.participations(id));
        model.addAttribute("canEdit", user.editsSchoolData(person.getSchoolId()));
        model.addAttribute("canExport", user.editsSchoolData(person.getSchoolId())
                || user.managesSchoolsOf(school.municipalityId()));
        model.addAttribute("today", people.today());
        boolean canTransfer = user.managesSchoolsOf(school.municipalityId());
        model.addAttribute("canTransfer", canTransfer);
        model.addAttribute("transferTargets", canTransfer ? schools.visibleTo(user).stream()
                .filter(s -> s.municipalityId() == school.municipalityId() && s.id() != school.id()).toList()
                : List.of());
        if (!model.containsAttribute("consentForm")) {
            model.addAttribute("consentForm", new ConsentForm(people.today(),
                    participant.minor() ? ConsentGiver.REPRESENTATIVE : ConsentGiver.SELF, null,
                    "2025-1"));
        }
        return "people/show";
    }

    // ---- moving to another school

    @PostMapping("/people/{id}/transfer")
    String transfer(@PathVariable long id, @RequestParam(required = false) Long toSchoolId,
            @RequestParam(defaultValue = "-1") long version, CurrentUser user, RedirectAttributes redirect) {
        Person person = persons.findById(id).orElseThrow(NotFoundException::new);
        SchoolSummary from = schools.readable(user, person.getSchoolId());
        if (!user.managesSchoolsOf(from.municipalityId())) {
            throw new org.springframework.security.access.AccessDeniedException("department only");
        }
        SchoolSummary to = toSchoolId == null ? null : schools.find(user, toSchoolId).orElse(null);
        if (to == null || to.id() == from.id() || to.municipalityId() != from.municipalityId()) {
            redirect.addFlashAttribute("flashError", "transfer.invalid");
            return "redirect:/people/" + id;
        }
        if (person.processingStopped()) {
            return readOnly(person, redirect);
        }
        registry.transfer(id, to.id(), version);
        redirect.addFlashAttribute("flashSuccess", "transfer.done");
        return "redirect:/people/" + id;
    }

    // ---- bases

    @GetMapping("/people/{id}/mentor")
    @Transactional(readOnly = true)
    String mentorForm(@PathVariable long id, CurrentUser user, Model model, RedirectAttributes redirect) {
        Person person = persons.findById(id).orElseThrow(NotFoundException::new);
        schools.editable(user, person.getSchoolId());
        if (person.processingStopped()) {
            return readOnly(person, redirect);
        }
        auditMinor(person);
        model.addAttribute("mentorForm", mentors.findById(id).map(MentorForm::of).orElseGet(MentorForm::new));
        return basePage(model, person, "people/mentor-form");
    }

    @PostMapping("/people/{id}/mentor")
    String saveMentor(@PathVariable long id, @Valid @ModelAttribute("mentorForm") MentorForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Person person = persons.findById(id).orElseThrow(NotFoundException::new);
        schools.editable(user, person.getSchoolId());
        if (person.getKind() == PersonKind.STUDENT && minor(person) && form.getCapacity() != null
                && form.getCapacity() > 5) {
            errors.rejectValue("capacity", "mentor.capacity.student");
        }
        return saveBase(person, errors, model, redirect, response, "people/mentor-form", "mentor.saved",
                () -> registry.putInMentorBase(id, form));
    }

    @GetMapping("/people/{id}/mentee")
    @Transactional(readOnly = true)
    String menteeForm(@PathVariable long id, CurrentUser user, Model model, RedirectAttributes redirect) {
        Person person = persons.findById(id).orElseThrow(NotFoundException::new);
        schools.editable(user, person.getSchoolId());
        if (person.processingStopped()) {
            return readOnly(person, redirect);
        }
        auditMinor(person);
        model.addAttribute("menteeForm", mentees.findById(id).map(MenteeForm::of).orElseGet(MenteeForm::new));
        return basePage(model, person, "people/mentee-form");
    }

    @PostMapping("/people/{id}/mentee")
    String saveMentee(@PathVariable long id, @Valid @ModelAttribute("menteeForm") MenteeForm form,
            BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Person person = persons.findById(id).orElseThrow(NotFoundException::new);
        schools.editable(user, person.getSchoolId());
        if (person.getKind() == PersonKind.EXTERNAL) {
            errors.reject("mentee.external");
        }
        if (form.getWantedFormId() != null && !formNames().containsKey(form.getWantedFormId())) {
            errors.rejectValue("wantedFormId", "mentee.wantedForm.invalid");
        }
        return saveBase(person, errors, model, redirect, response, "people/mentee-form", "mentee.saved",
                () -> registry.putInMenteeBase(id, form));
    }

    /** Saves a base entry: errors or a stale version re-render the form with the input kept (409 when stale). */
    private String saveBase(Person person, BindingResult errors, Model model, RedirectAttributes redirect,
            HttpServletResponse response, String view, String done, Runnable save) {
        if (person.processingStopped()) {
            errors.reject("person.processingStopped");
        }
        if (errors.hasErrors()) {
            return basePage(model, person, view);
        }
        try {
            save.run();
        } catch (StaleVersionException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
            return basePage(model, person, view);
        } catch (ConsentRequiredException e) {
            // a minor enters a base only with a consent in force: the same words as the pairing rules
            errors.reject(e.messageKey(), new Object[] {e.shortName()}, null);
            return basePage(model, person, view);
        } catch (ProcessingStoppedException e) {
            errors.reject("person.processingStopped");
            return basePage(model, person, view);
        }
        redirect.addFlashAttribute("flashSuccess", done);
        return "redirect:/people/" + person.getId();
    }

    /** A minor by {@link Adulthood}, with the person's class and school of today. */
    private boolean minor(Person person) {
        return people.participant(person.getId(), people.today()).map(Participant::minor).orElse(true);
    }

    /** Refuses a write about a person whose processing stopped: back to the card, which says why. */
    private static String readOnly(Person person, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", "person.readOnly");
        return "redirect:/people/" + person.getId();
    }

    private String basePage(Model model, Person person, String view) {
        model.addAttribute("person", person);
        model.addAttribute("formNames", formNames());
        return view;
    }

    // ---- consents

    @PostMapping("/people/{id}/consents")
    String addConsent(@PathVariable long id, @Valid @ModelAttribute("consentForm") ConsentForm form,
            BindingResult errors, CurrentUser user, RedirectAttributes redirect) {
        Person person = persons.findById(id).orElseThrow(NotFoundException::new);
        schools.editable(user, person.getSchoolId());
        if (form.getGivenBy() == ConsentGiver.REPRESENTATIVE
                && (form.getRepresentativeName() == null || form.getRepresentativeName().isBlank())) {
            errors.rejectValue("representativeName", "consent.representative.required");
        }
        if (form.getGivenBy() == ConsentGiver.SELF && minor(person)) {
            errors.rejectValue("givenBy", "consent.minorNeedsRepresentative");
        }
        if (form.getValidUntil() != null && form.getGivenOn() != null
                && form.getValidUntil().isBefore(form.getGivenOn())) {
            errors.rejectValue("validUntil", "consent.validUntil.beforeGiven");
        }
        if (person.getAnonymisedOn() != null) {
            errors.reject("person.anonymised");
        }
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("org.springframework.validation.BindingResult.consentForm", errors);
            redirect.addFlashAttribute("consentForm", form);
            redirect.addFlashAttribute("flashError", "consent.invalid");
            return "redirect:/people/" + id + "#consent";
        }
        registry.recordConsent(id, form);
        redirect.addFlashAttribute("flashSuccess", "consent.recorded");
        return "redirect:/people/" + id + "#consent";
    }

    @PostMapping("/consents/{consentId}/revoke")
    String revokeConsent(@PathVariable long consentId, @RequestParam(defaultValue = "") String reason,
            CurrentUser user, RedirectAttributes redirect) {
        long id = registry.personOfConsent(consentId);
        Person person = persons.findById(id).orElseThrow(NotFoundException::new);
        schools.editable(user, person.getSchoolId());
        if (person.processingStopped()) {
            // nothing left in force to withdraw: processing already stopped
            return readOnly(person, redirect);
        }
        if (reason.length() > 1000) {
            redirect.addFlashAttribute("flashError", "consent.revokedReason.tooLong");
            return "redirect:/people/" + id + "#consent";
        }
        var problem = ru.edu.mentoring.shared.PlainText.Rules.problem(reason, false);
        if (problem.isPresent()) {
            redirect.addFlashAttribute("flashError", problem.get());
            return "redirect:/people/" + id + "#consent";
        }
        boolean stopped = registry.revokeConsent(id, consentId, reason);
        redirect.addFlashAttribute("flashSuccess", stopped ? "consent.revoked.stopped" : "consent.revoked");
        return "redirect:/people/" + id + "#consent";
    }

    private Map<Long, String> formNames() {
        FormCatalog catalog = forms.getIfAvailable();
        return catalog == null ? Map.of() : catalog.formNames();
    }
}
