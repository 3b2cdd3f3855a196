package ru.edu.mentoring.contests;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.documents.PublicSections;

/** The contests' part of the municipal public page: a link to the municipality's public list of contests. */
@Component
class ContestsPublicSections implements PublicSections {

    private final MessageSource messages;

    ContestsPublicSections(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Section> ofSchool(long schoolId) {
        return List.of();
    }

    @Override
    public List<Section> ofMunicipality(long municipalityId) {
        Locale locale = LocaleContextHolder.getLocale();
        return List.of(new Section("contest.public.municipalSection", "municipal-contests-link",
                List.of(new Line(messages.getMessage("contest.public.listLink", null, locale),
                        "/public/municipalities/" + municipalityId + "/contests", null))));
    }
}
