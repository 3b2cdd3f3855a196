package ru.edu.mentoring.pairing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.audit.AuditLog;
import ru.edu.mentoring.people.Participant;
import ru.edu.mentoring.people.People;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.web.StreamingXlsx;

/**
 * The pair list of a school as XLSX (issue 17 point 8), with the list's filters: the rows come from {@link PairList},
 * the page's own statement, a chunk at a time in the page's order, so the file holds exactly what the list shows (with
 * every mentee named, not the first three). Downloaded by the school's curator, department staff and methodologists of
 * its municipality and the administrator (not the school head nor the regional observer); each download is one audit
 * row (EXPORT, «PairList») listing the minors in the file.
 */
@Controller
class PairListExport {

    static final int CHUNK = 500;

    private final Schools schools;
    private final People people;
    private final PairList pairList;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final MessageSource messages;

    PairListExport(Schools schools, People people, PairList pairList, JdbcTemplate jdbc, AuditLog audit,
            MessageSource messages) {
        this.schools = schools;
        this.people = people;
        this.pairList = pairList;
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
    }

    /** The school's curator, department staff and methodologists of its municipality, the administrator. */
    static boolean mayExport(CurrentUser user, SchoolSummary school) {
        return user.editsSchoolData(school.id()) || user.has(Role.ADMIN)
                || (user.seesWholeMunicipality() && user.municipalityId() == school.municipalityId());
    }

    @GetMapping("/schools/{schoolId}/pairs.xlsx")
    void export(@PathVariable long schoolId, @RequestParam(required = false) Long form,
            @RequestParam(required = false) PairStatus status, @RequestParam(required = false) Integer grade,
            @RequestParam(required = false) Long mentor, @RequestParam(defaultValue = "false") boolean withoutOrder,
            @RequestParam(defaultValue = "false") boolean overdue, CurrentUser user, Locale locale,
            HttpServletResponse response) throws IOException {
        SchoolSummary school = schools.readable(user, schoolId);
        if (!mayExport(user, school)) {
            throw new AccessDeniedException("lists are exported by the curator, the department and methodologists");
        }
        LocalDate today = people.today();
        PairList.Criteria criteria = new PairList.Criteria(schoolId, form, status, grade, mentor, withoutOrder,
                overdue, today);
        Set<Long> minors = new LinkedHashSet<>();
        try (StreamingXlsx x = new StreamingXlsx()) {
            x.sheet(msg("pairs.export.sheet", locale), List.of(msg("pairs.export.col.number", locale),
                    msg("pairs.export.col.form", locale), msg("pairs.export.col.variation", locale),
                    msg("pairs.export.col.mentor", locale), msg("pairs.export.col.mentees", locale),
                    msg("pairs.export.col.menteeCount", locale), msg("pair.status", locale),
                    msg("pairs.export.col.start", locale), msg("pairs.export.col.end", locale),
                    msg("pairs.export.col.orderNumber", locale), msg("pairs.export.col.orderDate", locale)),
                    8, 22, 26, 36, 60, 10, 12, 12, 12, 14, 12);
            int number = 0;
            while (true) {
                Page<PairController.PairRow> page = pairList.page(criteria, PageRequest.of(number++, CHUNK));
                Map<Long, String> menteeNames = menteeNames(page.getContent().stream()
                        .map(PairController.PairRow::id).toList(), today);
                for (PairController.PairRow r : page.getContent()) {
                    minors.addAll(r.minorIds());
                    x.row(Arrays.asList(r.id(), r.formName(), r.variationName(), r.mentorName(),
                            menteeNames.getOrDefault(r.id(), r.menteeNames()), r.mentees(),
                            msg(r.status().messageKey(), locale), r.startDate(), r.endDate(), r.orderNumber(),
                            r.orderDate()));
                }
                if (!page.hasNext()) {
                    break;
                }
            }
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("pairs-" + schoolId + ".xlsx").build().toString());
            x.writeTo(response.getOutputStream());
        }
        if (minors.isEmpty()) {
            audit.record("EXPORT", "PairList", schoolId, schoolId, null);
        } else {
            audit.recordRead("EXPORT", "PairList", schoolId, schoolId, minors);
        }
    }

    /** Every mentee of these pairs by name (« (7А)» for a student with a class this year), per pair. */
    private Map<Long, String> menteeNames(List<Long> pairIds, LocalDate today) {
        if (pairIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Long>> byPair = new LinkedHashMap<>();
        jdbc.query("select pair_id, person_id from pair_mentee where pair_id = any(?) order by pair_id, person_id",
                rs -> {
                    byPair.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }, (Object) pairIds.toArray(Long[]::new));
        Set<Long> ids = byPair.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        Map<Long, Participant> found = people.participants(ids, today);
        Map<Long, String> names = new LinkedHashMap<>();
        byPair.forEach((pair, persons) -> names.put(pair, persons.stream().map(id -> {
            Participant p = found.get(id);
            if (p == null) {
                return PairList.UNKNOWN;
            }
            return p.classLabel() == null ? p.fullName() : p.fullName() + " (" + p.classLabel() + ")";
        }).collect(Collectors.joining(", "))));
        return names;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
