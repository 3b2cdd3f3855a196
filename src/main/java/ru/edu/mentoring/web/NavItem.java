package ru.edu.mentoring.web;

import java.util.Set;

/**
 * An entry of the main navigation. Each module declares its own as a bean, so the layout needs no edit when a module
 * is added. {@code roles} are role names without the {@code ROLE_} prefix; an empty set means every signed-in user.
 * {@code group} puts the entry in one of the navigation's menus (null: a link of its own in the bar); a menu with a
 * single entry the user may see is shown as that link.
 */
public record NavItem(int order, String messageKey, String path, Set<String> roles, Group group) {

    /** The menus of the navigation bar, in the words of the people who use them. */
    public enum Group {
        /** Mentors, pairs and the programme's work: meetings, questionnaires, training, programmes, school years. */
        WORK("nav.group.work"),
        /** Roadmaps, reports, snapshots, the document register, the region's checklist. */
        DOCUMENTS("nav.group.documents"),
        /** Contests, honours, the bank of practices and the municipality's events. */
        RECOGNITION("nav.group.recognition"),
        /** Settings and administration: forms of mentoring, users, API tokens, mail, the audit log. */
        SETTINGS("nav.group.settings"),
        /** The signed-in user's own account (shown under the user's name). */
        ACCOUNT("nav.group.account");

        private final String messageKey;

        Group(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** A link of its own in the bar. */
    public NavItem(int order, String messageKey, String path, Set<String> roles) {
        this(order, messageKey, path, roles, null);
    }

    public boolean visibleTo(java.util.Collection<String> userRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }
}
