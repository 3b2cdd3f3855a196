package ru.edu.mentoring.contests;

/**
 * Whether a mentor's name may appear on a public page: only with their consent to publication (152-ФЗ art. 10.1,
 * personal data allowed for distribution), recorded on the person page and kept by the people module
 * ({@link ru.edu.mentoring.people.NamePublications}, see {@link PeoplePublicationConsent}); without it public pages
 * show «наставник (школа N)».
 */
public interface PublicationConsent {

    boolean namePublishable(long personId);
}
