package ru.edu.mentoring.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.StaleVersionException;

/**
 * Mentors' consents to the publication of their name on the public pages (issue 21 point 5). The people module's API
 * for the pages that would name a mentor ({@link #publishable}): a name is publishable only while the consent is in
 * force today, the person is an adult, their data are processed (no withdrawn processing consent, not anonymised).
 * Nothing is cached: a withdrawal hides the name from the next request on. A child's name is never publishable.
 */
@Service
public class NamePublications {

    private final NamePublicationRepository publications;
    private final PersonRepository persons;
    private final MentorProfileRepository mentors;
    private final People people;

    NamePublications(NamePublicationRepository publications, PersonRepository persons,
            MentorProfileRepository mentors, People people) {
        this.publications = publications;
        this.persons = persons;
        this.mentors = mentors;
        this.people = people;
    }

    /** Whether the person's name may appear on a public page today. */
    @Transactional(readOnly = true)
    public boolean publishable(long personId) {
        return publishable(List.of(personId)).contains(personId);
    }

    /** Of the given people, those whose name may appear on a public page today: two queries whatever their number. */
    @Transactional(readOnly = true)
    public Set<Long> publishable(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        LocalDate today = people.today();
        List<Long> consenting = publications.inForce(personIds, today);
        if (consenting.isEmpty()) {
            return Set.of();
        }
        Set<Long> result = new HashSet<>();
        Map<Long, Participant> participants = people.participants(consenting, today);
        for (Person p : persons.findAllById(consenting)) {
            Participant participant = participants.get(p.getId());
            if (participant != null && !participant.minor() && p.getAnonymisedOn() == null
                    && !p.processingStopped()) {
                result.add(p.getId());
            }
        }
        return result;
    }

    /** The person's consent to publication as recorded (in force, ended or withdrawn), if any. */
    @Transactional(readOnly = true)
    Optional<NamePublication> of(long personId) {
        return publications.findByPersonId(personId);
    }

    /** Whether a consent to publication (in force or not) is recorded for the person. */
    @Transactional(readOnly = true)
    public boolean recorded(long personId) {
        return publications.findByPersonId(personId).isPresent();
    }

    /** Why the consent may not be recorded as given: the person, then the dates. */
    List<Violation> problems(long personId, LocalDate givenOn, LocalDate validUntil) {
        List<Violation> found = new ArrayList<>();
        Participant participant = people.participant(personId, people.today()).orElse(null);
        if (participant == null || participant.minor()) {
            found.add(new Violation(null, "namePublication.minor"));
        } else if (mentors.findById(personId).isEmpty()) {
            found.add(new Violation(null, "namePublication.notMentor"));
        }
        if (givenOn != null && validUntil != null && validUntil.isBefore(givenOn)) {
            found.add(new Violation("publishedUntil", "consent.validUntil.beforeGiven"));
        }
        return found;
    }

    /**
     * Records the consent from the signed paper, or records it anew over an earlier one (ended or withdrawn);
     * {@code version}: the version of the record the form showed (null when it showed none).
     */
    @Transactional
    public void record(long personId, LocalDate givenOn, LocalDate validUntil, Long version) {
        Person person = persons.findById(personId).orElseThrow(NotFoundException::new);
        if (person.processingStopped() || person.getAnonymisedOn() != null) {
            throw new ProcessingStoppedException();
        }
        List<Violation> problems = problems(personId, givenOn, validUntil);
        if (!problems.isEmpty()) {
            throw new RulesViolatedException(problems);
        }
        Optional<NamePublication> existing = publications.findByPersonId(personId);
        if (existing.isPresent()) {
            NamePublication p = existing.get();
            if (version == null || p.getVersion() != version) {
                throw new StaleVersionException(p.getVersion());
            }
            p.renew(givenOn, validUntil);
            publications.flush();
        } else {
            publications.saveAndFlush(new NamePublication(personId, givenOn, validUntil));
        }
    }

    /** Withdraws the consent today; the name leaves the public pages at once. */
    @Transactional
    public void withdraw(long personId, long version) {
        NamePublication p = publications.findByPersonId(personId).orElseThrow(NotFoundException::new);
        if (p.getVersion() != version) {
            throw new StaleVersionException(p.getVersion());
        }
        p.withdraw(people.today());
        publications.flush();
    }
}
