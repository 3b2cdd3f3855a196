package ru.edu.mentoring.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.shared.NaturalOrder;
import ru.edu.mentoring.web.Xlsx;

/**
 * «Карта запросов»: the key requests of a school's mentee base grouped by theme (the request's text, case and spacing
 * ignored) and wanted form, with counts; filtered like the mentee base; as a page and an XLSX.
 */
@Controller
class RequestMapController {

    /** A theme with its mentees per wanted form (the form's name, or null for «не указана») and in total. */
    record Theme(String request, Map<String, Long> byForm, long total) {

        public long in(String form) {
            return byForm.getOrDefault(form == null ? "" : form, 0L);
        }
    }

    /** The map: its themes (most mentees first), the forms that occur (columns) and the totals per form. */
    record RequestMap(List<Theme> themes, List<String> forms, Map<String, Long> formTotals, long total) {

        public long formTotal(String form) {
            return formTotals.getOrDefault(form, 0L);
        }
    }

    private final Schools schools;
    private final People people;
    private final MenteeProfileRepository mentees;
    private final ObjectProvider<ParticipationSource> participations;
    private final ObjectProvider<FormCatalog> forms;
    private final MessageSource messages;

    RequestMapController(Schools schools, People people, MenteeProfileRepository mentees,
            ObjectProvider<ParticipationSource> participations, ObjectProvider<FormCatalog> forms,
            MessageSource messages) {
        this.schools = schools;
        this.people = people;
        this.mentees = mentees;
        this.participations = participations;
        this.forms = forms;
        this.messages = messages;
    }

    /** A request as a theme key: spacing collapsed, lower case, «ё» read as «е». */
    static String themeKey(String request) {
        return display(request).toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static String display(String request) {
        return request == null ? "" : request.strip().replaceAll("\\s+", " ");
    }

    @Transactional(readOnly = true)
    RequestMap build(long schoolId, Integer grade, Long form, MentorFilter mentor) {
        ParticipationSource source = participations.getIfAvailable();
        Set<Long> paired = mentor == MentorFilter.ANY || source == null ? Set.of()
                : source.activeMentees(schoolId);
        FormCatalog catalog = forms.getIfAvailable();
        Map<Long, String> formNames = catalog == null ? Map.of() : catalog.formNames();
        List<MenteeProfile> list = mentees.searchBase(schoolId, "", grade, AcademicYear.of(people.today()), form,
                mentor.name(), paired.isEmpty() ? Set.of(-1L) : paired, Pageable.unpaged()).getContent();
        String none = "";
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        Map<String, Long> formTotals = new LinkedHashMap<>();
        for (MenteeProfile m : list) {
            String key = themeKey(m.getRequest());
            shown.putIfAbsent(key, display(m.getRequest()));
            String formName = m.getWantedFormId() == null ? none
                    : formNames.getOrDefault(m.getWantedFormId(), none);
            counts.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(formName, 1L, Long::sum);
            formTotals.merge(formName, 1L, Long::sum);
        }
        List<Theme> themes = new ArrayList<>();
        counts.forEach((key, byForm) -> themes.add(new Theme(shown.get(key), byForm,
                byForm.values().stream().mapToLong(Long::longValue).sum())));
        themes.sort(Comparator.comparingLong(Theme::total).reversed().thenComparing(NaturalOrder.by(Theme::request)));
        List<String> columns = new ArrayList<>(formTotals.keySet().stream().filter(f -> !f.isEmpty())
                .sorted(NaturalOrder.by(f -> f)).toList());
        if (formTotals.containsKey(none)) {
            columns.add(none);
        }
        return new RequestMap(themes, columns, formTotals, list.size());
    }

    private static Integer grade(Integer grade) {
        return grade == null || grade < 1 || grade > 11 ? null : grade;
    }

    @GetMapping("/schools/{schoolId}/requests")
    String page(@PathVariable long schoolId, @RequestParam(required = false) Integer grade,
            @RequestParam(required = false) Long form,
            @RequestParam(defaultValue = "ANY") MentorFilter mentor, CurrentUser user, Model model) {
        SchoolSummary school = schools.readable(user, schoolId);
        Integer g = grade(grade);
        FormCatalog catalog = forms.getIfAvailable();
        model.addAttribute("school", school);
        model.addAttribute("map", build(schoolId, g, form, mentor));
        model.addAttribute("formNames", catalog == null ? Map.of() : catalog.formNames());
        model.addAttribute("grade", g);
        model.addAttribute("form", form);
        model.addAttribute("mentor", mentor);
        model.addAttribute("mentorFilters", MentorFilter.values());
        model.addAttribute("exportQuery", org.springframework.web.util.UriComponentsBuilder.newInstance()
                .path("/schools/" + schoolId + "/requests.xlsx")
                .queryParamIfPresent("grade", java.util.Optional.ofNullable(g))
                .queryParamIfPresent("form", java.util.Optional.ofNullable(form))
                .queryParam("mentor", mentor.name()).build().toUriString());
        return "people/requests";
    }

    @GetMapping("/schools/{schoolId}/requests.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long schoolId, @RequestParam(required = false) Integer grade,
            @RequestParam(required = false) Long form,
            @RequestParam(defaultValue = "ANY") MentorFilter mentor, CurrentUser user,
            Locale locale) {
        schools.readable(user, schoolId);
        RequestMap map = build(schoolId, grade(grade), form, mentor);
        List<String> headers = new ArrayList<>();
        headers.add(msg("requests.col.request", locale));
        for (String f : map.forms()) {
            headers.add(f.isEmpty() ? msg("requests.formNone", locale) : f);
        }
        headers.add(msg("requests.col.total", locale));
        List<List<Object>> rows = new ArrayList<>();
        for (Theme t : map.themes()) {
            List<Object> row = new ArrayList<>();
            row.add(t.request());
            for (String f : map.forms()) {
                row.add(t.in(f));
            }
            row.add(t.total());
            rows.add(row);
        }
        List<Object> totals = new ArrayList<>();
        totals.add(msg("requests.total", locale));
        for (String f : map.forms()) {
            totals.add(map.formTotal(f));
        }
        totals.add(map.total());
        rows.add(totals);
        byte[] bytes;
        try (Xlsx xlsx = new Xlsx()) {
            // the «Итого» row stays outside the autofilter
            bytes = xlsx.sheet(msg("requests.sheet", locale), null, headers, rows, 1).toBytes();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("requests-" + schoolId + ".xlsx").build().toString())
                .body(bytes);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
