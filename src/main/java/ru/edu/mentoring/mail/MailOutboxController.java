package ru.edu.mentoring.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.web.PageLinks;

/**
 * «Исходящие письма» (administrator only; {@code /admin/**} is the administrator's by the security configuration, and
 * checked again here): counts per status, the letters newest first with a status filter and paging, each failure's
 * error, and, in the demo mode, what each letter says.
 */
@Controller
@RequestMapping("/admin/mail")
class MailOutboxController {

    private final MailOutbox outbox;
    private final MailDelivery delivery;
    private final int pageSize;

    MailOutboxController(MailOutbox outbox, MailDelivery delivery, @Value("${app.page-size:20}") int pageSize) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.pageSize = pageSize;
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
            CurrentUser user, Model model) {
        if (!user.has(Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("administrator only");
        }
        OutboxStatus filter = null;
        for (OutboxStatus s : OutboxStatus.values()) {
            if (s.name().equals(status)) {
                filter = s;
            }
        }
        Page<MailOutbox.Row> result = outbox.page(filter, PageLinks.request(page, pageSize, Sort.unsorted()));
        model.addAttribute("page", result);
        model.addAttribute("pages", PageLinks.window(result));
        model.addAttribute("counts", outbox.counts());
        model.addAttribute("status", filter);
        model.addAttribute("statuses", OutboxStatus.values());
        model.addAttribute("mailConfigured", delivery.configured());
        model.addAttribute("pageUrl", "/admin/mail?" + (filter == null ? "" : "status=" + filter.name() + "&"));
        return "mail/outbox";
    }
}
