package ru.edu.mentoring.practices;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.approval.Approval;
import ru.edu.mentoring.approval.ApprovalRuleException;
import ru.edu.mentoring.practices.PracticeViews.EventView;
import ru.edu.mentoring.practices.PracticeViews.PracticeLink;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.NotFoundException;

/**
 * The municipality's events of the roadmap (seminars, the August teachers' council, presentations of results): kept
 * by the department, read by the municipality's methodologists, shown on the municipality's public page and on the
 * public page of each practice presented.
 */
@Service
public class PracticeEvents {

    private final PracticeEventRepository events;
    private final Practices practices;
    private final Schools schools;

    PracticeEvents(PracticeEventRepository events, Practices practices, Schools schools) {
        this.events = events;
        this.practices = practices;
        this.schools = schools;
    }

    /** What an event form sends. */
    record EventCommand(String title, EventKind kind, LocalDate eventDate, String place, String description,
            Set<Long> schoolIds, Set<Long> practiceIds) {}

    /** The municipality whose events the user reads (department staff and methodologists), else 403. */
    static long municipalityOf(CurrentUser user) {
        if (!user.seesWholeMunicipality()) {
            throw new AccessDeniedException("no municipality");
        }
        return user.municipalityId();
    }

    /** The municipality whose events the user keeps (department staff), else 403. */
    static long keptBy(CurrentUser user) {
        if (!user.has(Role.DEPARTMENT) || user.municipalityId() == null) {
            throw new AccessDeniedException("not the department");
        }
        return user.municipalityId();
    }

    @Transactional(readOnly = true)
    List<EventView> list(CurrentUser user) {
        return practices.eventViews(events.findByMunicipalityIdOrderByEventDateDescIdDesc(municipalityOf(user)));
    }

    /** The municipality's events for its public page. */
    @Transactional(readOnly = true)
    List<EventView> publicList(long municipalityId) {
        return practices.eventViews(events.findByMunicipalityIdOrderByEventDateDescIdDesc(municipalityId));
    }

    PracticeEvent editable(CurrentUser user, long id) {
        PracticeEvent e = events.findById(id).orElseThrow(NotFoundException::new);
        if (!user.seesAllMunicipalities() && !Objects.equals(user.municipalityId(), e.getMunicipalityId())) {
            throw new NotFoundException();
        }
        if (!Objects.equals(keptBy(user), e.getMunicipalityId())) {
            throw new NotFoundException();
        }
        return e;
    }

    @Transactional(readOnly = true)
    EventView view(CurrentUser user, long id) {
        return practices.eventViews(List.of(editable(user, id))).get(0);
    }

    /** The raw choices of an event (for its form). */
    @Transactional(readOnly = true)
    EventCommand command(CurrentUser user, long id) {
        PracticeEvent e = editable(user, id);
        return new EventCommand(e.getTitle(), e.getKind(), e.getEventDate(), e.getPlace(), e.getDescription(),
                new LinkedHashSet<>(e.getSchoolIds()), new LinkedHashSet<>(e.getPracticeIds()));
    }

    @Transactional(readOnly = true)
    long version(CurrentUser user, long id) {
        return editable(user, id).getVersion();
    }

    /** The schools of the department's municipality, for the form. */
    @Transactional(readOnly = true)
    List<SchoolSummary> schoolChoices(CurrentUser user) {
        return schools.ofMunicipality(keptBy(user));
    }

    @Transactional(readOnly = true)
    List<PracticeLink> practiceChoices(CurrentUser user) {
        return practices.publishedInMunicipality(keptBy(user));
    }

    @Transactional
    long create(CurrentUser user, EventCommand c) {
        long municipality = keptBy(user);
        PracticeEvent e = new PracticeEvent(municipality);
        apply(e, municipality, c);
        return events.save(e).getId();
    }

    @Transactional
    void update(CurrentUser user, long id, long version, EventCommand c) {
        PracticeEvent e = editable(user, id);
        Approval.checkVersion(version, e.getVersion());
        apply(e, e.getMunicipalityId(), c);
    }

    @Transactional
    void delete(CurrentUser user, long id) {
        events.delete(editable(user, id));
    }

    /** For demo data: an event of the municipality, once per title. */
    @Transactional
    public void demoEvent(long municipalityId, String title, EventKind kind, LocalDate date, String place,
            String description, Set<Long> schoolIds, Set<Long> practiceIds) {
        if (events.existsByMunicipalityIdAndTitle(municipalityId, title)) {
            return;
        }
        PracticeEvent e = new PracticeEvent(municipalityId);
        e.update(title, kind, date, place, description, schoolIds, practiceIds);
        events.save(e);
    }

    /** Only schools of the municipality and its published practices may be named. */
    private void apply(PracticeEvent e, long municipalityId, EventCommand c) {
        Set<Long> allowedSchools = schools.ofMunicipality(municipalityId).stream().map(SchoolSummary::id)
                .collect(Collectors.toSet());
        Set<Long> schoolIds = c.schoolIds() == null ? Set.of() : c.schoolIds();
        if (!allowedSchools.containsAll(schoolIds)) {
            throw new ApprovalRuleException("practiceEvent.schools.unknown");
        }
        Set<Long> allowedPractices = practices.publishedInMunicipality(municipalityId).stream()
                .map(PracticeLink::id).collect(Collectors.toSet());
        Set<Long> practiceIds = c.practiceIds() == null ? Set.of() : c.practiceIds();
        if (!allowedPractices.containsAll(practiceIds)) {
            throw new ApprovalRuleException("practiceEvent.practices.unknown");
        }
        e.update(c.title(), c.kind(), c.eventDate(), c.place(), c.description(), schoolIds, practiceIds);
    }
}
