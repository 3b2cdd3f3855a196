package ru.edu.mentoring.notifications;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.web.PageLinks;

/** The signed-in user's notifications: the list, opening one (marks it read), marking all read. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    private final Notifications notifications;
    private final int pageSize;

    NotificationController(Notifications notifications, @Value("${app.page-size:20}") int pageSize) {
        this.notifications = notifications;
        this.pageSize = pageSize;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, CurrentUser user, Model model) {
        Page<Notifications.View> result = notifications.list(user.id(),
                PageLinks.request(page, pageSize, Sort.by(Sort.Direction.DESC, "createdAt", "id")));
        model.addAttribute("page", result);
        model.addAttribute("pages", PageLinks.window(result));
        return "notifications/list";
    }

    /** Marks one notification read and opens what it is about. */
    @PostMapping("/{id}/read")
    String read(@PathVariable long id, @RequestParam(defaultValue = "false") boolean stay, CurrentUser user) {
        String link = notifications.markRead(user.id(), id);
        return "redirect:" + (stay ? "/notifications" : link);
    }

    @PostMapping("/read-all")
    String readAll(CurrentUser user, RedirectAttributes redirect) {
        notifications.markAllRead(user.id());
        redirect.addFlashAttribute("flashSuccess", "notifications.allRead");
        return "redirect:/notifications";
    }
}
