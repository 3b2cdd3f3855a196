package ru.edu.mentoring.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import ru.edu.mentoring.shared.StaleVersionException;

/**
 * A regional system's access to the API: its name, its scope (a region by name, or one municipality) and the SHA-256
 * of its token (the token itself is shown once, when issued). Revoked tokens stay, for the audit of their calls.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "region_name", updatable = false)
    private String regionName;

    @Column(name = "municipality_id", updatable = false)
    private Long municipalityId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by_id", nullable = false, updatable = false)
    private long createdById;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by_id")
    private Long revokedById;

    @Version
    private long version;

    protected ApiToken() {}

    ApiToken(String name, String regionName, Long municipalityId, String tokenHash, long createdById, Instant now) {
        if ((regionName == null) == (municipalityId == null)) {
            throw new IllegalArgumentException("a token is scoped to a region or to a municipality");
        }
        this.name = name;
        this.regionName = regionName;
        this.municipalityId = municipalityId;
        this.tokenHash = tokenHash;
        this.createdById = createdById;
        this.createdAt = now;
    }

    void revoke(long expectedVersion, long userId, Instant now) {
        if (expectedVersion != version) {
            throw new StaleVersionException(version);
        }
        if (revokedAt == null) {
            revokedAt = now;
            revokedById = userId;
        }
    }

    boolean active() {
        return revokedAt == null;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getRegionName() {
        return regionName;
    }

    Long getMunicipalityId() {
        return municipalityId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    long getVersion() {
        return version;
    }
}
