package ru.edu.mentoring.questionnaires;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The curator's SWOT analysis of a form of mentoring at the school for an academic year (one item per line). */
@Entity
@Table(name = "swot_analysis")
class SwotAnalysis {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "form_id", nullable = false)
    private long formId;

    @Column(name = "academic_year", nullable = false)
    private int academicYear;

    private String strengths;
    private String weaknesses;
    private String opportunities;
    private String threats;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Version
    private long version;

    protected SwotAnalysis() {}

    SwotAnalysis(long schoolId, long formId, int academicYear) {
        this.schoolId = schoolId;
        this.formId = formId;
        this.academicYear = academicYear;
    }

    void update(String strengths, String weaknesses, String opportunities, String threats, Long userId) {
        this.strengths = strengths;
        this.weaknesses = weaknesses;
        this.opportunities = opportunities;
        this.threats = threats;
        this.updatedBy = userId;
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public long getFormId() {
        return formId;
    }

    public int getAcademicYear() {
        return academicYear;
    }

    public String getStrengths() {
        return strengths;
    }

    public String getWeaknesses() {
        return weaknesses;
    }

    public String getOpportunities() {
        return opportunities;
    }

    public String getThreats() {
        return threats;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
