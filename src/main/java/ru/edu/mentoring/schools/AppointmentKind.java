package ru.edu.mentoring.schools;

/** What an appointment to a school makes of the user: its curator, or a deputy the department kept by an order. */
enum AppointmentKind {
    CURATOR,
    DEPUTY
}
