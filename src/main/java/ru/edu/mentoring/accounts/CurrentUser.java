package ru.edu.mentoring.accounts;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in user as every controller and query sees it: roles, the municipality of department staff and
 * methodologists, and the schools of curators and school heads. Resolved as a handler argument.
 */
public record CurrentUser(
        long id, String username, String fullName, Set<Role> roles, Long municipalityId, Set<Long> schoolIds)
        implements Serializable {

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        schoolIds = Set.copyOf(schoolIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The administrator and the regional observer read every municipality. */
    public boolean seesAllMunicipalities() {
        return has(Role.ADMIN) || has(Role.REGION);
    }

    /** Department staff and methodologists read their whole municipality. */
    public boolean seesWholeMunicipality() {
        return municipalityId != null && (has(Role.DEPARTMENT) || has(Role.METHODOLOGIST));
    }

    public SchoolScope scope() {
        return new SchoolScope(seesAllMunicipalities(), seesWholeMunicipality() ? municipalityId : null, schoolIds);
    }

    /** Whether this user may change the schools (and their curators) of the given municipality. */
    public boolean managesSchoolsOf(long schoolMunicipalityId) {
        return has(Role.ADMIN)
                || (has(Role.DEPARTMENT) && municipalityId != null && municipalityId == schoolMunicipalityId);
    }

    /** Curators keep the data of their own schools: people, bases, pairs, the yearly student count. */
    public boolean editsSchoolData(long schoolId) {
        return has(Role.CURATOR) && schoolIds.contains(schoolId);
    }

    public boolean canRead(long schoolId, long schoolMunicipalityId) {
        return scope().includes(schoolId, schoolMunicipalityId);
    }

    /** «Иванова А. П.» */
    public String shortName() {
        return PersonNames.shortForm(fullName);
    }
}
