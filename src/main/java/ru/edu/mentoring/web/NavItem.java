package ru.edu.mentoring.web;

import java.util.Set;

/**
 * An entry of the main navigation. Each module declares its own as a bean, so the layout needs no edit when a module
 * is added. {@code roles} are role names without the {@code ROLE_} prefix; an empty set means every signed-in user.
 */
public record NavItem(int order, String messageKey, String path, Set<String> roles) {

    public boolean visibleTo(java.util.Collection<String> userRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
    }
}
