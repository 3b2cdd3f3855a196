package ru.edu.mentoring.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.web.NavItem;
import ru.edu.mentoring.web.PageLinks;
import ru.edu.mentoring.shared.SearchText;

/**
 * The audit trail: the administrator reads everything, department staff every action in their municipality (of the
 * department and of its schools alike). Filters by user, school, kind and dates; a CSV export of what is filtered.
 */
@Controller
class AuditController {

    static final int PAGE = 50;
    static final int EXPORT_MAX = 10_000;

    private final JdbcTemplate jdbc;
    private final ZoneId zone;
    private final AuditDescriptions descriptions;
    private final AuditLog audit;
    private final org.springframework.context.MessageSource messages;

    AuditController(JdbcTemplate jdbc, @org.springframework.beans.factory.annotation.Value("${app.zone:Europe/Moscow}")
            String zone, AuditDescriptions descriptions, AuditLog audit,
            org.springframework.context.MessageSource messages) {
        this.jdbc = jdbc;
        this.zone = ZoneId.of(zone);
        this.descriptions = descriptions;
        this.audit = audit;
        this.messages = messages;
    }

    /** The filters as given, checked: an unknown kind, a school outside the scope or a bad date count as none. */
    record Filter(String user, Long school, String kind, LocalDate from, LocalDate to, boolean badDate) {

        String query() {
            return UriComponentsBuilder.newInstance().queryParam("user", user)
                    .queryParam("school", school == null ? "" : school).queryParam("kind", kind)
                    .queryParam("from", from == null ? "" : from).queryParam("to", to == null ? "" : to)
                    .encode().build().getQuery();
        }
    }

    /** A school the filter offers. */
    record SchoolOption(long id, String name) {}

    @GetMapping("/audit")
    String search(@RequestParam(defaultValue = "") String user, @RequestParam(defaultValue = "") String school,
            @RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to, @RequestParam(required = false) Integer page, CurrentUser me,
            Model model) {
        Long municipality = scopeOf(me);
        List<SchoolOption> schools = schoolsOf(municipality);
        Filter filter = filter(user, school, kind, from, to, schools);
        Where where = where(municipality, filter);
        Pageable pageable = PageLinks.request(page, PAGE, org.springframework.data.domain.Sort.unsorted());
        long total = jdbc.queryForObject("select count(*) from audit_event" + where.sql(), Long.class,
                where.args().toArray());
        List<Object> pageArgs = new ArrayList<>(where.args());
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<AuditDescriptions.Raw> raws = jdbc.query(SELECT + where.sql() + " order by at desc, id desc limit ? offset ?",
                RAW, pageArgs.toArray());
        Locale locale = LocaleContextHolder.getLocale();
        AuditDescriptions.Described described = descriptions.describe(raws, zone, locale);
        audit.recordRead("VIEW", "AuditList", null, null, described.studentsNamed());
        Page<AuditDescriptions.Shown> result = new PageImpl<>(described.rows(), pageable, total);
        model.addAttribute("page", result);
        model.addAttribute("pages", PageLinks.window(result));
        model.addAttribute("filter", filter);
        model.addAttribute("schools", schools);
        model.addAttribute("kinds", AuditDescriptions.KINDS.keySet());
        model.addAttribute("pageQuery", "/audit?" + filter.query() + "&");
        model.addAttribute("exportQuery", "/audit/export.csv?" + filter.query());
        return "audit/list";
    }

    @GetMapping("/audit/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "") String user,
            @RequestParam(defaultValue = "") String school, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to, CurrentUser me) {
        Long municipality = scopeOf(me);
        Filter filter = filter(user, school, kind, from, to, schoolsOf(municipality));
        Where where = where(municipality, filter);
        List<Object> args = new ArrayList<>(where.args());
        args.add(EXPORT_MAX);
        List<AuditDescriptions.Raw> raws = jdbc.query(SELECT + where.sql() + " order by at desc, id desc limit ?", RAW,
                args.toArray());
        Locale locale = LocaleContextHolder.getLocale();
        AuditDescriptions.Described described = descriptions.describe(raws, zone, locale);
        audit.recordRead("EXPORT", "AuditList", null, null, described.studentsNamed());
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(";", List.of(messages.getMessage("audit.at", null, locale),
                messages.getMessage("audit.user", null, locale), messages.getMessage("audit.kind", null, locale),
                messages.getMessage("audit.entity", null, locale), messages.getMessage("audit.school", null, locale),
                messages.getMessage("audit.details", null, locale)).stream().map(AuditController::cell).toList()))
                .append("\r\n");
        for (AuditDescriptions.Shown r : described.rows()) {
            csv.append(String.join(";", List.of(r.at(), r.who(), r.kind(), r.object(), r.school(), r.fields()).stream()
                    .map(AuditController::cell).toList())).append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A CSV cell, quoted, and a leading formula character neutralised so a spreadsheet shows it as text. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    /** null: every municipality (the administrator); else the department's municipality. */
    private static Long scopeOf(CurrentUser me) {
        if (me.has(Role.ADMIN)) {
            return null;
        }
        if (me.has(Role.DEPARTMENT) && me.municipalityId() != null) {
            return me.municipalityId();
        }
        throw new AccessDeniedException("admin or department only");
    }

    private List<SchoolOption> schoolsOf(Long municipality) {
        return jdbc.query("select id, short_name from schools_school_v where (?::bigint is null or municipality_id = ?)"
                        + " order by sort_key, id", (rs, i) -> new SchoolOption(rs.getLong(1), rs.getString(2)),
                municipality, municipality);
    }

    private static Filter filter(String user, String school, String kind, String from, String to,
            List<SchoolOption> schools) {
        Long schoolId = null;
        if (school.strip().matches("\\d{1,18}")) {
            long wanted = Long.parseLong(school.strip());
            schoolId = schools.stream().anyMatch(s -> s.id() == wanted) ? wanted : null;
        }
        String k = AuditDescriptions.KINDS.containsKey(kind) ? kind : "";
        LocalDate f = date(from);
        LocalDate t = date(to);
        boolean bad = (f == null && !from.isBlank()) || (t == null && !to.isBlank());
        String u = user.strip();
        return new Filter(u.length() > 100 ? u.substring(0, 100) : u, schoolId, k, f, t, bad);
    }

    private static LocalDate date(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > 10) {
            return null;
        }
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("dd.MM.uuuu")
                .withResolverStyle(java.time.format.ResolverStyle.STRICT))) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // the other format
            }
        }
        return null;
    }

    private record Where(String sql, List<Object> args) {}

    private Where where(Long municipality, Filter filter) {
        StringBuilder sql = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (municipality != null) {
            sql.append(" and municipality_id = ?");
            args.add(municipality);
        }
        if (filter.school() != null) {
            sql.append(" and school_id = ?");
            args.add(filter.school());
        }
        if (!filter.user().isEmpty()) {
            String like = SearchText.likePattern(filter.user());
            sql.append(" and (lower(username) like ? escape '\\' or username in (select u.username from accounts_user_v u"
                    + " where lower(u.full_name) like ? escape '\\'))");
            args.add(like);
            args.add(like);
        }
        if (!filter.kind().isEmpty()) {
            if (filter.kind().equals("view")) {
                sql.append(" and action in ('VIEW', 'EXPORT')");
            } else {
                // the names come from a fixed list, never from the request
                sql.append(" and action not in ('VIEW', 'EXPORT') and entity in (");
                List<String> entities = AuditDescriptions.KINDS.get(filter.kind());
                sql.append(String.join(", ", entities.stream().map(e -> "?").toList())).append(')');
                args.addAll(entities);
            }
        }
        if (filter.from() != null) {
            sql.append(" and at >= ?");
            args.add(java.sql.Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" and at < ?");
            args.add(java.sql.Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        return new Where(sql.toString(), args);
    }

    private static final String SELECT = "select at, username, action, entity, entity_id, school_id, details,"
            + " coalesce(cardinality(person_ids), 0) as persons from audit_event";

    private static final org.springframework.jdbc.core.RowMapper<AuditDescriptions.Raw> RAW = (rs, i) ->
            new AuditDescriptions.Raw(rs.getTimestamp("at").toInstant(), rs.getString("username"),
                    rs.getString("action"), rs.getString("entity"), rs.getString("entity_id"),
                    (Long) rs.getObject("school_id"), rs.getString("details"), rs.getInt("persons"));

    @Bean
    static NavItem auditNavItem() {
        return new NavItem(95, "nav.audit", "/audit", Set.of("ADMIN", "DEPARTMENT"), NavItem.Group.SETTINGS);
    }
}
