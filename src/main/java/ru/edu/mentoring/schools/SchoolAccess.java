package ru.edu.mentoring.schools;

import java.time.LocalDate;

/**
 * A user who reaches a school's data through the school: how (curator, deputy, head, or bound by the administrator
 * without an order) and, for an appointment, the order since which.
 */
public record SchoolAccess(
        long userId,
        String fullName,
        String username,
        Kind kind,
        Long appointmentId,
        String orderNumber,
        LocalDate orderDate) {

    /** In the order the school page lists them. */
    public enum Kind {
        CURATOR,
        DEPUTY,
        HEAD,
        WITHOUT_ORDER;

        public String messageKey() {
            return "school.access." + name();
        }
    }

    public boolean hasOrder() {
        return orderNumber != null;
    }
}
