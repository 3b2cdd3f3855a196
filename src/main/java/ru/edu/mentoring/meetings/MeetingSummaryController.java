package ru.edu.mentoring.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.web.Xlsx;

/**
 * «Журнал встреч: сводка» — the meeting figures of each school the user reads, for the department and the
 * methodologist (the methodologist's page of issue 20 point 6 comes later and reads the same view), with XLSX.
 */
@Controller
class MeetingSummaryController {

    private final Meetings meetings;
    private final Schools schools;
    private final MessageSource messages;

    MeetingSummaryController(Meetings meetings, Schools schools, MessageSource messages) {
        this.meetings = meetings;
        this.schools = schools;
        this.messages = messages;
    }

    /** One line of the summary; {@code perPair} null without meetings. */
    public record Line(SchoolSummary school, long pairsWithMeetings, long meetings, Double perPair,
            long pairsCompletedWithFinal, java.time.LocalDate finalEvent) {}

    public record Summary(int year, String yearLabel, List<Line> lines, Line total) {}

    private Summary build(CurrentUser user, Integer year) {
        if (!(user.has(Role.DEPARTMENT) || user.has(Role.METHODOLOGIST) || user.has(Role.REGION)
                || user.has(Role.ADMIN))) {
            throw new AccessDeniedException("summary");
        }
        int current = AcademicYear.of(meetings.today());
        int y = year == null || year < 2015 || year > current + 1 ? current : year;
        List<SchoolSummary> visible = schools.visibleTo(user);
        List<Long> ids = visible.stream().map(SchoolSummary::id).toList();
        Map<Long, Meetings.SchoolStats> stats = meetings.stats(ids, y);
        Map<Long, java.time.LocalDate> events = meetings.finalEventDates(ids, y);
        List<Line> lines = new ArrayList<>();
        long pairs = 0;
        long count = 0;
        long finals = 0;
        for (SchoolSummary s : visible) {
            Meetings.SchoolStats st = stats.get(s.id());
            long p = st == null ? 0 : st.pairsWithMeetings();
            long m = st == null ? 0 : st.meetings();
            long f = st == null ? 0 : st.pairsCompletedWithFinal();
            lines.add(new Line(s, p, m, perPair(m, p), f, events.get(s.id())));
            pairs += p;
            count += m;
            finals += f;
        }
        return new Summary(y, AcademicYear.label(y), lines,
                new Line(null, pairs, count, perPair(count, pairs), finals, null));
    }

    /** Meetings per pair with meetings, one decimal half up. */
    static Double perPair(long meetings, long pairs) {
        return pairs == 0 ? null : java.math.BigDecimal.valueOf(meetings)
                .divide(java.math.BigDecimal.valueOf(pairs), 1, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    @GetMapping("/meetings/summary")
    String page(@RequestParam(required = false) Integer year, CurrentUser user, Model model) {
        Summary summary = build(user, year);
        model.addAttribute("summary", summary);
        model.addAttribute("years", List.of(summary.year() - 2, summary.year() - 1, summary.year()));
        return "meetings/summary";
    }

    @GetMapping("/meetings/summary.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year, CurrentUser user, Locale locale) {
        Summary summary = build(user, year);
        List<String> headers = List.of(msg("meetingsSummary.col.school", locale), msg("meetingsSummary.col.pairs", locale),
                msg("meetingsSummary.col.meetings", locale), msg("meetingsSummary.col.perPair", locale),
                msg("meetingsSummary.col.finals", locale), msg("meetingsSummary.col.finalEvent", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (Line l : summary.lines()) {
            rows.add(row(l.school().shortName(), l));
        }
        rows.add(row(msg("meetingsSummary.total", locale), summary.total()));
        byte[] bytes;
        try (Xlsx xlsx = new Xlsx()) {
            bytes = xlsx.sheet(msg("meetingsSummary.sheet", locale),
                    messages.getMessage("meetingsSummary.xlsxTitle", new Object[] {summary.yearLabel()}, locale), headers,
                    rows, 1).toBytes();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("meetings-summary-" + summary.year() + ".xlsx").build().toString())
                .body(bytes);
    }

    private static List<Object> row(String name, Line l) {
        List<Object> row = new ArrayList<>();
        row.add(name);
        row.add(l.pairsWithMeetings());
        row.add(l.meetings());
        row.add(l.perPair());
        row.add(l.pairsCompletedWithFinal());
        row.add(l.finalEvent());
        return row;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
