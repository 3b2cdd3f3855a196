package ru.edu.mentoring.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.context.Context;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.web.Pdf;
import ru.edu.mentoring.web.Xlsx;

/**
 * The methodologist's quality page of a municipality (its department, methodologists, the region, the admin) and of a
 * school (whoever reads the school), with its XLSX and PDF. Read only; aggregate figures, no personal data.
 */
@Controller
class QualityController {

    private final Quality quality;
    private final Schools schools;
    private final Pdf pdf;
    private final MessageSource messages;

    QualityController(Quality quality, Schools schools, Pdf pdf, MessageSource messages) {
        this.quality = quality;
        this.schools = schools;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/municipalities/{id}/quality")
    String municipality(@PathVariable long id, @RequestParam(required = false) Integer year, CurrentUser user,
            Model model) {
        Monitoring.checkMunicipality(user, id);
        return page(quality.table(id, null, quality.academicYear(year)), model);
    }

    @GetMapping("/schools/{id}/quality")
    String school(@PathVariable long id, @RequestParam(required = false) Integer year, CurrentUser user,
            Model model) {
        SchoolSummary school = schools.readable(user, id);
        model.addAttribute("readsMunicipality", user.seesAllMunicipalities()
                || (user.seesWholeMunicipality() && user.municipalityId() == school.municipalityId()));
        return page(quality.table(school.municipalityId(), id, quality.academicYear(year)), model);
    }

    private String page(Quality.Table t, Model model) {
        model.addAttribute("t", t);
        model.addAttribute("years", quality.years());
        model.addAttribute("base", t.schoolId() == null ? "/municipalities/" + t.municipalityId() + "/quality"
                : "/schools/" + t.schoolId() + "/quality");
        return "monitoring/indicators";
    }

    @GetMapping("/municipalities/{id}/quality.xlsx")
    ResponseEntity<byte[]> municipalityXlsx(@PathVariable long id, @RequestParam(required = false) Integer year,
            CurrentUser user, Locale locale) {
        Monitoring.checkMunicipality(user, id);
        Quality.Table t = quality.table(id, null, quality.academicYear(year));
        return xlsx(t, "quality-municipality-" + id + "-" + t.academicYear() + ".xlsx", locale);
    }

    @GetMapping("/schools/{id}/quality.xlsx")
    ResponseEntity<byte[]> schoolXlsx(@PathVariable long id, @RequestParam(required = false) Integer year,
            CurrentUser user, Locale locale) {
        SchoolSummary school = schools.readable(user, id);
        Quality.Table t = quality.table(school.municipalityId(), id, quality.academicYear(year));
        return xlsx(t, "quality-school-" + id + "-" + t.academicYear() + ".xlsx", locale);
    }

    @GetMapping("/municipalities/{id}/quality.pdf")
    ResponseEntity<byte[]> municipalityPdf(@PathVariable long id, @RequestParam(required = false) Integer year,
            CurrentUser user, Locale locale) {
        Monitoring.checkMunicipality(user, id);
        Quality.Table t = quality.table(id, null, quality.academicYear(year));
        return pdf(t, "quality-municipality-" + id + "-" + t.academicYear() + ".pdf", locale);
    }

    @GetMapping("/schools/{id}/quality.pdf")
    ResponseEntity<byte[]> schoolPdf(@PathVariable long id, @RequestParam(required = false) Integer year,
            CurrentUser user, Locale locale) {
        SchoolSummary school = schools.readable(user, id);
        Quality.Table t = quality.table(school.municipalityId(), id, quality.academicYear(year));
        return pdf(t, "quality-school-" + id + "-" + t.academicYear() + ".pdf", locale);
    }

    private ResponseEntity<byte[]> xlsx(Quality.Table t, String filename, Locale locale) {
        List<String> headers = new ArrayList<>();
        headers.add(msg("indicators.col.school", locale));
        t.headers().forEach(h -> headers.add(msg(h.headerKey(), locale)));
        List<List<Object>> rows = new ArrayList<>();
        t.rows().forEach(r -> rows.add(xlsxRow(r.name(), r, locale)));
        if (t.total() != null) {
            rows.add(xlsxRow(msg("indicators.total", locale), t.total(), locale));
        }
        String title = messages.getMessage("indicators.xlsx.title", new Object[] {
                t.schoolId() == null ? t.municipalityName() : t.rows().get(0).name(), t.yearLabel(),
                MonitoringExportController.DATE.format(t.asOf())}, locale);
        byte[] bytes;
        try (Xlsx x = new Xlsx()) {
            bytes = x.sheet(msg("indicators.sheet", locale), title, headers, rows, t.total() == null ? 0 : 1)
                    .toBytes();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(bytes);
    }

    /** A line of the XLSX: counts as numbers, shares as percentages, ratios and means as decimals, else the reason. */
    private List<Object> xlsxRow(String name, Quality.Row r, Locale locale) {
        List<Object> row = new ArrayList<>();
        row.add(name);
        for (Quality.Cell c : r.cells()) {
            if (c.number() == null) {
                row.add(c.missingKey() == null ? c.text() : msg(c.missingKey(), locale));
            } else if (c.kind() == QualityIndicators.Total.SUM) {
                row.add(c.number().longValueExact());
            } else if (c.kind() == QualityIndicators.Total.SHARE) {
                row.add(new Xlsx.Percent(c.number().movePointLeft(2).doubleValue()));
            } else {
                row.add((BigDecimal) c.number());
            }
        }
        return row;
    }

    private ResponseEntity<byte[]> pdf(Quality.Table t, String filename, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("t", t);
        byte[] bytes = pdf.render("monitoring/indicators-pdf", context);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(bytes);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
