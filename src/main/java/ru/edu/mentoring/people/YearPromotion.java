package ru.edu.mentoring.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of «Перевод в следующий учебный год» of a school (see {@link NewSchoolYear}): what it did, by whom. */
@Entity
@Table(name = "year_promotion")
class YearPromotion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "from_year", nullable = false)
    private int fromYear;

    @Column(nullable = false)
    private int promoted;

    @Column(nullable = false)
    private int graduated;

    @Column(nullable = false)
    private int kept;

    @Column(nullable = false)
    private int skipped;

    @Column(name = "run_by")
    private Long runBy;

    @Column(name = "run_at", nullable = false)
    private Instant runAt = Instant.now();

    protected YearPromotion() {}

    YearPromotion(long schoolId, int fromYear, int promoted, int graduated, int kept, int skipped, Long runBy) {
        this.schoolId = schoolId;
        this.fromYear = fromYear;
        this.promoted = promoted;
        this.graduated = graduated;
        this.kept = kept;
        this.skipped = skipped;
        this.runBy = runBy;
    }

    public Long getId() {
        return id;
    }

    long getSchoolId() {
        return schoolId;
    }

    public int getFromYear() {
        return fromYear;
    }

    public int getPromoted() {
        return promoted;
    }

    public int getGraduated() {
        return graduated;
    }

    public int getKept() {
        return kept;
    }

    public int getSkipped() {
        return skipped;
    }

    public Instant getRunAt() {
        return runAt;
    }

    /** When it ran, in the portal's zone (for the page). */
    public java.time.LocalDateTime getRunAtLocal() {
        return java.time.LocalDateTime.ofInstant(runAt, java.time.ZoneId.of("Europe/Moscow"));
    }
}
