package ru.edu.mentoring.people;

import java.time.LocalDate;

/**
 * A person's last consent in force was withdrawn: processing of their data stops on the date. Published inside the
 * withdrawing transaction; listeners (pairing) take the person out of what still runs.
 */
public record ConsentWithdrawn(long personId, long schoolId, LocalDate on) {}
