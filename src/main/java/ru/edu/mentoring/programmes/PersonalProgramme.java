package ru.edu.mentoring.programmes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/**
 * A teacher pair's personalised programme of mentoring (АЗ-1128/08): the mentee's professional difficulties, goal,
 * tasks and period (3–12 months recommended: outside it a warning, not a refusal), and its final sections — the
 * mentee's self-analysis, the mentor's review and the curator's conclusion, all entered by the curator.
 */
@Entity
@Table(name = "personal_programme")
class PersonalProgramme {

    static final int MIN_MONTHS = 3;
    static final int MAX_MONTHS = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pair_id", nullable = false, updatable = false)
    private long pairId;

    @Column(name = "school_id", nullable = false, updatable = false)
    private long schoolId;

    private String difficulties;

    private String goal;

    private String tasks;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "self_analysis")
    private String selfAnalysis;

    @Column(name = "mentor_review")
    private String mentorReview;

    @Column(name = "curator_conclusion")
    private String curatorConclusion;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PersonalProgramme() {}

    PersonalProgramme(long pairId, long schoolId, LocalDate start, LocalDate end, Instant now) {
        this.pairId = pairId;
        this.schoolId = schoolId;
        this.startDate = start;
        this.endDate = end;
        this.updatedAt = now;
    }

    void edit(String difficulties, String goal, String tasks, LocalDate start, LocalDate end, Instant now) {
        this.difficulties = blankToNull(difficulties);
        this.goal = blankToNull(goal);
        this.tasks = blankToNull(tasks);
        this.startDate = start;
        this.endDate = end;
        this.updatedAt = now;
    }

    void editResults(String selfAnalysis, String mentorReview, String curatorConclusion, Instant now) {
        this.selfAnalysis = blankToNull(selfAnalysis);
        this.mentorReview = blankToNull(mentorReview);
        this.curatorConclusion = blankToNull(curatorConclusion);
        this.updatedAt = now;
    }

    /** Whether a period lies outside the recommended 3 months to 1 year. */
    static boolean durationOutsideRange(LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            return false;
        }
        return end.isBefore(start.plusMonths(MIN_MONTHS)) || end.isAfter(start.plusMonths(MAX_MONTHS));
    }

    /** Whole months of the period, for the page. */
    static int months(LocalDate start, LocalDate end) {
        return (int) Period.between(start, end).toTotalMonths();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    Long getId() {
        return id;
    }

    long getPairId() {
        return pairId;
    }

    long getSchoolId() {
        return schoolId;
    }

    String getDifficulties() {
        return difficulties;
    }

    String getGoal() {
        return goal;
    }

    String getTasks() {
        return tasks;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    String getSelfAnalysis() {
        return selfAnalysis;
    }

    String getMentorReview() {
        return mentorReview;
    }

    String getCuratorConclusion() {
        return curatorConclusion;
    }

    long getVersion() {
        return version;
    }
}
