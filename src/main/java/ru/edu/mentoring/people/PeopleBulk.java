package ru.edu.mentoring.people;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.validation.SmartValidator;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.RussianNames;
import ru.edu.mentoring.shared.SearchText;
import ru.edu.mentoring.shared.StaleVersionException;

/**
 * The bulk actions of the people list (issue 17 point 4): many people of one school enter the mentee base, the mentor
 * base, or get the paper consent the school collected on one date. Each person goes through the same commands and
 * rules as one by one ({@link SaveMenteeEntry}, {@link SaveMentorEntry}, {@link RecordConsent} with their field
 * constraints, then {@link PeopleRegistry}), in <b>a transaction of their own</b>: a person the rules refuse is listed
 * with the reason in Russian and the others are done; every change leaves the audit rows the one-by-one save leaves.
 * The callers check that the user is the school's curator; the people are always taken from that school, and an id of
 * another school's person refuses the whole request ({@link NotFoundException}) before anything is written.
 */
@Service
class PeopleBulk {

    /** One person of the step: who, and why the rules would refuse them (null: they will be changed). */
    record Outcome(long personId, String name, String classLabel, boolean minor, String refusal) {}

    /** A refused person after the step ran. */
    record Refusal(long personId, String name, String reason) implements Serializable {}

    /** What the step did: how many were changed, who was refused and why. */
    record Result(String action, int done, List<Refusal> refused) implements Serializable {}

    private final PersonRepository persons;
    private final MentorProfileRepository mentors;
    private final MenteeProfileRepository mentees;
    private final People people;
    private final PeopleRegistry registry;
    private final SmartValidator validator;
    private final MessageSource messages;

    PeopleBulk(PersonRepository persons, MentorProfileRepository mentors, MenteeProfileRepository mentees,
            People people, PeopleRegistry registry, SmartValidator validator, MessageSource messages) {
        this.persons = persons;
        this.mentors = mentors;
        this.mentees = mentees;
        this.people = people;
        this.registry = registry;
        this.validator = validator;
        this.messages = messages;
    }

    java.time.LocalDate today() {
        return people.today();
    }

    /**
     * The people the step concerns, in the list's order: the ticked ones, the page's, or everyone the list's filter
     * (the same query and parameters as the list) matches. An id that is not a person of the school (a forged one)
     * throws {@link NotFoundException}.
     */
    List<Person> chosen(long schoolId, BulkForm form) {
        if (form.getScope() == BulkForm.Scope.FILTER) {
            return persons.search(schoolId, form.getKind(),
                    SearchText.likePattern(form.getQ()).replace('ё', 'е'), form.isWithdrawn(),
                    Pageable.unpaged(Sort.by("searchName", "id"))).getContent();
        }
        List<Long> ids = form.getScope() == BulkForm.Scope.PAGE ? form.getPageIds() : form.getIds();
        Set<Long> wanted = new HashSet<>(ids);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Person> found = persons.findByIdIn(wanted);
        if (found.size() != wanted.size() || found.stream().anyMatch(p -> p.getSchoolId() != schoolId)) {
            throw new NotFoundException();
        }
        return Person.sortedByName(found, Person::fullName, Person::getId);
    }

    /** What the step would do to each person with the form's values, writing nothing. */
    List<Outcome> check(List<Person> chosen, BulkForm form, Locale locale) {
        Map<Long, Participant> details = people.participants(chosen.stream().map(Person::getId).toList(),
                people.today());
        List<Outcome> result = new ArrayList<>();
        for (Person person : chosen) {
            Participant p = details.get(person.getId());
            result.add(new Outcome(person.getId(), p.fullName(), p.classLabel(), p.minor(),
                    refusal(person, p, form, locale)));
        }
        return result;
    }

    /**
     * Runs the step: each person in a transaction of their own, checked again just before (the data may have
     * changed since the confirmation).
     */
    Result apply(List<Person> chosen, BulkForm form, Locale locale) {
        Map<Long, Participant> details = people.participants(chosen.stream().map(Person::getId).toList(),
                people.today());
        int done = 0;
        List<Refusal> refused = new ArrayList<>();
        for (Person person : chosen) {
            Participant p = details.get(person.getId());
            String reason = refusal(person, p, form, locale);
            if (reason == null) {
                reason = write(person, p, form, locale);
            }
            if (reason == null) {
                done++;
            } else {
                refused.add(new Refusal(person.getId(), p.fullName(), reason));
            }
        }
        return new Result(form.getAction().name(), done, refused);
    }

    /** Writes one person's change in its own transaction (the registry's); the reason when the rules refuse it. */
    private String write(Person person, Participant p, BulkForm form, Locale locale) {
        long id = person.getId();
        try {
            switch (form.getAction()) {
                case MENTEE -> registry.putInMenteeBase(id, mentee(id, form));
                case MENTOR -> registry.putInMentorBase(id, mentor(id, form));
                case CONSENT -> registry.recordConsent(id, consent(id, p, form));
                default -> throw new IllegalArgumentException();
            }
            return null;
        } catch (ConsentRequiredException e) {
            return messages.getMessage(e.messageKey(), new Object[] {e.shortName()}, locale);
        } catch (ProcessingStoppedException e) {
            return msg("bulk.refused.processingStopped", locale);
        } catch (RulesViolatedException e) {
            return reasons(e.violations(), locale);
        } catch (StaleVersionException e) {
            return msg("bulk.refused.changed", locale);
        } catch (NotFoundException e) {
            return msg("bulk.refused.gone", locale);
        }
    }

    /** Why the rules refuse the person (a Russian sentence), or null: the same checks as the one-by-one forms. */
    private String refusal(Person person, Participant p, BulkForm form, Locale locale) {
        long id = person.getId();
        switch (form.getAction()) {
            case MENTEE -> {
                if (person.processingStopped()) {
                    return msg("bulk.refused.processingStopped", locale);
                }
                SaveMenteeEntry entry = mentee(id, form);
                if (entry.request() == null || entry.request().isBlank()) {
                    return msg("bulk.refused.noRequest", locale);
                }
                String invalid = constraints(entry, locale);
                if (invalid != null) {
                    return invalid;
                }
                List<Violation> problems = registry.menteeEntryProblems(id, entry);
                if (!problems.isEmpty()) {
                    return reasons(problems, locale);
                }
                return baseConsent(id, p, locale);
            }
            case MENTOR -> {
                if (person.processingStopped()) {
                    return msg("bulk.refused.processingStopped", locale);
                }
                SaveMentorEntry entry = mentor(id, form);
                String invalid = constraints(entry, locale);
                if (invalid != null) {
                    return invalid;
                }
                List<Violation> problems = registry.mentorEntryProblems(id, entry);
                if (!problems.isEmpty()) {
                    return reasons(problems, locale);
                }
                return baseConsent(id, p, locale);
            }
            case CONSENT -> {
                if (person.getAnonymisedOn() != null) {
                    return msg("person.anonymised", locale);
                }
                RecordConsent consent = consent(id, p, form);
                if (consent.givenBy() == ConsentGiver.REPRESENTATIVE
                        && (consent.representativeName() == null || consent.representativeName().isBlank())) {
                    return msg("bulk.refused.noParent", locale);
                }
                String invalid = constraints(consent, locale);
                if (invalid != null) {
                    return invalid;
                }
                List<Violation> problems = registry.consentProblems(id, consent);
                return problems.isEmpty() ? null : reasons(problems, locale);
            }
            default -> throw new IllegalArgumentException();
        }
    }

    /** The consent a base needs ({@link Consent#mayEnterBase}), as the one-by-one save words its absence. */
    private String baseConsent(long id, Participant p, Locale locale) {
        String missing = registry.baseConsentProblem(id);
        return missing == null ? null : messages.getMessage(missing,
                new Object[] {RussianNames.genitive(p.fullName(), p.shortName())}, locale);
    }

    /** The mentee entry: the common request and wanted form, or what the person's entry holds when left blank. */
    SaveMenteeEntry mentee(long id, BulkForm form) {
        MenteeProfile stored = mentees.findById(id).orElse(null);
        String request = form.getRequest() == null || form.getRequest().isBlank()
                ? (stored == null ? null : stored.getRequest()) : form.getRequest().strip();
        Long wanted = form.getWantedFormId() != null ? form.getWantedFormId()
                : stored == null ? null : stored.getWantedFormId();
        return new SaveMenteeEntry(request, wanted, true, stored == null ? 0 : stored.getVersion());
    }

    /** The mentor entry: the common competences (kept when left blank) and capacity; the training stays. */
    SaveMentorEntry mentor(long id, BulkForm form) {
        MentorProfile stored = mentors.findById(id).orElse(null);
        String competences = form.getCompetences() == null || form.getCompetences().isBlank()
                ? (stored == null ? null : stored.getCompetences()) : form.getCompetences().strip();
        Integer capacity = form.getCapacity() != null ? form.getCapacity()
                : stored == null ? null : stored.getCapacity();
        return new SaveMentorEntry(competences, capacity, stored == null ? null : stored.getTrainingDate(),
                stored == null ? null : stored.getTrainingProgramme(), true, stored == null ? 0 : stored.getVersion());
    }

    /**
     * The consent from the paper: given by the person, by a parent, or (by age) by an adult themself and by a parent
     * for a minor; the parent's name is the one the form gives for that person.
     */
    RecordConsent consent(long id, Participant p, BulkForm form) {
        ConsentGiver giver = switch (form.getGivenBy() == null ? BulkForm.Giver.BY_AGE : form.getGivenBy()) {
            case SELF -> ConsentGiver.SELF;
            case REPRESENTATIVE -> ConsentGiver.REPRESENTATIVE;
            case BY_AGE -> p.minor() ? ConsentGiver.REPRESENTATIVE : ConsentGiver.SELF;
        };
        String parent = giver == ConsentGiver.REPRESENTATIVE ? form.parents().get(id) : null;
        parent = parent == null || parent.isBlank() ? null : parent.strip();
        return new RecordConsent(form.getGivenOn(), giver, parent, form.getTextVersion(), RecordConsent.DEFAULT_PURPOSE,
                RecordConsent.DEFAULT_DATA, form.getValidUntil());
    }

    /** The parent's name the school has for the person: the representative of their latest consent, or null. */
    String knownParent(long id) {
        return registry.consentsOf(id).stream().map(Consent::getRepresentativeName)
                .filter(n -> n != null && !n.isBlank()).findFirst().orElse(null);
    }

    private static final Map<String, String> FIELD_LABELS = Map.of("request", "mentee.request",
            "competences", "mentor.competences", "capacity", "mentor.capacity",
            "representativeName", "consent.representativeName", "textVersion", "consent.textVersion",
            "givenOn", "consent.givenOn", "validUntil", "consent.validUntil");

    /** The first field constraint of the command that fails, as its message, or null. */
    private String constraints(Object command, Locale locale) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(command, "command");
        validator.validate(command, errors);
        if (!errors.hasErrors()) {
            return null;
        }
        ObjectError first = errors.getAllErrors().get(0);
        String message = messages.getMessage(first, locale);
        if (first instanceof org.springframework.validation.FieldError f && FIELD_LABELS.containsKey(f.getField())) {
            return msg(FIELD_LABELS.get(f.getField()), locale) + ": " + message;
        }
        return message;
    }

    private String reasons(List<Violation> violations, Locale locale) {
        return String.join(" ", violations.stream().map(v -> messages.getMessage(v.key(), v.args(), locale))
                .distinct().toList());
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
