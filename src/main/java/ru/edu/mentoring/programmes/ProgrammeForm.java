package ru.edu.mentoring.programmes;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/** A school's programme as its curator writes it. */
class ProgrammeForm {

    @Size(max = 2000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String goal;

    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String tasks;

    @Size(max = 2000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String variations;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate periodFrom;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate periodTo;

    private Long curatorId;

    private Long version;

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getTasks() {
        return tasks;
    }

    public void setTasks(String tasks) {
        this.tasks = tasks;
    }

    public String getVariations() {
        return variations;
    }

    public void setVariations(String variations) {
        this.variations = variations;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public Long getCuratorId() {
        return curatorId;
    }

    public void setCuratorId(Long curatorId) {
        this.curatorId = curatorId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
