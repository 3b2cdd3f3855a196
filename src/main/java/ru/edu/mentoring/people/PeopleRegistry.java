package ru.edu.mentoring.people;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.StaleVersionException;

/** Writes of the people module: persons, their class, the bases and consents. Callers check the user's scope. */
@Service
public class PeopleRegistry {

    private final PersonRepository persons;
    private final StudentClassRepository classes;
    private final MentorProfileRepository mentors;
    private final MenteeProfileRepository mentees;
    private final ConsentRepository consents;
    private final People people;
    private final DataDestructionRepository destructions;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    private org.springframework.beans.factory.ObjectProvider<ParticipationSource> participations;

    @org.springframework.beans.factory.annotation.Autowired
    void setParticipations(org.springframework.beans.factory.ObjectProvider<ParticipationSource> participations) {
        this.participations = participations;
    }

    private org.springframework.beans.factory.ObjectProvider<FormCatalog> forms;

    private NamePublicationRepository namePublications;

    @org.springframework.beans.factory.annotation.Autowired
    void setNamePublications(NamePublicationRepository namePublications) {
        this.namePublications = namePublications;
    }

    @org.springframework.beans.factory.annotation.Autowired
    void setForms(org.springframework.beans.factory.ObjectProvider<FormCatalog> forms) {
        this.forms = forms;
    }

    PeopleRegistry(PersonRepository persons, StudentClassRepository classes, MentorProfileRepository mentors,
            MenteeProfileRepository mentees, ConsentRepository consents, People people,
            DataDestructionRepository destructions, org.springframework.context.ApplicationEventPublisher events,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.destructions = destructions;
        this.events = events;
        this.persons = persons;
        this.classes = classes;
        this.mentors = mentors;
        this.mentees = mentees;
        this.consents = consents;
        this.people = people;
    }

    /**
     * The rules of a person's card beyond its field constraints (see {@link PersonRules#check}), for the person form;
     * {@code refused} says which fields were already refused.
     */
    PersonRules.Check checkCard(PersonKind kind, SavePerson card, ru.edu.mentoring.schools.SchoolKind schoolKind,
            java.util.function.Predicate<String> refused) {
        return PersonRules.check(kind, card, schoolKind, people.today(), refused);
    }

    /** Registers a person; a repeated form token returns the person the first submission created. */
    @Transactional
    public long create(long schoolId, PersonKind kind, SavePerson form) {
        if (form.token() != null) {
            var existing = persons.findByCreateToken(form.token());
            if (existing.isPresent()) {
                return existing.get().getId();
            }
        }
        Person person = new Person(schoolId, kind, form.token());
        apply(person, form);
        persons.saveAndFlush(person);
        setClass(person, form);
        return person.getId();
    }

    @Transactional
    public void update(long personId, SavePerson form) {
        Person person = writable(personId);
        if (person.getVersion() != form.version()) {
            throw new StaleVersionException(person.getVersion());
        }
        apply(person, form);
        setClass(person, form);
    }

    /** Writes the card's fields into the person (the form and the import). */
    static void apply(Person person, SavePerson form) {
        person.rename(form.lastName(), form.firstName(), form.middleName());
        person.details(form.birthDate(), form.externalKey(), form.position(), form.subjects(),
                form.teachingSince(), form.newStaff(), form.externalKind(), form.organisation());
    }

    private void setClass(Person person, SavePerson form) {
        if (person.getKind() != PersonKind.STUDENT || form.grade() == null) {
            return;
        }
        int year = AcademicYear.of(people.today());
        StudentClass.Key key = new StudentClass.Key(person.getId(), year);
        classes.findById(key).ifPresentOrElse(c -> c.set(form.grade(), form.letter()),
                () -> classes.save(new StudentClass(person.getId(), year, form.grade(), form.letter())));
    }

    /** The person a form token created, for a submission that lost the race to a parallel identical one. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> createdBy(java.util.UUID token) {
        return token == null ? java.util.Optional.empty() : persons.findByCreateToken(token).map(Person::getId);
    }

    /** Sets a student's class for a past or future academic year (history, import of earlier years). */
    @Transactional
    public void setClass(long personId, int academicYear, int grade, String letter) {
        writable(personId);
        StudentClass.Key key = new StudentClass.Key(personId, academicYear);
        classes.findById(key).ifPresentOrElse(c -> c.set(grade, letter),
                () -> classes.save(new StudentClass(personId, academicYear, grade, letter)));
    }

    /**
     * Why the mentor entry may not be saved: a minor student mentors at most {@link MentorProfile#MAX_MINOR_CAPACITY}
     * people (see {@link MentorProfile#capacityProblem}), and the form the mentor is for is one of the catalogue. The
     * consent a minor needs is checked on saving (see {@link #putInMentorBase}).
     */
    @Transactional(readOnly = true)
    public List<Violation> mentorEntryProblems(long personId, SaveMentorEntry entry) {
        Person person = persons.findById(personId).orElseThrow(NotFoundException::new);
        List<Violation> found = new java.util.ArrayList<>(MentorProfile.capacityProblem(person.getKind(),
                () -> minor(personId), entry.capacity()).map(List::of).orElse(List.of()));
        FormCatalog catalog = forms == null ? null : forms.getIfAvailable();
        if (entry.wantedFormId() != null
                && (catalog == null || !catalog.formNames().containsKey(entry.wantedFormId()))) {
            found.add(new Violation("wantedFormId", "mentee.wantedForm.invalid"));
        }
        return found;
    }

    /**
     * Enters or edits the person's mentor entry. Refused for a person whose processing stopped, for a capacity
     * {@link #mentorEntryProblems} refuses, and entering (or staying in) the base needs the consent
     * {@link Consent#mayEnterBase} asks of a minor.
     */
    @Transactional
    public void putInMentorBase(long personId, SaveMentorEntry form) {
        Person person = writable(personId);
        RulesViolatedException.throwIfAny(mentorEntryProblems(personId, form));
        if (form.inBase()) {
            requireBaseConsent(personId);
        }
        MentorProfile profile = mentors.findById(personId).orElse(null);
        boolean isNew = profile == null;
        if (isNew) {
            profile = new MentorProfile(personId, person.getSchoolId(), people.today());
        } else if (profile.getVersion() != form.version()) {
            throw new StaleVersionException(profile.getVersion());
        }
        form.applyTo(profile);
        if (isNew) {
            mentors.save(profile);
        }
    }

    /**
     * Why the mentee entry may not be saved: an external person is never a mentee, and the wanted form is one of the
     * catalogue.
     */
    @Transactional(readOnly = true)
    public List<Violation> menteeEntryProblems(long personId, SaveMenteeEntry entry) {
        Person person = persons.findById(personId).orElseThrow(NotFoundException::new);
        List<Violation> found = new java.util.ArrayList<>();
        if (person.getKind() == PersonKind.EXTERNAL) {
            found.add(new Violation(null, "mentee.external"));
        }
        FormCatalog catalog = forms == null ? null : forms.getIfAvailable();
        if (entry.wantedFormId() != null
                && (catalog == null || !catalog.formNames().containsKey(entry.wantedFormId()))) {
            found.add(new Violation("wantedFormId", "mentee.wantedForm.invalid"));
        }
        return found;
    }

    /** Enters or edits the person's mentee entry, under the rules of {@link #putInMentorBase} and its own. */
    @Transactional
    public void putInMenteeBase(long personId, SaveMenteeEntry form) {
        Person person = writable(personId);
        RulesViolatedException.throwIfAny(menteeEntryProblems(personId, form));
        if (form.inBase()) {
            requireBaseConsent(personId);
        }
        MenteeProfile profile = mentees.findById(personId).orElse(null);
        boolean isNew = profile == null;
        if (isNew) {
            profile = new MenteeProfile(personId, person.getSchoolId(), people.today());
        } else if (profile.getVersion() != form.version()) {
            throw new StaleVersionException(profile.getVersion());
        }
        profile.update(form.request(), form.wantedFormId(), form.inBase());
        if (isNew) {
            mentees.save(profile);
        }
    }

    /** A minor by {@link Adulthood}, with the person's class and school of today (unknown: a minor). */
    private boolean minor(long personId) {
        return people.participant(personId, people.today()).map(Participant::minor).orElse(true);
    }

    /**
     * The person, when their data may still be changed: else {@link ProcessingStoppedException} (processing stopped:
     * withdrawn, expired or anonymised).
     */
    private Person writable(long personId) {
        Person person = persons.findById(personId).orElseThrow(NotFoundException::new);
        if (person.processingStopped()) {
            throw new ProcessingStoppedException();
        }
        return person;
    }

    /** A minor enters a base only with a consent in force (see {@link Consent#mayEnterBase}). */
    private void requireBaseConsent(long personId) {
        Participant p = people.participant(personId, people.today()).orElseThrow(NotFoundException::new);
        if (!Consent.mayEnterBase(p.minor(), p.consentInForce())) {
            throw new ConsentRequiredException(p.missingConsent(),
                    ru.edu.mentoring.shared.RussianNames.genitive(p.fullName(), p.shortName()));
        }
    }

    /**
     * The message key of the consent the person lacks to enter a base today, or null (for the forms, before
     * {@link #putInMentorBase} would refuse).
     */
    @Transactional(readOnly = true)
    public String baseConsentProblem(long personId) {
        Participant p = people.participant(personId, people.today()).orElseThrow(NotFoundException::new);
        return Consent.mayEnterBase(p.minor(), p.consentInForce()) ? null : p.missingConsent();
    }

    /**
     * Why the consent may not be recorded (see {@link Consent#problems}): also an anonymised person, whose data are
     * gone, takes no new consent.
     */
    @Transactional(readOnly = true)
    public List<Violation> consentProblems(long personId, RecordConsent consent) {
        Person person = persons.findById(personId).orElseThrow(NotFoundException::new);
        List<Violation> found = new java.util.ArrayList<>(Consent.problems(consent,
                consent.givenBy() == ConsentGiver.SELF && minor(personId)));
        if (person.getAnonymisedOn() != null) {
            found.add(new Violation(null, "person.anonymised"));
        }
        return found;
    }

    /**
     * Records a consent; one in force today lets a person whose processing stopped be processed again. Refused
     * ({@link RulesViolatedException}) when {@link #consentProblems} objects.
     */
    @Transactional
    public long recordConsent(long personId, RecordConsent form) {
        Person person = persons.findById(personId).orElseThrow(NotFoundException::new);
        if (person.getAnonymisedOn() != null) {
            throw new NotFoundException();
        }
        RulesViolatedException.throwIfAny(consentProblems(personId, form));
        long id = consents.save(new Consent(personId, form)).getId();
        if (Consent.inForce(form.givenOn(), form.validUntil(), people.today())) {
            person.resumeProcessing();
        }
        return id;
    }

    /**
     * Withdraws a consent. When no other consent remains in force, processing stops (see {@link #stop}). Refused
     * with {@link ProcessingStoppedException} when processing already stopped (nothing in force to withdraw), and with
     * {@link RulesViolatedException} for a reason longer than {@link Consent#REASON_MAX} or not plain text.
     *
     * @return true when processing of the person stopped
     */
    @Transactional
    public boolean revokeConsent(long personId, long consentId, String reason) {
        Consent consent = consents.findById(consentId)
                .filter(c -> c.getPersonId() == personId)
                .orElseThrow(NotFoundException::new);
        if (persons.findById(personId).orElseThrow(NotFoundException::new).processingStopped()) {
            throw new ProcessingStoppedException();
        }
        if (reason != null && reason.length() > Consent.REASON_MAX) {
            throw new RulesViolatedException(List.of(new Violation("reason", "consent.revokedReason.tooLong")));
        }
        var problem = reason == null ? java.util.Optional.<String>empty()
                : ru.edu.mentoring.shared.PlainText.Rules.problem(reason, false);
        if (problem.isPresent()) {
            throw new RulesViolatedException(List.of(new Violation("reason", problem.get())));
        }
        LocalDate today = people.today();
        if (consent.getRevokedOn() != null) {
            return false;
        }
        consent.revoke(today, reason);
        if (!consents.personsWithConsentInForce(List.of(personId), today).isEmpty()) {
            return false;
        }
        stop(persons.findById(personId).orElseThrow(NotFoundException::new), today, ProcessingStop.WITHDRAWN);
        return true;
    }

    /**
     * The term of the person's last consent in force ended and none is in force today: processing stops as on a
     * withdrawal (see {@link #stop}), from the day after that term. Nothing happens when processing already stopped or
     * a consent is in force again.
     *
     * @return true when processing of the person stopped
     */
    @Transactional
    public boolean stopForExpiredConsent(long personId) {
        Person person = persons.findById(personId).orElseThrow(NotFoundException::new);
        LocalDate today = people.today();
        if (person.processingStopped() || !consents.personsWithConsentInForce(List.of(personId), today).isEmpty()) {
            return false;
        }
        LocalDate termEnd = consents.findByPersonIdOrderByGivenOnDescIdDesc(personId).stream()
                .filter(c -> c.getRevokedOn() == null && c.getValidUntil() != null)
                .map(Consent::getValidUntil).max(LocalDate::compareTo).orElse(null);
        if (termEnd == null) {
            return false;
        }
        LocalDate on = termEnd.plusDays(1).isAfter(today) ? today : termEnd.plusDays(1);
        stop(person, on, ProcessingStop.CONSENT_EXPIRED);
        return true;
    }

    /**
     * Processing of the person stops on the date, in this transaction: the person leaves the bases and the lists, and
     * {@link ConsentWithdrawn} tells the pairing module to take them out of running pairs. One path for a withdrawal
     * and an expired term.
     */
    private void stop(Person person, LocalDate on, ProcessingStop reason) {
        long personId = person.getId();
        person.stopProcessing(on, reason);
        mentors.findById(personId).ifPresent(MentorProfile::leaveBase);
        mentees.findById(personId).ifPresent(MenteeProfile::leaveBase);
        events.publishEvent(new ConsentWithdrawn(personId, person.getSchoolId(), on, reason));
    }

    /**
     * Anonymises a person (see {@link Person#anonymise}): profiles lose their free text, consents the representative's
     * name; a destruction record names the pseudonym, the categories destroyed and the reason.
     */
    @Transactional
    public void anonymise(long personId, DestructionReason reason, String performedBy, String pseudonymLastName,
            String categories) {
        Person person = persons.findById(personId).orElseThrow(NotFoundException::new);
        if (person.getAnonymisedOn() != null) {
            return;
        }
        LocalDate today = people.today();
        java.util.List<String> nameForms = ru.edu.mentoring.shared.NameRedaction.forms(person.getLastName(),
                person.getFirstName(), person.getMiddleName());
        person.anonymise(today, pseudonymLastName);
        String pseudonym = person.fullName();
        classes.history(personId).forEach(StudentClass::dropLetter);
        mentors.findById(personId).ifPresent(MentorProfile::anonymise);
        mentees.findById(personId).ifPresent(MenteeProfile::anonymise);
        consents.findByPersonIdOrderByGivenOnDescIdDesc(personId).forEach(c -> c.anonymise(today, nameForms,
                pseudonym));
        // the consent to publish the name ends with the name (issue 21 point 5)
        namePublications.findByPersonId(personId).ifPresent(n -> n.withdraw(today));
        destructions.save(new DataDestruction(personId, person.getSchoolId(), pseudonym, categories, reason,
                today, performedBy));
        // the import reports of the school may quote the person's row (a message naming a value of it)
        String pattern = ru.edu.mentoring.shared.NameRedaction.pattern(nameForms);
        if (pattern != null) {
            jdbc.update("update import_run set report = regexp_replace(report, ?, ?, 'g'),"
                    + " file_name = regexp_replace(file_name, ?, ?, 'g')"
                    + " where school_id = ? and (report ~ ? or file_name ~ ?)",
                    pattern, pseudonym, pattern, pseudonym, person.getSchoolId(), pattern, pattern);
        }
        // files kept between the steps of an import (and their refused rows) may hold the person's row: they go
        jdbc.update("delete from import_upload where school_id = ?", person.getSchoolId());
        // what the other modules hold (pairs' texts, generated orders, notifications) goes in this transaction too;
        // they read the person's new name with SQL, so it is written first
        persons.flush();
        events.publishEvent(new PersonAnonymised(personId, person.getSchoolId(), nameForms, pseudonym));
    }

    /**
     * Moves a person to another school today (a student changing schools, a teacher changing jobs): one identity, so
     * the register keeps every earlier participation; the person leaves the old school's bases. See
     * {@link PersonMoves#move} for a move with an effective date.
     */
    @Transactional
    public void transfer(long personId, long toSchoolId, long expectedVersion) {
        moves.getObject().move(personId, toSchoolId, people.today(), expectedVersion, null);
    }

    private org.springframework.beans.factory.ObjectProvider<PersonMoves> moves;

    @org.springframework.beans.factory.annotation.Autowired
    void setMoves(org.springframework.beans.factory.ObjectProvider<PersonMoves> moves) {
        this.moves = moves;
    }

    /**
     * Why two records of one school may not be merged (a message key), or null. The kept record takes everything of
     * the removed one, so both must be of one school and kind, both still processed, never in one pair (the pair would
     * hold the person twice), and never both in a running pair of the same form in the same role (one active pair per
     * form).
     */
    String mergeProblem(Person kept, Person removed) {
        if (kept.getId().equals(removed.getId())) {
            return "merge.self";
        }
        if (kept.getSchoolId() != removed.getSchoolId()) {
            return "merge.differentSchools";
        }
        if (kept.getKind() != removed.getKind()) {
            return "merge.differentKinds";
        }
        if (kept.processingStopped() || removed.processingStopped()) {
            return "merge.readOnly";
        }
        ParticipationSource source = participations == null ? null : participations.getIfAvailable();
        if (source == null) {
            return null;
        }
        List<ParticipationSource.Participation> ours = source.participations(kept.getId());
        List<ParticipationSource.Participation> theirs = source.participations(removed.getId());
        java.util.Set<Long> pairs = new java.util.HashSet<>();
        ours.forEach(p -> pairs.add(p.pairId()));
        if (theirs.stream().anyMatch(p -> pairs.contains(p.pairId()))) {
            return "merge.samePair";
        }
        java.util.Set<String> running = new java.util.HashSet<>();
        ours.stream().filter(p -> "ACTIVE".equals(p.status())).forEach(p -> running.add(p.formName() + "\u0000" + p.role()));
        if (theirs.stream().filter(p -> "ACTIVE".equals(p.status()))
                .anyMatch(p -> running.contains(p.formName() + "\u0000" + p.role()))) {
            return "merge.activeSameForm";
        }
        return null;
    }

    /**
     * Merges two records of one person (issue 16 point 5): the removed record's pairs and groups (through
     * {@link PersonsMerged}), consents, classes of years the kept one lacks, and mentor and mentee entries the kept one
     * lacks move to the kept record, which also takes the birth date when it has none; the removed record is then
     * deleted with what did not move (a class of a year both have, a second base entry). Refused with
     * {@link MergeRefusedException} when {@link #mergeProblem} objects, {@link StaleVersionException} when either
     * record changed meanwhile.
     */
    @Transactional
    public void merge(long keptId, long removedId, long keptVersion, long removedVersion) {
        Person kept = persons.findById(keptId).orElseThrow(NotFoundException::new);
        Person removed = persons.findById(removedId).orElseThrow(NotFoundException::new);
        String problem = mergeProblem(kept, removed);
        if (problem != null) {
            throw new MergeRefusedException(problem);
        }
        if (kept.getVersion() != keptVersion || removed.getVersion() != removedVersion) {
            throw new StaleVersionException();
        }
        events.publishEvent(new PersonsMerged(keptId, removedId, kept.getSchoolId()));
        jdbc.update("update consent set person_id = ? where person_id = ?", keptId, removedId);
        // the consent to publish the name: the kept record's own stays; else the removed one's moves
        jdbc.update("update name_publication set person_id = ? where person_id = ? and not exists"
                + " (select 1 from name_publication where person_id = ?)", keptId, removedId, keptId);
        jdbc.update("delete from name_publication where person_id = ?", removedId);
        jdbc.update("update student_class set person_id = ? where person_id = ? and academic_year not in"
                + " (select academic_year from student_class where person_id = ?)", keptId, removedId, keptId);
        jdbc.update("update mentor_profile set person_id = ? where person_id = ? and not exists"
                + " (select 1 from mentor_profile where person_id = ?)", keptId, removedId, keptId);
        jdbc.update("update mentee_profile set person_id = ? where person_id = ? and not exists"
                + " (select 1 from mentee_profile where person_id = ?)", keptId, removedId, keptId);
        events.publishEvent(PersonChanged.of(kept.getSchoolId(), keptId)); // the rows moved by SQL above
        if (kept.getBirthDate() == null && removed.getBirthDate() != null) {
            kept.takeBirthDate(removed.getBirthDate());
        }
        persons.delete(removed);
        persons.flush();
    }

    /** For the demo data: the day everyone now in the school's bases was included. */
    @Transactional
    public void setBasesIncludedOn(long schoolId, LocalDate mentorsOn, LocalDate menteesOn) {
        mentors.setIncludedOn(schoolId, mentorsOn);
        mentees.setIncludedOn(schoolId, menteesOn);
        events.publishEvent(new SchoolPeopleChanged(schoolId));
    }

    /** The person a consent belongs to, or 404. */
    @Transactional(readOnly = true)
    public long personOfConsent(long consentId) {
        return consents.findById(consentId).map(Consent::getPersonId).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public boolean anyPerson() {
        return persons.count() > 0;
    }

    @Transactional(readOnly = true)
    public boolean consentInForce(long personId) {
        return !consents.personsWithConsentInForce(java.util.List.of(personId), people.today()).isEmpty();
    }

    /** Of the given people, those whose consent is in force today, as {@link #consentInForce} says: one query. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> withConsentInForce(java.util.Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(consents.personsWithConsentInForce(personIds, people.today()));
    }

    /** The school the person belongs to, or 404. */
    @Transactional(readOnly = true)
    public long schoolOf(long personId) {
        return persons.findById(personId).map(Person::getSchoolId).orElseThrow(NotFoundException::new);
    }

    List<Consent> consentsOf(long personId) {
        return consents.findByPersonIdOrderByGivenOnDescIdDesc(personId);
    }

    // --- pairs-history (issue 17 point 7): a student's class of any academic year

    /** The first academic year whose class may be entered (2018/19); the last is next year. */
    public static final int FIRST_CLASS_YEAR = 2018;

    /**
     * Why a class of that year may not be saved: the year outside 2018/19 … next year, a grade outside 1–11, a letter
     * that is not one or two Cyrillic letters; field names of {@link StudentClassForm}.
     */
    List<Violation> classProblems(Integer academicYear, Integer grade, String letter) {
        List<Violation> found = new java.util.ArrayList<>();
        int current = AcademicYear.of(people.today());
        if (academicYear == null || academicYear < FIRST_CLASS_YEAR || academicYear > current + 1) {
            found.add(new Violation("academicYear", "studentClass.year.invalid", AcademicYear.label(FIRST_CLASS_YEAR),
                    AcademicYear.label(current + 1)));
        }
        if (grade == null || grade < 1 || grade > 11) {
            found.add(new Violation("grade", "person.grade.invalid"));
        }
        if (letter != null && !letter.strip().matches(StudentClass.LETTER)) {
            found.add(new Violation("letter", "person.letter.invalid"));
        }
        return found;
    }

    /**
     * Enters or corrects a student's class of one academic year, on the version the curator saw: {@code -1} for a year
     * they saw without a class (a class entered meanwhile is a stale save), else that class's version. Refused for a
     * person whose processing stopped and for anyone but a student; audited as any entity change.
     */
    @Transactional
    public void saveClass(long personId, int academicYear, int grade, String letter, long version) {
        Person person = writable(personId);
        if (person.getKind() != PersonKind.STUDENT) {
            throw new RulesViolatedException(List.of(new Violation(null, "studentClass.notStudent")));
        }
        RulesViolatedException.throwIfAny(classProblems(academicYear, grade, letter));
        StudentClass.Key key = new StudentClass.Key(personId, academicYear);
        StudentClass existing = classes.findById(key).orElse(null);
        if (existing == null) {
            classes.save(new StudentClass(personId, academicYear, grade, letter));
        } else if (existing.getVersion() != version) {
            throw new StaleVersionException(existing.getVersion());
        } else {
            existing.set(grade, letter);
        }
    }
}
