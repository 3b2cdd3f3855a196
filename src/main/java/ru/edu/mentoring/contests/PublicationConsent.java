package ru.edu.mentoring.contests;

/**
 * Whether a mentor's name may appear on a public page: only with their consent to publication (152-ФЗ art. 10.1,
 * personal data allowed for distribution). The people module records consents to processing only, not to
 * publication, so until it records that consent {@link NoPublicationConsent} answers «no» for everyone and public
 * pages show «наставник (школа N)».
 */
public interface PublicationConsent {

    boolean namePublishable(long personId);
}
