package ru.edu.mentoring.accounts;

import java.util.Set;

/**
 * Which schools a user may read: all of them, those of one municipality, those of a region's municipalities, or a
 * fixed set. Repositories take it as an argument so that no query can forget it.
 */
public record SchoolScope(boolean all, Long municipalityId, Set<Long> schoolIds, Set<Long> municipalityIds) {

    /** An id that no row has, so that {@code in (:ids)} stays valid SQL for an empty set. */
    public static final long NO_ID = -1L;

    public SchoolScope {
        schoolIds = schoolIds == null || schoolIds.isEmpty() ? Set.of(NO_ID) : Set.copyOf(schoolIds);
        municipalityIds = municipalityIds == null || municipalityIds.isEmpty() ? Set.of(NO_ID)
                : Set.copyOf(municipalityIds);
    }

    public SchoolScope(boolean all, Long municipalityId, Set<Long> schoolIds) {
        this(all, municipalityId, schoolIds, Set.of());
    }

    /** {@code -1} when the scope has no municipality, for queries that compare it. */
    public long municipalityIdOrNone() {
        return municipalityId == null ? NO_ID : municipalityId;
    }

    public boolean includes(long schoolId, long schoolMunicipalityId) {
        return all
                || (municipalityId != null && municipalityId == schoolMunicipalityId)
                || schoolIds.contains(schoolId)
                || municipalityIds.contains(schoolMunicipalityId);
    }
}
