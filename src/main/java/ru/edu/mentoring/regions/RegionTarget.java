package ru.edu.mentoring.regions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** The region's coverage target of a year, a percentage of its students. */
@Entity
@Table(name = "region_target")
class RegionTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_id", nullable = false)
    private long regionId;

    @Column(nullable = false)
    private int year;

    @Column(nullable = false)
    private BigDecimal percent;

    @Version
    private long version;

    protected RegionTarget() {}

    RegionTarget(long regionId, int year, BigDecimal percent) {
        this.regionId = regionId;
        this.year = year;
        this.percent = percent;
    }

    void setPercent(BigDecimal percent) {
        this.percent = percent;
    }

    Long getId() {
        return id;
    }

    long getRegionId() {
        return regionId;
    }

    int getYear() {
        return year;
    }

    BigDecimal getPercent() {
        return percent;
    }

    long getVersion() {
        return version;
    }
}
