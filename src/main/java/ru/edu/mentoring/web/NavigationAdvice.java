package ru.edu.mentoring.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the navigation entries the current user may see into every page's model: links of their own and menus of
 * grouped links (a menu with one visible link becomes that link), in the order of their first entry.
 */
@ControllerAdvice
class NavigationAdvice {

    /** A link in the bar ({@code items} has one entry and no group) or a menu of links. */
    public record NavEntry(NavItem.Group group, List<NavItem> items) {

        public boolean menu() {
            return group != null && items.size() > 1;
        }

        public NavItem first() {
            return items.get(0);
        }

        /** True when the page shown is one of the entry's (the home page only by its own path). */
        public boolean active(String currentPath) {
            String path = currentPath == null ? "" : currentPath;
            return items.stream().anyMatch(i -> !i.path().equals("/") && path.startsWith(i.path()));
        }
    }

    private final List<NavItem> items;

    NavigationAdvice(List<NavItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("navItems")
    List<NavItem> navItems() {
        return visible();
    }

    private List<NavItem> visible() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return List.of();
        }
        List<String> roles = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .toList();
        return items.stream().filter(i -> i.visibleTo(roles)).toList();
    }

    /** The bar's entries (the account menu apart, see {@link #accountItems}). */
    @ModelAttribute("navEntries")
    List<NavEntry> navEntries() {
        return entries(visible());
    }

    /** The links of the account menu under the user's name. */
    @ModelAttribute("accountItems")
    List<NavItem> accountItems() {
        return visible().stream().filter(i -> i.group() == NavItem.Group.ACCOUNT).toList();
    }

    static List<NavEntry> entries(List<NavItem> visible) {
        List<NavEntry> entries = new ArrayList<>();
        Map<NavItem.Group, List<NavItem>> menus = new EnumMap<>(NavItem.Group.class);
        for (NavItem item : visible) {
            if (item.group() == NavItem.Group.ACCOUNT) {
                continue;
            }
            if (item.group() == null) {
                entries.add(new NavEntry(null, List.of(item)));
            } else {
                List<NavItem> menu = menus.get(item.group());
                if (menu == null) {
                    menu = new ArrayList<>();
                    menus.put(item.group(), menu);
                    entries.add(new NavEntry(item.group(), menu));
                }
                menu.add(item);
            }
        }
        return entries;
    }
}
