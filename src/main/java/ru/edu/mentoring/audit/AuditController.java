package ru.edu.mentoring.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.accounts.SchoolScope;
import ru.edu.mentoring.shared.NavItem;
import ru.edu.mentoring.shared.PageLinks;
import ru.edu.mentoring.shared.SearchText;

/** The audit trail, searchable by the administrator (everything) and department staff (their municipality). */
@Controller
class AuditController {

    static final int PAGE = 50;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    AuditController(JdbcTemplate jdbc, @org.springframework.beans.factory.annotation.Value("${app.zone:Europe/Moscow}")
            String zone) {
        this.jdbc = jdbc;
        this.zone = ZoneId.of(zone);
    }

    /** One row of the trail as the page shows it. */
    record Row(String at, String username, String action, String entity, String entityId, Long schoolId,
            String details) {}

    @GetMapping("/audit")
    String search(@RequestParam(defaultValue = "") String user, @RequestParam(defaultValue = "") String entity,
            @RequestParam(required = false) Integer page, CurrentUser me, Model model) {
        if (!me.has(Role.ADMIN) && !(me.has(Role.DEPARTMENT) && me.municipalityId() != null)) {
            throw new AccessDeniedException("admin or department only");
        }
        SchoolScope scope = me.has(Role.ADMIN) ? new SchoolScope(true, null, Set.of()) : me.scope();
        String where = " where (? or school_id in (select id from school where municipality_id = ?))"
                + " and (? = '' or lower(username) like ? escape '\\')"
                + " and (? = '' or lower(entity) like ? escape '\\')";
        String userLike = SearchText.likePattern(user);
        String entityLike = SearchText.likePattern(entity);
        Object[] args = {scope.all(), scope.municipalityIdOrNone(), userLike, userLike, entityLike, entityLike};
        Pageable pageable = PageLinks.request(page, PAGE, org.springframework.data.domain.Sort.unsorted());
        long total = jdbc.queryForObject("select count(*) from audit_event" + where, Long.class, args);
        List<Object> pageArgs = new ArrayList<>(List.of(args));
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<Row> rows = jdbc.query("select at, username, action, entity, entity_id, school_id, details from audit_event"
                        + where + " order by at desc, id desc limit ? offset ?",
                (rs, i) -> new Row(TIME.format(rs.getTimestamp("at").toInstant().atZone(zone)),
                        rs.getString("username"), rs.getString("action"), rs.getString("entity"),
                        rs.getString("entity_id"), (Long) rs.getObject("school_id"), rs.getString("details")),
                pageArgs.toArray());
        Page<Row> result = new PageImpl<>(rows, pageable, total);
        model.addAttribute("page", result);
        model.addAttribute("pages", PageLinks.window(result));
        model.addAttribute("user", user.strip());
        model.addAttribute("entity", entity.strip());
        return "audit/list";
    }

    @Bean
    static NavItem auditNavItem() {
        return new NavItem(95, "nav.audit", "/audit", Set.of("ADMIN", "DEPARTMENT"));
    }

}
