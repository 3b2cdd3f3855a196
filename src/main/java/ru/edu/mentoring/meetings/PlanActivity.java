package ru.edu.mentoring.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One activity of a pair's or group's individual plan. */
@Entity
@Table(name = "plan_activity")
class PlanActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pair_id", nullable = false)
    private long pairId;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    private String section;

    @Column(nullable = false)
    private String activity;

    @Column(name = "due_date")
    private LocalDate dueDate;

    private String format;

    @Column(name = "expected_result")
    private String expectedResult;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_date")
    private LocalDate doneDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected PlanActivity() {}

    PlanActivity(long pairId, long schoolId) {
        this.pairId = pairId;
        this.schoolId = schoolId;
    }

    void define(String section, String activity, LocalDate dueDate, String format, String expectedResult,
            boolean done, LocalDate doneDate) {
        this.section = blankToNull(section);
        this.activity = activity.strip();
        this.dueDate = dueDate;
        this.format = blankToNull(format);
        this.expectedResult = blankToNull(expectedResult);
        this.done = done;
        this.doneDate = done ? doneDate : null;
    }

    void markDone(boolean done, LocalDate on) {
        this.done = done;
        this.doneDate = done ? on : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public long getPairId() {
        return pairId;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public String getSection() {
        return section;
    }

    public String getActivity() {
        return activity;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getFormat() {
        return format;
    }

    public String getExpectedResult() {
        return expectedResult;
    }

    public boolean isDone() {
        return done;
    }

    public LocalDate getDoneDate() {
        return doneDate;
    }

    public long getVersion() {
        return version;
    }
}
