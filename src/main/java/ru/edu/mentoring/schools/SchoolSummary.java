package ru.edu.mentoring.schools;

import java.time.LocalDate;

/** A school as other modules and list pages see it. */
public record SchoolSummary(
        long id,
        long municipalityId,
        String municipalityName,
        String shortName,
        String fullName,
        SchoolKind kind,
        String headName,
        Long curatorUserId,
        String curatorName,
        String curatorOrderNumber,
        LocalDate curatorOrderDate) {

    public boolean hasCurator() {
        return curatorUserId != null;
    }
}
