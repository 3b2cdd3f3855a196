package ru.edu.mentoring.people;

import java.util.List;
import ru.edu.mentoring.shared.NameRedaction;

/**
 * A person was anonymised: published inside the anonymising transaction, so that every module destroys what it holds
 * on the person in the same transaction (pairing: the texts of their pairs; documents: the orders naming them;
 * notifications: texts mentioning them). {@code nameForms} are the written forms of the former name
 * ({@link NameRedaction#forms}), {@code pseudonym} what replaces them. Never logged.
 */
public record PersonAnonymised(long personId, long schoolId, List<String> nameForms, String pseudonym) {

    /** The PostgreSQL pattern of the former name's forms, for {@code regexp_replace(text, pattern, pseudonym, 'g')}. */
    public String namePattern() {
        return NameRedaction.pattern(nameForms);
    }

    @Override
    public String toString() {
        return "PersonAnonymised[personId=" + personId + ", schoolId=" + schoolId + "]";
    }
}
