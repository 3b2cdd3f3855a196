package ru.edu.mentoring.people;

import java.time.LocalDate;

/**
 * Processing of a person's data stops on the date: their last consent in force was withdrawn, or its term ended
 * ({@code reason}). Published inside the stopping transaction; listeners (pairing) take the person out of what still
 * runs.
 */
public record ConsentWithdrawn(long personId, long schoolId, LocalDate on, ProcessingStop reason) {

    public boolean expired() {
        return reason == ProcessingStop.CONSENT_EXPIRED;
    }
}
