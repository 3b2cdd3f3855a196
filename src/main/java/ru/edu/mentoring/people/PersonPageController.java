package ru.edu.mentoring.people;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
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
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;

/** A person's register page (card, classes, bases, consents, every participation) and the move to another school. */
@Controller
class PersonPageController {

    private final Schools schools;
    private final People people;
    private final PeopleRegistry registry;
    private final StudentClassRepository classes;
    private final MentorProfileRepository mentors;
    private final MenteeProfileRepository mentees;
    private final ObjectProvider<ParticipationSource> participations;
    private final AuditLog audit;
    private final PeoplePages pages;

    PersonPageController(Schools schools, People people, PeopleRegistry registry, StudentClassRepository classes,
            MentorProfileRepository mentors, MenteeProfileRepository mentees,
            ObjectProvider<ParticipationSource> participations, AuditLog audit, PeoplePages pages) {
        this.schools = schools;
        this.people = people;
        this.registry = registry;
        this.classes = classes;
        this.mentors = mentors;
        this.mentees = mentees;
        this.participations = participations;
        this.audit = audit;
        this.pages = pages;
    }

    private PersonMoves moves;

    private NamePublications namePublications;

    @org.springframework.beans.factory.annotation.Autowired
    void setNamePublications(NamePublications namePublications) {
        this.namePublications = namePublications;
    }

    @org.springframework.beans.factory.annotation.Autowired
    void setMoves(PersonMoves moves) {
        this.moves = moves;
    }

    @GetMapping("/people/{id}")
    @Transactional(readOnly = true)
    String show(@PathVariable long id, CurrentUser user, Model model) {
        return fill(id, user, model);
    }

    /** Fills the model of the person page and names its view (also for a form of the page shown again). */
    @Transactional(readOnly = true)
    String fill(long id, CurrentUser user, Model model) {
        Person person = pages.person(id);
        SchoolSummary school = schools.readable(user, person.getSchoolId());
        model.addAttribute("school", school);
        model.addAttribute("person", person);
        Participant participant = people.assemble(List.of(person), people.today()).get(id);
        if (participant.minor()) {
            // a read naming the person, so it is found by person as well as by the page
            audit.recordRead("VIEW", "Person", id, person.getSchoolId(), List.of(id));
        }
        model.addAttribute("participant", participant);
        // processing stopped (withdrawn, expired): read-only but for the export, anonymisation and a new consent
        model.addAttribute("readOnly", person.processingStopped());
        model.addAttribute("stopReasonKey", (person.getProcessingStopReason() == null ? ProcessingStop.WITHDRAWN
                : person.getProcessingStopReason()).messageKey());
        // issue 17 point 7: the current year's class first, then the other years from the latest
        int currentYear = AcademicYear.of(people.today());
        model.addAttribute("classes", classes.history(id).stream()
                .sorted(java.util.Comparator.comparing((StudentClass c) -> c.academicYear() != currentYear)
                        .thenComparing(StudentClass::academicYear, java.util.Comparator.reverseOrder()))
                .map(c -> c.label() + " (" + AcademicYear.label(c.academicYear()) + ")").toList());
        model.addAttribute("consentGivers", ConsentGiver.values());
        model.addAttribute("mentor", mentors.findById(id).orElse(null));
        model.addAttribute("mentee", mentees.findById(id).orElse(null));
        model.addAttribute("consents", registry.consentsOf(id));
        model.addAttribute("formNames", pages.formNames());
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
        // issue 17 point 7: the moves between schools, and a move waiting for its date or the department
        List<PersonTransfer> personMoves = moves.of(id);
        model.addAttribute("moves", personMoves);
        PersonTransfer requested = personMoves.stream()
                .filter(t -> t.getStatus() == PersonTransfer.Status.REQUESTED).reduce((a, b) -> b).orElse(null);
        model.addAttribute("requestedTo", requested == null ? null : requested.getToSchoolId());
        model.addAttribute("moveOn", requested == null ? people.today() : requested.getEffectiveOn());
        model.addAttribute("moveSchools", schools.summariesOf(personMoves.stream()
                .flatMap(t -> java.util.stream.Stream.of(t.getFromSchoolId(), t.getToSchoolId())).distinct().toList())
                .stream().collect(java.util.stream.Collectors.toMap(SchoolSummary::id, SchoolSummary::shortName)));
        if (!model.containsAttribute("consentForm")) {
            model.addAttribute("consentForm", new ConsentForm(people.today(),
                    participant.minor() ? ConsentGiver.REPRESENTATIVE : ConsentGiver.SELF, null,
                    "2025-1"));
        }
        // issue 21 point 5: the consent to publish the name, for an adult in the mentor base
        NamePublication publication = namePublications.of(id).orElse(null);
        model.addAttribute("publication", publication);
        model.addAttribute("publicationInForce", publication != null && publication.inForce(people.today()));
        model.addAttribute("publicationPossible", !participant.minor() && mentors.findById(id).isPresent());
        if (!model.containsAttribute("publicationForm")) {
            model.addAttribute("publicationForm", new NamePublicationForm(people.today(), null,
                    publication == null ? null : publication.getVersion()));
        }
        return "people/show";
    }

    @PostMapping("/people/{id}/transfer")
    String transfer(@PathVariable long id, @RequestParam(required = false) Long toSchoolId,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate effectiveOn,
            CurrentUser user, RedirectAttributes redirect) {
        Person person = pages.person(id);
        SchoolSummary from = schools.readable(user, person.getSchoolId());
        if (!user.managesSchoolsOf(from.municipalityId())) {
            throw new AccessDeniedException("department only");
        }
        SchoolSummary to = toSchoolId == null ? null : schools.find(user, toSchoolId).orElse(null);
        if (to == null || to.id() == from.id() || to.municipalityId() != from.municipalityId()) {
            redirect.addFlashAttribute("flashError", "transfer.invalid");
            return "redirect:/people/" + id;
        }
        if (person.processingStopped()) {
            return PeoplePages.readOnly(person, redirect);
        }
        // issue 17 point 7: the person belongs to the new school from the effective date (today when not given)
        java.time.LocalDate on = effectiveOn == null ? people.today() : effectiveOn;
        String dateProblem = moves.dateProblem(on);
        if (dateProblem != null) {
            redirect.addFlashAttribute("flashError", dateProblem);
            return "redirect:/people/" + id;
        }
        boolean now = moves.move(id, to.id(), on, version, user.id());
        redirect.addFlashAttribute("flashSuccess", now ? "transfer.done" : "move.scheduled");
        return "redirect:/people/" + id;
    }
}
