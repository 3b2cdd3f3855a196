package ru.edu.mentoring.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/** An activity of the individual plan as the curator enters it. */
class ActivityForm {

    @Size(max = 200, message = "{validation.tooLong}")
    @PlainText
    private String section;

    @NotBlank(message = "{validation.required}")
    @Size(max = 1000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String activity;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate dueDate;

    @Size(max = 200, message = "{validation.tooLong}")
    @PlainText
    private String format;

    @Size(max = 1000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String expectedResult;

    private boolean done;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate doneDate;

    private Long version;

    static ActivityForm of(PlanActivity a) {
        ActivityForm f = new ActivityForm();
        f.section = a.getSection();
        f.activity = a.getActivity();
        f.dueDate = a.getDueDate();
        f.format = a.getFormat();
        f.expectedResult = a.getExpectedResult();
        f.done = a.isDone();
        f.doneDate = a.getDoneDate();
        f.version = a.getVersion();
        return f;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public String getExpectedResult() {
        return expectedResult;
    }

    public void setExpectedResult(String expectedResult) {
        this.expectedResult = expectedResult;
    }

    public boolean isDone() {
        return done;
    }

    public void setDone(boolean done) {
        this.done = done;
    }

    public LocalDate getDoneDate() {
        return doneDate;
    }

    public void setDoneDate(LocalDate doneDate) {
        this.doneDate = doneDate;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
