package ru.edu.mentoring.people;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/**
 * Writes the checked rows of a file in the caller's transaction, in batches: the matched persons of a batch are loaded
 * at once, and the persistence context is flushed and cleared after each batch. Through the aggregates: the person's
 * card as {@link PeopleRegistry#apply} writes it, this year's class, the mentor entry.
 */
@Component
class ImportWriter {

    static final int BATCH = 500;

    private final EntityManager em;
    private final PersonRepository persons;
    private final StudentClassRepository classes;
    private final MentorProfileRepository mentors;
    private final MenteeProfileRepository mentees;
    private final org.springframework.beans.factory.ObjectProvider<FormCatalog> forms;

    ImportWriter(EntityManager em, PersonRepository persons, StudentClassRepository classes,
            MentorProfileRepository mentors, MenteeProfileRepository mentees,
            org.springframework.beans.factory.ObjectProvider<FormCatalog> forms) {
        this.mentees = mentees;
        this.forms = forms;
        this.em = em;
        this.persons = persons;
        this.classes = classes;
        this.mentors = mentors;
    }

    /** What was written: the people created and updated. */
    record Written(int created, int updated) {}

    Written write(long schoolId, int year, LocalDate today, List<ImportPlan> changed) {
        em.unwrap(Session.class).setJdbcBatchSize(100);
        int created = 0;
        int updated = 0;
        for (int from = 0; from < changed.size(); from += BATCH) {
            List<ImportPlan> batch = changed.subList(from, Math.min(changed.size(), from + BATCH));
            List<Long> ids = batch.stream().map(ImportPlan::personId).filter(Objects::nonNull).toList();
            Map<Long, Person> loaded = ids.isEmpty() ? Map.of() : persons.findByIdIn(ids).stream()
                    .collect(Collectors.toMap(Person::getId, Function.identity()));
            Map<Long, StudentClass> loadedClasses = ids.isEmpty() ? Map.of() : classes.findForYear(ids, year).stream()
                    .collect(Collectors.toMap(StudentClass::personId, Function.identity()));
            Map<Long, MenteeProfile> loadedMentees = ids.isEmpty() ? Map.of() : mentees.findByPersonIdIn(ids).stream()
                    .collect(Collectors.toMap(MenteeProfile::getPersonId, Function.identity()));
            Map<Long, MentorProfile> loadedMentors = ids.isEmpty() ? Map.of() : mentors.findByPersonIdIn(ids).stream()
                    .collect(Collectors.toMap(MentorProfile::getPersonId, Function.identity()));
            // the persons first: a new one is inserted at once (its id comes from the identity column), and each
            // such insert would first send the rows queued before it, so classes and entries interleaved with them
            // went one statement each; queued after all the batch's persons, they go as JDBC batches at the flush
            List<Person> people = new java.util.ArrayList<>(batch.size());
            for (ImportPlan plan : batch) {
                Person person = plan.personId() == null ? new Person(schoolId, plan.kind()) : loaded.get(plan.personId());
                if (plan.personId() != null && person.getSchoolId() != schoolId) {
                    moveIn(person, schoolId, today);
                }
                PeopleRegistry.apply(person, plan.person());
                if (plan.personId() == null) {
                    em.persist(person);
                    created++;
                } else {
                    updated++;
                }
                people.add(person);
            }
            for (int i = 0; i < batch.size(); i++) {
                ImportPlan plan = batch.get(i);
                Person person = people.get(i);
                SavePerson card = plan.person();
                if (plan.classYear() != null && plan.kind() == PersonKind.STUDENT && card.grade() != null) {
                    writeClassOfYear(person.getId(), plan.classYear(), card); // issue 17 point 7
                } else if (plan.kind() == PersonKind.STUDENT && card.grade() != null) {
                    StudentClass current = loadedClasses.get(person.getId());
                    if (current == null) {
                        em.persist(new StudentClass(person.getId(), year, card.grade(), card.letter()));
                    } else {
                        current.set(card.grade(), card.letter());
                    }
                }
                SaveMentorEntry m = plan.mentor();
                if (m != null) {
                    MentorProfile profile = loadedMentors.get(person.getId());
                    boolean isNew = profile == null;
                    if (isNew) {
                        profile = new MentorProfile(person.getId(), schoolId, today);
                    }
                    m.applyTo(profile);
                    if (plan.mentorSince() != null) {
                        profile.includedOn(plan.mentorSince());
                    }
                    if (isNew) {
                        em.persist(profile);
                    }
                }
                writeBasesAndConsent(schoolId, today, plan, person, loadedMentees);
            }
            em.flush();
            em.clear();
        }
        return new Written(created, updated);
    }

    /** Issue 17 point 7: the class of another academic year than the current one, entered or corrected. */
    private void writeClassOfYear(long personId, int academicYear, SavePerson card) {
        StudentClass stored = em.find(StudentClass.class, new StudentClass.Key(personId, academicYear));
        if (stored == null) {
            em.persist(new StudentClass(personId, academicYear, card.grade(), card.letter()));
        } else {
            stored.set(card.grade(), card.letter());
        }
    }

    // --- МР-42/02 bases and consents (issue 17 points 3–4)

    /** The row's consent (before the base entries it allows) and mentee base entry, through the aggregates. */
    private void writeBasesAndConsent(long schoolId, LocalDate today, ImportPlan plan, Person person,
            Map<Long, MenteeProfile> loadedMentees) {
        if (plan.consent() != null) {
            em.persist(new Consent(person.getId(), plan.consent()));
        }
        SaveMenteeEntry e = plan.mentee();
        if (e != null) {
            MenteeProfile profile = loadedMentees.get(person.getId());
            boolean isNew = profile == null;
            if (isNew) {
                profile = new MenteeProfile(person.getId(), schoolId, today);
            }
            profile.update(e.request(), e.wantedFormId(), true);
            if (plan.menteeSince() != null) {
                profile.includedOn(plan.menteeSince());
            }
            if (isNew) {
                em.persist(profile);
            }
        }
    }

    /**
     * Issue 17 point 6: a row matched to a person of another school of the municipality (whom this school may take
     * over, see {@link PersonMoves#curatorMayMove}) moves them here today, as {@link PersonMoves#move} does: one
     * identity and one history, the base entries (out of the base) go with them, the move is recorded.
     */
    private void moveIn(Person person, long schoolId, LocalDate today) {
        PersonTransfer transfer = new PersonTransfer(person.getId(), person.getSchoolId(), schoolId, today,
                PersonTransfer.Status.DONE, null);
        transfer.done(today);
        person.moveTo(schoolId);
        MentorProfile mentor = em.find(MentorProfile.class, person.getId());
        if (mentor != null) {
            mentor.moveTo(schoolId);
        }
        MenteeProfile mentee = em.find(MenteeProfile.class, person.getId());
        if (mentee != null) {
            mentee.moveTo(schoolId);
        }
        em.persist(transfer);
    }

    /**
     * What the rows are checked against besides the school's people: its mentee base and recorded consents, the
     * catalogue's forms and the school's name (is a place of work this school?). Read once, detached.
     */
    ImportBases bases(long schoolId, String schoolName) {
        Map<Long, ImportBases.Mentee> menteeEntries = new java.util.HashMap<>();
        for (MenteeProfile m : em.createQuery("select m from MenteeProfile m where m.schoolId = :s",
                MenteeProfile.class).setParameter("s", schoolId).getResultList()) {
            menteeEntries.put(m.getPersonId(), new ImportBases.Mentee(m.getRequest(), m.getWantedFormId(),
                    m.getIncludedOn(), m.isInBase()));
        }
        Map<Long, List<ImportBases.ConsentSeen>> consents = new java.util.HashMap<>();
        for (Consent c : em.createQuery("select c from Consent c, Person p where p.id = c.personId"
                + " and p.schoolId = :s", Consent.class).setParameter("s", schoolId).getResultList()) {
            consents.computeIfAbsent(c.getPersonId(), k -> new java.util.ArrayList<>()).add(ImportBases.ConsentSeen.of(
                    new RecordConsent(c.getGivenOn(), c.getGivenBy(), c.getRepresentativeName(), c.getTextVersion(),
                            c.getPurpose(), c.getDataCategories(), c.getValidUntil())));
        }
        FormCatalog catalog = forms.getIfAvailable();
        return new ImportBases(menteeEntries, consents, catalog == null ? Map.of() : catalog.formNames(), schoolName);
    }
}
