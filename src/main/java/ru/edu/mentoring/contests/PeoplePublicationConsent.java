package ru.edu.mentoring.contests;

import org.springframework.stereotype.Component;
import ru.edu.mentoring.people.NamePublications;

/**
 * The consent to publication as the people module records it (issue 21 point 5): a mentor's name is publishable while
 * their consent is in force and they are an adult whose data are processed. Read on every request, never cached, so
 * that a withdrawal hides the name at once.
 */
@Component
class PeoplePublicationConsent implements PublicationConsent {

    private final NamePublications publications;

    PeoplePublicationConsent(NamePublications publications) {
        this.publications = publications;
    }

    @Override
    public boolean namePublishable(long personId) {
        return publications.publishable(personId);
    }
}
