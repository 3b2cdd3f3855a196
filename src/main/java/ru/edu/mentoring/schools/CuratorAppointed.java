package ru.edu.mentoring.schools;

import java.time.LocalDate;

/**
 * A user was appointed to a school by an order: as its curator, or ({@code deputy}) kept as a deputy curator when the
 * curator changed. Published when the appointment is saved; other modules (notifications) listen after the commit.
 */
public record CuratorAppointed(long schoolId, long userId, boolean deputy, String orderNumber, LocalDate orderDate) {}
