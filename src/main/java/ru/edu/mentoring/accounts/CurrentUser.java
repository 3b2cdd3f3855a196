package ru.edu.mentoring.accounts;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in user as every controller and query sees it: roles, the municipality of department staff and
 * methodologists, the schools of curators and school heads, and the region of a regional centre's user with the
 * municipalities it had at login (issue 22). Resolved as a handler argument.
 */
public record CurrentUser(
        long id, String username, String fullName, Set<Role> roles, Long municipalityId, Set<Long> schoolIds,
        Long regionId, Set<Long> regionMunicipalityIds)
        implements Serializable {

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        schoolIds = Set.copyOf(schoolIds);
        regionMunicipalityIds = regionMunicipalityIds == null ? Set.of() : Set.copyOf(regionMunicipalityIds);
    }

    /** A user of no region. */
    public CurrentUser(
            long id, String username, String fullName, Set<Role> roles, Long municipalityId, Set<Long> schoolIds) {
        this(id, username, fullName, roles, municipalityId, schoolIds, null, Set.of());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * The administrator reads every municipality. A regional centre's user reads only the municipalities of their
     * region ({@link #readsMunicipality}, issue 22).
     */
    public boolean seesAllMunicipalities() {
        return has(Role.ADMIN);
    }

    /** A user of the regional centre (РНЦ) bound to a region: reads that region's municipalities, changes nothing. */
    public boolean seesRegion() {
        return has(Role.REGION) && regionId != null;
    }

    /** Whether the user reads a whole municipality: the administrator, its region's centre, its department staff. */
    public boolean readsMunicipality(long id) {
        return seesAllMunicipalities()
                || (seesRegion() && regionMunicipalityIds.contains(id))
                || (seesWholeMunicipality() && municipalityId == id);
    }

    /** Whether the user reads more than one municipality (the administrator, a regional centre). */
    public boolean readsSeveralMunicipalities() {
        return seesAllMunicipalities() || seesRegion();
    }

    /** Department staff and methodologists read their whole municipality. */
    public boolean seesWholeMunicipality() {
        return municipalityId != null && (has(Role.DEPARTMENT) || has(Role.METHODOLOGIST));
    }

    /**
     * The municipality whose schools are exactly the schools this user reads (department staff and methodologists
     * bound to no other school), so that a module may read their records by the municipality's id instead of by a
     * list of school ids; null for every other user.
     */
    public Long soleMunicipality() {
        return seesWholeMunicipality() && !readsSeveralMunicipalities() && schoolIds.isEmpty() ? municipalityId : null;
    }

    public SchoolScope scope() {
        return new SchoolScope(seesAllMunicipalities(), seesWholeMunicipality() ? municipalityId : null, schoolIds,
                seesRegion() ? regionMunicipalityIds : Set.of());
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
