package ru.edu.mentoring.schools;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@jakarta.persistence.EntityListeners(SchoolChanges.class)
@Table(name = "school")
class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "municipality_id", nullable = false)
    private long municipalityId;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "short_name", nullable = false)
    private String shortName;

    /** The short name's natural-order key, kept by PostgreSQL (V53): lists paged in SQL order by it. */
    @Column(name = "sort_key", insertable = false, updatable = false)
    private String sortKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SchoolKind kind;

    private String address;

    private String site;

    @Column(name = "head_name")
    private String headName;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version
    private long version;

    protected School() {}

    School(long municipalityId) {
        this.municipalityId = municipalityId;
    }

    void update(SchoolForm form) {
        this.fullName = form.getFullName().strip();
        this.shortName = form.getShortName().strip();
        this.kind = form.getKind();
        this.address = blankToNull(form.getAddress());
        this.site = blankToNull(form.getSite());
        this.headName = blankToNull(form.getHeadName());
        this.updatedAt = Instant.now();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public long getMunicipalityId() {
        return municipalityId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getShortName() {
        return shortName;
    }

    public SchoolKind getKind() {
        return kind;
    }

    public String getAddress() {
        return address;
    }

    public String getSite() {
        return site;
    }

    public String getHeadName() {
        return headName;
    }

    public long getVersion() {
        return version;
    }
}
