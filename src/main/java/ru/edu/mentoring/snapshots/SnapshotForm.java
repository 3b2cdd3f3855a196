package ru.edu.mentoring.snapshots;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The department's request for a new version: the year and the period. */
public class SnapshotForm {

    @NotNull
    @Min(2020)
    @Max(2100)
    private Integer year;

    @NotNull
    private SnapshotPeriod period = SnapshotPeriod.YEAR;

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public SnapshotPeriod getPeriod() {
        return period;
    }

    public void setPeriod(SnapshotPeriod period) {
        this.period = period;
    }
}
