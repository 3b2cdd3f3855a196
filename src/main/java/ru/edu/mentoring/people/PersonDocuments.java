package ru.edu.mentoring.people;

import java.time.Instant;
import java.util.List;

/**
 * The documents of the register that name a person (the generated orders on fixing their pairs), for the subject's
 * export; implemented by the documents module.
 */
public interface PersonDocuments {

    List<NamedDocument> documentsNaming(long personId);

    /** A document: its number in the register, title, the message key of its kind, when and by whom it was filed. */
    record NamedDocument(long id, String title, String kindKey, Instant filedAt, String filedBy) {}
}
