package ru.edu.mentoring.api;

import java.util.Objects;

/** The regional system a valid token stands for: the token's id and name and its scope (a region or a municipality). */
record ApiClient(long tokenId, String name, String regionName, Long municipalityId)
        implements org.springframework.security.core.AuthenticatedPrincipal {

    /** The name the audit trail records for a change made under this token (never the system's free-text name). */
    @Override
    public String getName() {
        return "api-token:" + tokenId;
    }

    /** Reads a municipality: its own (a municipality's token) or one of its region (a region's token). */
    boolean reads(long municipality, String municipalityRegion) {
        return regionName != null ? regionName.equals(municipalityRegion) : Objects.equals(municipalityId, municipality);
    }

    /** Reads a region's figures: a region's token of that region only. */
    boolean readsRegion(String region) {
        return regionName != null && regionName.equals(region);
    }
}
