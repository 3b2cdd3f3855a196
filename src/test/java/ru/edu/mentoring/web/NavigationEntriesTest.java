package ru.edu.mentoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The navigation bar groups its links into menus; a menu with one visible link is that link. */
class NavigationEntriesTest {

    private static NavItem item(int order, String key, NavItem.Group group) {
        return new NavItem(order, key, "/" + key, Set.of(), group);
    }

    @Test
    void linksOfAGroupBecomeOneMenuInTheOrderOfItsFirstLink() {
        List<NavigationAdvice.NavEntry> entries = NavigationAdvice.entries(List.of(
                item(0, "home", null),
                item(22, "campaigns", null),
                item(25, "meetings", NavItem.Group.WORK),
                item(27, "contests", NavItem.Group.RECOGNITION),
                item(36, "training", NavItem.Group.WORK),
                item(40, "roadmaps", NavItem.Group.DOCUMENTS),
                item(95, "password", NavItem.Group.ACCOUNT)));

        assertThat(entries).extracting(e -> e.group() == null ? e.first().messageKey() : e.group().name())
                .containsExactly("home", "campaigns", "WORK", "RECOGNITION", "DOCUMENTS");
        NavigationAdvice.NavEntry work = entries.get(2);
        assertThat(work.menu()).isTrue();
        assertThat(work.items()).extracting(NavItem::messageKey).containsExactly("meetings", "training");
        // one visible link of a group is shown as that link, not as a menu of one
        assertThat(entries.get(3).menu()).isFalse();
        assertThat(entries.get(3).first().messageKey()).isEqualTo("contests");
        // the account's links are under the user's name, not in the bar
        assertThat(entries).noneMatch(e -> e.items().stream().anyMatch(i -> i.messageKey().equals("password")));
    }

    @Test
    void aMenuIsActiveOnThePagesOfItsLinksAndHomeOnlyOnItsOwn() {
        NavigationAdvice.NavEntry work = new NavigationAdvice.NavEntry(NavItem.Group.WORK,
                List.of(item(25, "meetings", NavItem.Group.WORK), item(36, "training", NavItem.Group.WORK)));
        assertThat(work.active("/training/12")).isTrue();
        assertThat(work.active("/roadmaps")).isFalse();
        NavigationAdvice.NavEntry home = new NavigationAdvice.NavEntry(null,
                List.of(new NavItem(0, "nav.home", "/", Set.of())));
        assertThat(home.active("/schools/1")).isFalse();
    }
}
