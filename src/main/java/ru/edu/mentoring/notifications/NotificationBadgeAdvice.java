package ru.edu.mentoring.notifications;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.edu.mentoring.accounts.AccountPrincipal;

/** The unread count for the badge in the navigation bar of every page. */
@ControllerAdvice
class NotificationBadgeAdvice {

    private final Notifications notifications;

    NotificationBadgeAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal principal)) {
            return null;
        }
        return notifications.unreadBadge(principal.getUser().id());
    }
}
