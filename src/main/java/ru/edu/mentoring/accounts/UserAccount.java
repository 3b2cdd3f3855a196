package ru.edu.mentoring.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "app_user")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private String email;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "municipality_id")
    private Long municipalityId;

    /** The region a regional centre's user reads (issue 22); null for other users. */
    @Column(name = "region_id")
    private Long regionId;

    @ElementCollection
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "app_user_school", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "school_id", nullable = false)
    private Set<Long> schoolIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected UserAccount() {}

    UserAccount(String username, String passwordHash, String fullName) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
    }

    CurrentUser toCurrentUser() {
        return toCurrentUser(Set.of());
    }

    /** The user with the municipalities of their region as they are now (read at login). */
    CurrentUser toCurrentUser(Set<Long> regionMunicipalities) {
        return new CurrentUser(
                id, username, fullName, roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), municipalityId, schoolIds,
                regionId, regionId == null ? Set.of() : regionMunicipalities);
    }

    /** Binds the user to a region (null: none); true when that changed what the user may reach. */
    boolean changeRegion(Long regionId) {
        boolean changed = !java.util.Objects.equals(this.regionId, regionId);
        this.regionId = regionId;
        return changed;
    }

    public Long getRegionId() {
        return regionId;
    }

    /** Changes the account; true when what the user may reach changed (roles, municipality or schools). */
    boolean update(String fullName, String email, Set<Role> roles, Long municipalityId, Set<Long> schoolIds) {
        boolean access = !this.roles.equals(Set.copyOf(roles))
                || !java.util.Objects.equals(this.municipalityId, municipalityId)
                || !this.schoolIds.equals(Set.copyOf(schoolIds));
        this.fullName = fullName;
        this.email = email;
        this.roles.clear();
        this.roles.addAll(roles);
        this.municipalityId = municipalityId;
        this.schoolIds.clear();
        this.schoolIds.addAll(schoolIds);
        return access;
    }

    /** Adds the school; true when that changed the account. */
    boolean bindToSchool(long schoolId, Long municipalityId) {
        boolean changed = schoolIds.add(schoolId);
        if (this.municipalityId == null) {
            this.municipalityId = municipalityId;
            changed = true;
        }
        return changed;
    }

    /** Removes the school; true when the account had it. */
    boolean unbindFromSchool(long schoolId) {
        return schoolIds.remove(schoolId);
    }

    /** A failed login: after {@code max} in a row the account locks until {@code now + lockout}. */
    void recordFailedLogin(int max, java.time.Duration lockout, Instant now) {
        failedLogins++;
        if (failedLogins >= max) {
            lockedUntil = now.plus(lockout);
            failedLogins = 0;
        }
    }

    void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public Set<Long> getSchoolIds() {
        return schoolIds;
    }

    public long getVersion() {
        return version;
    }
}
