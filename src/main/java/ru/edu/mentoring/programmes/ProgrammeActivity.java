package ru.edu.mentoring.programmes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** One row of a personalised programme's plan: the activity, its date, the expected result, done and its result. */
@Entity
@Table(name = "personal_programme_activity")
class ProgrammeActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(nullable = false)
    private String activity;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "expected_result")
    private String expectedResult;

    @Column(nullable = false)
    private boolean done;

    private String result;

    @Version
    private long version;

    protected ProgrammeActivity() {}

    ProgrammeActivity(long programmeId) {
        this.programmeId = programmeId;
    }

    void edit(String activity, LocalDate dueDate, String expectedResult, boolean done, String result) {
        this.activity = activity.strip();
        this.dueDate = dueDate;
        this.expectedResult = expectedResult == null || expectedResult.isBlank() ? null : expectedResult.strip();
        this.done = done;
        this.result = result == null || result.isBlank() ? null : result.strip();
    }

    Long getId() {
        return id;
    }

    long getProgrammeId() {
        return programmeId;
    }

    String getActivity() {
        return activity;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    String getExpectedResult() {
        return expectedResult;
    }

    boolean isDone() {
        return done;
    }

    String getResult() {
        return result;
    }

    long getVersion() {
        return version;
    }
}
