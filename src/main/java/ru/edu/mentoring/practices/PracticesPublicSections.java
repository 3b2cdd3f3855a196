package ru.edu.mentoring.practices;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.documents.PublicSections;
import ru.edu.mentoring.practices.PracticeViews.EventView;
import ru.edu.mentoring.practices.PracticeViews.PracticeLink;

/**
 * The practices module's part of the public pages: a school's published practices, a municipality's events (date,
 * place, schools, the published practices presented) and the link to the catalogue. No person is named.
 */
@Component
class PracticesPublicSections implements PublicSections {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Practices practices;
    private final PracticeEvents events;
    private final MessageSource messages;

    PracticesPublicSections(Practices practices, PracticeEvents events, MessageSource messages) {
        this.practices = practices;
        this.events = events;
        this.messages = messages;
    }

    @Override
    public List<Section> ofSchool(long schoolId) {
        List<Line> lines = practices.publishedLinks(schoolId).stream()
                .map(p -> new Line(p.title(), "/practices/" + p.id(), null)).toList();
        if (lines.isEmpty()) {
            return List.of();
        }
        return List.of(new Section("practices.public.schoolSection", "school-practices", lines));
    }

    @Override
    public List<Section> ofMunicipality(long municipalityId) {
        List<Section> result = new ArrayList<>();
        List<EventView> list = events.publicList(municipalityId);
        if (!list.isEmpty()) {
            List<Line> lines = new ArrayList<>();
            for (EventView e : list) {
                lines.add(new Line(e.title(), null, note(e)));
                for (PracticeLink p : e.practices()) {
                    lines.add(new Line(msg("practiceEvent.public.presented", p.title()), "/practices/" + p.id(),
                            null));
                }
            }
            result.add(new Section("practiceEvent.public.section", "municipal-events", lines));
        }
        result.add(new Section("practices.public.bankSection", "practice-bank-link",
                List.of(new Line(msg("practices.public.catalogueLink"), "/practices", null))));
        return result;
    }

    private String note(EventView e) {
        StringBuilder s = new StringBuilder(msg(e.kind().messageKey())).append(", ")
                .append(DATE.format(e.eventDate()));
        if (e.place() != null) {
            s.append(", ").append(e.place());
        }
        if (!e.schoolNames().isEmpty()) {
            s.append('\n').append(msg("practiceEvent.public.schools", String.join(", ", e.schoolNames())));
        }
        return s.toString();
    }

    private String msg(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }
}
