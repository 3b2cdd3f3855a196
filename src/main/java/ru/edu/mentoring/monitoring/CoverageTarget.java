package ru.edu.mentoring.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A municipality's target for one indicator in one year, e.g. 45,0 % of students involved by 31.12.2022. */
@Entity
@Table(name = "coverage_target")
class CoverageTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private long municipalityId;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, updatable = false, length = 40)
    private String indicator;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal percent;

    @Version
    private long version;

    protected CoverageTarget() {}

    CoverageTarget(long municipalityId, int year, String indicator, BigDecimal percent) {
        this.municipalityId = municipalityId;
        this.year = year;
        this.indicator = indicator;
        this.percent = percent;
    }

    void setPercent(BigDecimal percent) {
        this.percent = percent;
    }

    Long getId() {
        return id;
    }

    long getMunicipalityId() {
        return municipalityId;
    }

    int getYear() {
        return year;
    }

    String getIndicator() {
        return indicator;
    }

    BigDecimal getPercent() {
        return percent;
    }

    long getVersion() {
        return version;
    }
}
