package ru.edu.mentoring.contests;

import org.springframework.stereotype.Component;

/** No consent to publication is recorded anywhere yet: no mentor's name is published. */
@Component
class NoPublicationConsent implements PublicationConsent {

    @Override
    public boolean namePublishable(long personId) {
        return false;
    }
}
