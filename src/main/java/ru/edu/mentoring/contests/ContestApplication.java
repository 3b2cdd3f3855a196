package ru.edu.mentoring.contests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A school's application: a mentor of its base (mentor contest) or a practice (practice contest) in a nomination. */
@Entity
@Table(name = "contest_application")
class ContestApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Column(name = "nomination_id")
    private Long nominationId;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "mentor_person_id")
    private Long mentorPersonId;

    @Column(name = "practice_id")
    private Long practiceId;

    @Column(name = "practice_title")
    private String practiceTitle;

    @Column(name = "practice_summary")
    private String practiceSummary;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "mean_total")
    private BigDecimal meanTotal;

    private Integer place;

    @Column(name = "entered_bank_at")
    private Instant enteredBankAt;

    @Version
    private long version;

    protected ContestApplication() {}

    ContestApplication(long contestId, Long nominationId, long schoolId, Long mentorPersonId, Long practiceId,
            String practiceTitle, String practiceSummary, Long submittedBy, Instant submittedAt) {
        this.contestId = contestId;
        this.nominationId = nominationId;
        this.schoolId = schoolId;
        this.mentorPersonId = mentorPersonId;
        this.practiceId = practiceId;
        this.practiceTitle = practiceTitle == null || practiceTitle.isBlank() ? null : practiceTitle.strip();
        this.practiceSummary = practiceSummary == null || practiceSummary.isBlank() ? null : practiceSummary.strip();
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    void result(BigDecimal meanTotal, Integer place) {
        this.meanTotal = meanTotal;
        this.place = place;
    }

    void enteredBank(Long practiceId, Instant at) {
        if (practiceId != null) {
            this.practiceId = practiceId;
        }
        this.enteredBankAt = at;
    }

    void mentorMerged(long keptId) {
        this.mentorPersonId = keptId;
    }

    Long getId() {
        return id;
    }

    long getContestId() {
        return contestId;
    }

    Long getNominationId() {
        return nominationId;
    }

    long getSchoolId() {
        return schoolId;
    }

    Long getMentorPersonId() {
        return mentorPersonId;
    }

    Long getPracticeId() {
        return practiceId;
    }

    String getPracticeTitle() {
        return practiceTitle;
    }

    String getPracticeSummary() {
        return practiceSummary;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    BigDecimal getMeanTotal() {
        return meanTotal;
    }

    Integer getPlace() {
        return place;
    }

    Instant getEnteredBankAt() {
        return enteredBankAt;
    }

    long getVersion() {
        return version;
    }
}
