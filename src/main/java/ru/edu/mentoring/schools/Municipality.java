package ru.edu.mentoring.schools;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@jakarta.persistence.EntityListeners(SchoolChanges.class)
@Table(name = "municipality")
class Municipality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(name = "region_name", nullable = false)
    private String regionName;

    @Version
    private long version;

    protected Municipality() {}

    Municipality(String name, String regionName) {
        this.name = name;
        this.regionName = regionName;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRegionName() {
        return regionName;
    }
}
