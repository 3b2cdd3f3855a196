package ru.edu.mentoring.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.context.Context;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.monitoring.Monitoring.Dashboard;
import ru.edu.mentoring.monitoring.Monitoring.SchoolLine;
import ru.edu.mentoring.web.Pdf;
import ru.edu.mentoring.web.Xlsx;

/** The municipal dashboard's exports: the per-school XLSX and the summary PDF, computed afresh (not from the cache). */
@Controller
class MonitoringExportController {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Monitoring monitoring;
    private final Pdf pdf;
    private final MessageSource messages;

    MonitoringExportController(Monitoring monitoring, Pdf pdf, MessageSource messages) {
        this.monitoring = monitoring;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/monitoring/municipalities/{id}/schools.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, CurrentUser user, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Locale locale) {
        Monitoring.checkMunicipality(user, id);
        Dashboard d = monitoring.dashboard(id, null, monitoring.asOf(asOf));
        List<String> headers = new ArrayList<>(List.of(msg("monitoring.col.school", locale),
                msg("monitoring.col.students", locale), msg("monitoring.col.involved", locale),
                msg("monitoring.col.coverage", locale), msg("monitoring.col.target", locale),
                msg("monitoring.col.gap", locale)));
        d.forms().forEach(headers::add);
        headers.add(msg("monitoring.col.trained", locale));
        List<List<Object>> rows = xlsxRows(d, msg("monitoring.total", locale), msg("monitoring.noData", locale));
        byte[] bytes;
        try (Xlsx x = new Xlsx()) {
            String title = messages.getMessage("monitoring.xlsx.title",
                    new Object[] {d.municipalityName(), DATE.format(d.asOf())}, locale);
            bytes = x.sheet(msg("monitoring.sheet", locale) + " " + DATE.format(d.asOf()), title, headers, rows, 1)
                    .toBytes();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("coverage-" + id + "-" + d.asOf() + ".xlsx").build().toString())
                .body(bytes);
    }

    private static Map<String, Long> totalsByForm(Dashboard d) {
        Map<String, Long> map = new java.util.HashMap<>();
        d.byForm().forEach(c -> map.put(c.key(), c.n()));
        return map;
    }

    /**
     * The rows of the per-school XLSX: each school by name, then the total. The gap is {@link Figure#gap}, so a row
     * with a gap above 0 is exactly a school the «ниже цели» filter shows; a cell that needs the student count says
     * «нет данных» when there is none.
     */
    static List<List<Object>> xlsxRows(Dashboard d, String totalLabel, String noData) {
        List<List<Object>> rows = new ArrayList<>();
        for (SchoolLine l : Monitoring.sorted(d.schools(), "name", false)) {
            rows.add(row(l.name(), l.figure(), d, l.pairsByForm(), Coverage.share(l.trainedMentors(), l.mentors()),
                    noData));
        }
        rows.add(row(totalLabel, d.total(), d, totalsByForm(d),
                Coverage.share(d.teachers().trained(), d.teachers().mentors()), noData));
        return rows;
    }

    private static List<Object> row(String name, Figure f, Dashboard d, Map<String, Long> byForm, BigDecimal trained,
            String noData) {
        List<Object> r = new ArrayList<>();
        boolean counted = f.percent() != null;
        r.add(name);
        r.add(f.students() == null ? noData : f.students());
        r.add(f.involved());
        r.add(counted ? new Xlsx.Percent(fraction(f.percent())) : noData);
        r.add(f.target() == null ? null : new Xlsx.Percent(fraction(f.target())));
        r.add(!counted && f.target() != null ? noData : f.gap());
        d.forms().forEach(form -> r.add(byForm.getOrDefault(form, 0L)));
        r.add(trained == null ? null : new Xlsx.Percent(fraction(trained)));
        return r;
    }

    private static double fraction(BigDecimal percent) {
        return percent.movePointLeft(2).doubleValue();
    }

    @GetMapping("/monitoring/municipalities/{id}/summary.pdf")
    ResponseEntity<byte[]> summaryPdf(@PathVariable long id, CurrentUser user, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Locale locale) {
        Monitoring.checkMunicipality(user, id);
        Dashboard d = monitoring.dashboard(id, null, monitoring.asOf(asOf));
        Context context = new Context(locale);
        context.setVariable("d", d);
        context.setVariable("lines", Monitoring.sorted(d.schools(), "name", false));
        byte[] bytes = pdf.render("monitoring/summary-pdf", context);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("coverage-" + id + "-" + d.asOf() + ".pdf").build().toString())
                .body(bytes);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
