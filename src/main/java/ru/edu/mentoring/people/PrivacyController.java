package ru.edu.mentoring.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.EnableScheduling;
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
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.web.PageLinks;
import ru.edu.mentoring.web.Xlsx;

/**
 * The 152-ФЗ side of the register: the processing policy (public), everything held on one person as a spreadsheet
 * (the subject's right of access), and the register of destruction with the retention run.
 */
@Controller
@EnableScheduling
class PrivacyController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final Schools schools;
    private final People people;
    private final PeopleRegistry registry;
    private final Retention retention;
    private final PersonRepository persons;
    private final StudentClassRepository classes;
    private final MentorProfileRepository mentors;
    private final MenteeProfileRepository mentees;
    private final DataDestructionRepository destructions;
    private final ObjectProvider<ParticipationSource> participations;
    private final MessageSource messages;
    private final ru.edu.mentoring.audit.AuditLog audit;
    private final ObjectProvider<PersonDocuments> documents;
    private final java.time.ZoneId zone;

    PrivacyController(Schools schools, People people, PeopleRegistry registry, Retention retention,
            PersonRepository persons, StudentClassRepository classes, MentorProfileRepository mentors,
            MenteeProfileRepository mentees, DataDestructionRepository destructions,
            ObjectProvider<ParticipationSource> participations, MessageSource messages,
            ru.edu.mentoring.audit.AuditLog audit, ObjectProvider<PersonDocuments> documents,
            @org.springframework.beans.factory.annotation.Value("${app.zone:Europe/Moscow}") String zone) {
        this.documents = documents;
        this.zone = java.time.ZoneId.of(zone);
        this.schools = schools;
        this.people = people;
        this.registry = registry;
        this.retention = retention;
        this.persons = persons;
        this.classes = classes;
        this.mentors = mentors;
        this.mentees = mentees;
        this.destructions = destructions;
        this.participations = participations;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/public/privacy")
    String policy(Model model) {
        model.addAttribute("retentionYears", retention.retention().getYears());
        model.addAttribute("afterWithdrawalDays", retention.afterWithdrawal().getDays());
        return "people/privacy-policy";
    }

    // ---- everything held on one person

    @GetMapping("/people/{id}/export.xlsx")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> export(@PathVariable long id, CurrentUser user, Locale locale) {
        Person person = persons.findById(id).orElseThrow(NotFoundException::new);
        SchoolSummary school = schools.readable(user, person.getSchoolId());
        if (!user.editsSchoolData(school.id()) && !user.managesSchoolsOf(school.municipalityId())) {
            throw new AccessDeniedException("curator of the school, department or administrator only");
        }
        // a read naming the person, like the page's view
        audit.recordRead("EXPORT", "Person", id, person.getSchoolId(), List.of(id));
        byte[] bytes;
        try (Xlsx x = new Xlsx()) {
            List<List<Object>> facts = new ArrayList<>();
            fact(facts, "privacy.export.recordNo", id, locale);
            fact(facts, "person.lastName", person.getLastName(), locale);
            fact(facts, "person.firstName", person.getFirstName(), locale);
            fact(facts, "person.middleName", person.getMiddleName(), locale);
            fact(facts, "person.kind", msg(person.getKind().messageKey(), locale), locale);
            fact(facts, "privacy.export.school", school.shortName(), locale);
            fact(facts, "person.birthDate", person.getBirthDate(), locale);
            fact(facts, "person.externalKey", person.getExternalKey(), locale);
            fact(facts, "person.position", person.getPosition(), locale);
            fact(facts, "person.subjects", person.getSubjects(), locale);
            fact(facts, "person.teachingSince", person.getTeachingSince(), locale);
            fact(facts, "person.externalKind", person.getExternalKind() == null ? null
                    : msg("person.external." + person.getExternalKind().name(), locale), locale);
            fact(facts, "person.organisation", person.getOrganisation(), locale);
            fact(facts, "privacy.export.processingStopped", person.getProcessingStoppedOn(), locale);
            fact(facts, "privacy.export.processingStopReason", person.getProcessingStopReason() == null ? null
                    : msg(person.getProcessingStopReason().messageKey(), locale), locale);
            fact(facts, "privacy.export.anonymised", person.getAnonymisedOn(), locale);
            mentors.findById(id).ifPresent(m -> {
                fact(facts, "privacy.export.mentorBase", m.isInBase() ? msg("consent.yes", locale)
                        : msg("consent.no", locale), locale);
                fact(facts, "mentor.competences", m.getCompetences(), locale);
                fact(facts, "mentor.capacity", m.getCapacity(), locale);
                fact(facts, "mentor.trainingDate", m.getTrainingDate(), locale);
                fact(facts, "mentor.trainingProgramme", m.getTrainingProgramme(), locale);
                fact(facts, "mentor.achievements", m.getAchievements(), locale);
                fact(facts, "mentor.interests", m.getInterests(), locale);
                fact(facts, "mentor.wantedMenteeAge", m.getWantedMenteeAge(), locale);
                fact(facts, "mentor.contactTimePlace", m.getContactTimePlace(), locale);
            });
            mentees.findById(id).ifPresent(m -> {
                fact(facts, "privacy.export.menteeBase", m.isInBase() ? msg("consent.yes", locale)
                        : msg("consent.no", locale), locale);
                fact(facts, "mentee.request", m.getRequest(), locale);
            });
            x.sheet(msg("privacy.export.sheet.person", locale),
                    List.of(msg("privacy.export.field", locale), msg("privacy.export.value", locale)), facts);

            List<List<Object>> classRows = classes.history(id).stream()
                    .map(c -> List.<Object>of(AcademicYear.label(c.academicYear()), c.label())).toList();
            x.sheet(msg("privacy.export.sheet.classes", locale),
                    List.of(msg("privacy.export.year", locale), msg("person.class", locale)), classRows);

            List<List<Object>> consentRows = new ArrayList<>();
            for (Consent c : registry.consentsOf(id)) {
                consentRows.add(java.util.Arrays.asList(c.getGivenOn(), msg(c.getGivenBy().messageKey(), locale),
                        c.getRepresentativeName(), c.getPurpose(), c.getDataCategories(), c.getValidUntil(),
                        c.getTextVersion(), c.getRevokedOn(), c.getRevokedReason()));
            }
            x.sheet(msg("privacy.export.sheet.consents", locale), List.of(msg("consent.givenOn", locale),
                    msg("consent.givenBy", locale), msg("consent.representativeName", locale),
                    msg("consent.purpose", locale), msg("consent.dataCategories", locale),
                    msg("consent.validUntil", locale), msg("consent.textVersion", locale),
                    msg("privacy.export.revokedOn", locale), msg("consent.revokedReason", locale)), consentRows);

            ParticipationSource source = participations.getIfAvailable();
            List<List<Object>> pairRows = new ArrayList<>();
            for (ParticipationSource.Participation p : source == null ? List.<ParticipationSource.Participation>of()
                    : source.participations(id)) {
                pairRows.add(java.util.Arrays.asList(p.pairId(), p.schoolName(), p.formName(),
                        msg("privacy.export.role." + p.role(), locale), msg("pair.status." + p.status(), locale),
                        p.start(), p.end(), p.partners(), p.goal(), p.result(), p.terminationReason()));
            }
            x.sheet(msg("privacy.export.sheet.pairs", locale), List.of(msg("privacy.export.pairNo", locale),
                    msg("privacy.export.school", locale), msg("privacy.export.form", locale),
                    msg("privacy.export.role", locale), msg("privacy.export.status", locale),
                    msg("privacy.export.start", locale), msg("privacy.export.end", locale),
                    msg("privacy.export.partners", locale), msg("privacy.export.goal", locale),
                    msg("privacy.export.result", locale), msg("privacy.export.terminationReason", locale)),
                    pairRows);

            PersonDocuments named = documents.getIfAvailable();
            List<List<Object>> documentRows = new ArrayList<>();
            for (PersonDocuments.NamedDocument d : named == null ? List.<PersonDocuments.NamedDocument>of()
                    : named.documentsNaming(id)) {
                documentRows.add(java.util.Arrays.asList(d.id(), d.title(), msg(d.kindKey(), locale),
                        DATE_TIME.format(d.filedAt().atZone(zone)), d.filedBy()));
            }
            x.sheet(msg("privacy.export.sheet.documents", locale), List.of(msg("privacy.export.documentNo", locale),
                    msg("privacy.export.documentTitle", locale), msg("privacy.export.documentKind", locale),
                    msg("privacy.export.documentFiled", locale), msg("privacy.export.documentFiledBy", locale)),
                    documentRows);

            List<List<Object>> accessRows = new ArrayList<>();
            for (ru.edu.mentoring.audit.AuditLog.Access a : audit.accessesOf(id)) {
                accessRows.add(java.util.Arrays.asList(DATE_TIME.format(a.at().atZone(zone)), a.username(),
                        msg("privacy.export.access.action." + a.action(), locale),
                        messages.getMessage("privacy.export.access.entity." + a.entity(), null, a.entity(), locale)));
            }
            x.sheet(msg("privacy.export.sheet.access", locale), List.of(msg("privacy.export.accessAt", locale),
                    msg("privacy.export.accessBy", locale), msg("privacy.export.accessAction", locale),
                    msg("privacy.export.accessWhat", locale)), accessRows);
            bytes = x.toBytes();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("person-" + id + "-" + people.today() + ".xlsx").build().toString())
                .body(bytes);
    }

    private void fact(List<List<Object>> rows, String key, Object value, Locale locale) {
        if (value != null) {
            rows.add(List.of(msg(key, locale), value));
        }
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    // ---- destruction register and the retention run

    /** One row of the register as the page shows it. */
    record RegisterRow(long personId, String schoolName, String subject, String categories, String reasonKey,
            LocalDate destroyedOn, String performedBy) {}

    @GetMapping("/privacy")
    @Transactional(readOnly = true)
    String register(@RequestParam(required = false) Integer page, CurrentUser user, Model model) {
        List<SchoolSummary> scope = managedSchools(user);
        Map<Long, String> names = scope.stream().collect(Collectors.toMap(SchoolSummary::id, SchoolSummary::shortName));
        Page<DataDestruction> found = destructions.register(names.isEmpty() ? List.of(-1L) : names.keySet(),
                PageLinks.request(page, 50, Sort.unsorted()));
        model.addAttribute("page", found.map(d -> new RegisterRow(d.getPersonId(), names.get(d.getSchoolId()),
                d.getSubject(), d.getCategories(), d.getReason().messageKey(), d.getDestroyedOn(),
                d.getPerformedBy())));
        model.addAttribute("pages", PageLinks.window(found));
        model.addAttribute("due", retention.due(names.keySet()).size());
        model.addAttribute("retentionYears", retention.retention().getYears());
        model.addAttribute("afterWithdrawalDays", retention.afterWithdrawal().getDays());
        return "people/privacy";
    }

    @PostMapping("/privacy/run")
    String run(CurrentUser user, RedirectAttributes redirect) {
        List<Long> ids = managedSchools(user).stream().map(SchoolSummary::id).toList();
        int done = retention.run(ids, user.username());
        redirect.addFlashAttribute("anonymisedNow", done);
        return "redirect:/privacy";
    }

    /** The administrator manages every school; department staff the schools of their municipality. */
    private List<SchoolSummary> managedSchools(CurrentUser user) {
        if (!user.has(Role.ADMIN) && !(user.has(Role.DEPARTMENT) && user.municipalityId() != null)) {
            throw new AccessDeniedException("admin or department only");
        }
        return schools.visibleTo(user);
    }
}
