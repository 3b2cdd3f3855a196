package ru.edu.mentoring.people;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.shared.SearchText;
import ru.edu.mentoring.web.StreamingXlsx;

/**
 * The people module's lists as XLSX (issue 17 point 8): the people list, the mentor base and the mentee base in the
 * layouts of МР-42/02 («База наставников», «База наставляемых»; what the portal does not hold stays blank), and the
 * consents of the people list. Each takes the filter parameters of its page and runs the page's own query, a page of
 * {@link #CHUNK} rows at a time, so a file holds exactly the rows the page lists; the file is written with SXSSF, so a
 * long list keeps memory flat. Who may read the page may download it, except the school head and the regional observer
 * (the curator, department staff and methodologists of the municipality, the administrator); each download is one
 * audit row (EXPORT), listing the minors in the file.
 */
@Controller
class PeopleExports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The people list's order (its page's sort). */
    static final Sort BY_NAME = Sort.by("searchName", "id");

    /** Rows read per query. */
    static final int CHUNK = 500;

    private final Schools schools;
    private final People people;
    private final PersonRepository persons;
    private final MentorProfileRepository mentors;
    private final MenteeProfileRepository mentees;
    private final ConsentRepository consents;
    private final ObjectProvider<ParticipationSource> participations;
    private final PeoplePages pages;
    private final AuditLog audit;
    private final MessageSource messages;

    PeopleExports(Schools schools, People people, PersonRepository persons, MentorProfileRepository mentors,
            MenteeProfileRepository mentees, ConsentRepository consents,
            ObjectProvider<ParticipationSource> participations, PeoplePages pages, AuditLog audit,
            MessageSource messages) {
        this.schools = schools;
        this.people = people;
        this.persons = persons;
        this.mentors = mentors;
        this.mentees = mentees;
        this.consents = consents;
        this.participations = participations;
        this.pages = pages;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * The school, when the user may download its lists: one who reads it (else 404) and is its curator, department
     * staff or a methodologist of its municipality, or the administrator (else 403).
     */
    static SchoolSummary exportable(Schools schools, CurrentUser user, long schoolId) {
        SchoolSummary school = schools.readable(user, schoolId);
        if (!mayExport(user, school)) {
            throw new AccessDeniedException("lists are exported by the curator, the department and methodologists");
        }
        return school;
    }

    /** Whether the user may download the lists of a school they read (the links are shown only then). */
    static boolean mayExport(CurrentUser user, SchoolSummary school) {
        return user.editsSchoolData(school.id()) || user.has(Role.ADMIN)
                || (user.seesWholeMunicipality() && user.municipalityId() == school.municipalityId());
    }

    // ---- the people list

    @GetMapping("/schools/{schoolId}/people.xlsx")
    @Transactional(readOnly = true)
    void peopleList(@PathVariable long schoolId, @RequestParam(required = false) PersonKind kind,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean withdrawn,
            CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
        SchoolSummary school = exportable(schools, user, schoolId);
        Set<Long> minors = new LinkedHashSet<>();
        send(response, "people-" + schoolId + ".xlsx", x -> {
            x.sheet(msg("export.people.sheet", locale), headers(locale, "person.fullName", "person.kind",
                    "people.birthDate.column", "person.classOrPosition", "person.position", "person.organisation",
                    "people.inMentorBase.column", "people.inMenteeBase.column", "consent.inForce.column"),
                    40, 22, 12, 14, 28, 28, 12, 12, 12);
            forEachPage(BY_NAME, p -> persons.search(schoolId, kind, like(q), withdrawn, p), page -> {
                Map<Long, Participant> details = people.assemble(page.getContent(), people.today());
                for (Person person : page.getContent()) {
                    Participant p = details.get(person.getId());
                    if (p.minor()) {
                        minors.add(p.id());
                    }
                    x.row(Arrays.asList(p.fullName(), kindName(p, locale), p.birthDate(), classOrStatus(p, locale),
                            person.getPosition(), person.getOrganisation(), yesNo(p.inMentorBase(), locale),
                            yesNo(p.inMenteeBase(), locale), yesNo(p.consentInForce(), locale)));
                }
            });
        });
        audited("PeopleList", school.id(), minors);
    }

    // ---- the consents of the people list

    @GetMapping("/schools/{schoolId}/consents.xlsx")
    @Transactional(readOnly = true)
    void consents(@PathVariable long schoolId, @RequestParam(required = false) PersonKind kind,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean withdrawn,
            CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
        SchoolSummary school = exportable(schools, user, schoolId);
        Set<Long> minors = new LinkedHashSet<>();
        send(response, "consents-" + schoolId + ".xlsx", x -> {
            x.sheet(msg("export.consents.sheet", locale), headers(locale, "person.fullName", "person.kind",
                    "person.classOrPosition", "consent.givenOn", "consent.givenBy", "consent.representativeName",
                    "consent.textVersion", "consent.validUntil", "export.consents.revokedOn",
                    "consent.inForce.column"), 40, 22, 14, 12, 24, 34, 12, 12, 12, 12);
            forEachPage(BY_NAME, p -> persons.search(schoolId, kind, like(q), withdrawn, p), page -> {
                Map<Long, Participant> details = people.assemble(page.getContent(), people.today());
                for (Person person : page.getContent()) {
                    Participant p = details.get(person.getId());
                    if (p.minor()) {
                        minors.add(p.id());
                    }
                    for (Consent c : consents.findByPersonIdOrderByGivenOnDescIdDesc(person.getId())) {
                        boolean inForce = c.getRevokedOn() == null
                                && Consent.inForce(c.getGivenOn(), c.getValidUntil(), people.today());
                        x.row(Arrays.asList(p.fullName(), kindName(p, locale), classOrStatus(p, locale),
                                c.getGivenOn(), msg(c.getGivenBy().messageKey(), locale), c.getRepresentativeName(),
                                c.getTextVersion(), c.getValidUntil(), c.getRevokedOn(), yesNo(inForce, locale)));
                    }
                }
            });
        });
        audited("ConsentList", school.id(), minors);
    }

    // ---- «База наставников» (МР-42/02)

    /** The columns of МР-42/02's «База наставников», then the portal's own (capacity, training). */
    static final List<String> MENTOR_COLUMNS = List.of("export.mentors.col.name", "export.mentors.col.workplace",
            "export.mentors.col.position", "export.mentors.col.contacts", "export.mentors.col.birthYear",
            "export.mentors.col.competences", "export.mentors.col.achievements", "export.mentors.col.interests",
            "export.mentors.col.menteeAge", "export.mentors.col.contactTime", "export.mentors.col.mentees",
            "export.mentors.col.form", "export.mentors.col.place", "export.mentors.col.included",
            "export.mentors.col.end", "export.mentors.col.results", "export.mentors.col.case",
            "mentor.capacity", "mentor.trainingDate", "mentor.trainingProgramme");

    @GetMapping("/schools/{schoolId}/mentors.xlsx")
    @Transactional(readOnly = true)
    void mentorBase(@PathVariable long schoolId, @RequestParam(defaultValue = "false") boolean untrained,
            CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
        SchoolSummary school = exportable(schools, user, schoolId);
        Set<Long> minors = new LinkedHashSet<>();
        ParticipationSource source = participations.getIfAvailable();
        send(response, "mentor-base-" + schoolId + ".xlsx", x -> {
            x.sheet(msg("export.mentors.sheet", locale), headers(locale, MENTOR_COLUMNS.toArray(String[]::new)),
                    40, 30, 18, 18, 10, 40, 24, 24, 16, 18, 40, 22, 24, 12, 12, 20, 20, 10, 12, 30);
            // «без обучения» means what the list means: no training record in force today (the training module's view)
            java.util.Set<Long> trained = untrained ? people.trainedMentors(schoolId, people.today()) : java.util.Set.of();
            forEachPage(Sort.unsorted(), p -> untrained
                    ? mentors.untrained(schoolId, trained.isEmpty() ? java.util.Set.of(-1L) : trained, p)
                    : mentors.base(schoolId, p), page -> {
                List<MentorProfile> list = page.getContent();
                Map<Long, Person> cards = cards(list.stream().map(MentorProfile::getPersonId).toList());
                Map<Long, Participant> details = people.participants(
                        list.stream().map(MentorProfile::getPersonId).toList(), people.today());
                // the pairs are read only for mentors with running ones (one statement tells which)
                Map<Long, Long> loads = source == null ? Map.of()
                        : source.mentorLoads(list.stream().map(MentorProfile::getPersonId).toList());
                for (MentorProfile m : list) {
                    Participant p = details.get(m.getPersonId());
                    Person card = cards.get(m.getPersonId());
                    if (p == null || card == null) {
                        continue;
                    }
                    if (p.minor()) {
                        minors.add(p.id());
                    }
                    List<ParticipationSource.Participation> running = loads.containsKey(p.id())
                            ? running(source, p.id(), "MENTOR") : List.of();
                    x.row(Arrays.asList(p.fullName(), workplace(p, card, school), positionOrClass(p, card, locale),
                            null, year(p), m.getCompetences(), null, null, null, null,
                            join(running, ParticipationSource.Participation::partners, ", "),
                            join(running, ParticipationSource.Participation::formName, "; "),
                            join(running, ParticipationSource.Participation::schoolName, "; "),
                            m.getIncludedOn(), null, null, null, m.getCapacity(), m.getTrainingDate(),
                            m.getTrainingProgramme()));
                }
            });
        });
        audited("MentorBase", school.id(), minors);
    }

    // ---- «База наставляемых» (МР-42/02)

    /** The columns of МР-42/02's «База наставляемых», then the portal's own (class, wanted form). */
    static final List<String> MENTEE_COLUMNS = List.of("export.mentees.col.name", "export.mentees.col.contacts",
            "export.mentees.col.birthYear", "export.mentees.col.request", "export.mentees.col.included",
            "export.mentees.col.mentor", "export.mentees.col.mentorWorkplace", "export.mentees.col.form",
            "export.mentees.col.place", "export.mentees.col.end", "export.mentees.col.results",
            "export.mentees.col.case", "person.classOrPosition", "mentee.wantedForm");

    @GetMapping("/schools/{schoolId}/mentees.xlsx")
    @Transactional(readOnly = true)
    void menteeBase(@PathVariable long schoolId, @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Integer grade, @RequestParam(required = false) Long form,
            @RequestParam(defaultValue = "ANY") MentorFilter mentor, CurrentUser user, Locale locale,
            HttpServletResponse response) throws IOException {
        SchoolSummary school = exportable(schools, user, schoolId);
        Set<Long> minors = new LinkedHashSet<>();
        ParticipationSource source = participations.getIfAvailable();
        Set<Long> active = source == null ? Set.of() : source.activeMentees(schoolId);
        Set<Long> paired = mentor == MentorFilter.ANY ? Set.of() : active;
        Integer wantedGrade = grade == null || grade < 1 || grade > 11 ? null : grade;
        Map<Long, String> formNames = pages.formNames();
        send(response, "mentee-base-" + schoolId + ".xlsx", x -> {
            x.sheet(msg("export.mentees.sheet", locale), headers(locale, MENTEE_COLUMNS.toArray(String[]::new)),
                    40, 24, 10, 40, 12, 34, 24, 22, 24, 12, 20, 20, 10, 22);
            forEachPage(Sort.unsorted(), p -> mentees.searchBase(schoolId, like(q), wantedGrade, AcademicYear.of(people.today()),
                    form, mentor.name(), paired.isEmpty() ? Set.of(-1L) : paired, p), page -> {
                        List<MenteeProfile> list = page.getContent();
                        Map<Long, Participant> details = people.participants(
                                list.stream().map(MenteeProfile::getPersonId).toList(), people.today());
                        for (MenteeProfile m : list) {
                            Participant p = details.get(m.getPersonId());
                            if (p == null) {
                                continue;
                            }
                            if (p.minor()) {
                                minors.add(p.id());
                            }
                            // the pairs are read only for mentees in a running one
                            List<ParticipationSource.Participation> running = active.contains(p.id())
                                    ? running(source, p.id(), "MENTEE") : List.of();
                            x.row(Arrays.asList(p.fullName(), null, year(p), m.getRequest(), m.getIncludedOn(),
                                    join(running, ParticipationSource.Participation::partners, ", "), null,
                                    join(running, ParticipationSource.Participation::formName, "; "),
                                    join(running, ParticipationSource.Participation::schoolName, "; "),
                                    null, null, null, p.classLabel(),
                                    m.getWantedFormId() == null ? null : formNames.get(m.getWantedFormId())));
                        }
                    });
        });
        audited("MenteeBase", school.id(), minors);
    }

    // ---- helpers

    /** One audit row for the download: the minors in the file as a read, else a plain EXPORT row. */
    private void audited(String entity, long schoolId, Set<Long> minors) {
        if (minors.isEmpty()) {
            audit.record("EXPORT", entity, schoolId, schoolId, null);
        } else {
            audit.recordRead("EXPORT", entity, schoolId, schoolId, minors);
        }
    }

    /** Runs the page's query a chunk at a time in the page's order, until the last chunk. */
    private static <T> void forEachPage(Sort sort, Function<Pageable, Page<T>> query, Consumer<Page<T>> each) {
        int number = 0;
        while (true) {
            Page<T> page = query.apply(PageRequest.of(number++, CHUNK, sort));
            each.accept(page);
            if (!page.hasNext()) {
                return;
            }
        }
    }

    private void send(HttpServletResponse response, String fileName, Consumer<StreamingXlsx> fill)
            throws IOException {
        try (StreamingXlsx x = new StreamingXlsx()) {
            fill.accept(x);
            response.setContentType(XLSX);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(fileName).build().toString());
            x.writeTo(response.getOutputStream());
        }
    }

    private Map<Long, Person> cards(List<Long> ids) {
        return persons.findByIdIn(ids).stream().collect(Collectors.toMap(Person::getId, p -> p));
    }

    private static List<ParticipationSource.Participation> running(ParticipationSource source, long personId,
            String role) {
        if (source == null) {
            return List.of();
        }
        return source.participations(personId).stream()
                .filter(p -> role.equals(p.role()) && "ACTIVE".equals(p.status())).toList();
    }

    private static String join(List<ParticipationSource.Participation> list,
            Function<ParticipationSource.Participation, String> field, String separator) {
        String joined = list.stream().map(field).filter(v -> v != null && !v.isBlank()).distinct()
                .collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }

    private static Integer year(Participant p) {
        return p.birthDate() == null ? null : p.birthDate().getYear();
    }

    /** «Место работы/учёбы»: an external mentor's organisation, else the school. */
    private static String workplace(Participant p, Person card, SchoolSummary school) {
        if (p.kind() == PersonKind.EXTERNAL) {
            return card.getOrganisation();
        }
        return school.shortName();
    }

    /** «Должность/класс»: a student's class, a teacher's position, an external mentor's kind. */
    private String positionOrClass(Participant p, Person card, Locale locale) {
        if (p.kind() == PersonKind.STUDENT) {
            return p.classLabel();
        }
        if (card.getPosition() != null) {
            return card.getPosition();
        }
        return p.externalKind() == null ? null : msg(p.externalKind().messageKey(), locale);
    }

    private String kindName(Participant p, Locale locale) {
        return p.externalKind() != null ? msg(p.externalKind().messageKey(), locale)
                : msg(p.kind().messageKey(), locale);
    }

    private String classOrStatus(Participant p, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (p.classLabel() != null) {
            parts.add(p.classLabel());
        }
        if (p.youngSpecialist()) {
            parts.add(msg("person.youngSpecialist", locale));
        }
        if (p.newStaff()) {
            parts.add(msg("person.newStaff", locale));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private String yesNo(boolean value, Locale locale) {
        return msg(value ? "consent.yes" : "consent.no", locale);
    }

    private static String like(String q) {
        return SearchText.likePattern(q).replace('ё', 'е');
    }

    private List<String> headers(Locale locale, String... keys) {
        return Arrays.stream(keys).map(k -> msg(k, locale)).toList();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
