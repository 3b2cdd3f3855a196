package ru.edu.mentoring.pairing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/**
 * A pair or group of a past academic year as the curator records it (issue 17 point 7): it is created already ended,
 * so there is no version (nothing to edit) and a token makes a second submission record nothing new.
 */
public class PastPairForm extends PairFormFields {

    @NotNull(message = "{validation.required}")
    private Integer academicYear;

    @NotNull(message = "{validation.date}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate endDate;

    @NotNull(message = "{pair.past.outcomeRequired}")
    private PairStatus outcome;

    @Size(max = 2000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String outcomeText;

    @Size(max = 2000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String goal;

    PastPairCommand toCommand() {
        return new PastPairCommand(academicYear, formId, variationId, mentorId, menteeIds, teacherFormat, startDate,
                endDate, outcome, outcomeText, goal, token);
    }

    public Integer getAcademicYear() {
        return academicYear;
    }

    public void setAcademicYear(Integer academicYear) {
        this.academicYear = academicYear;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public PairStatus getOutcome() {
        return outcome;
    }

    public void setOutcome(PairStatus outcome) {
        this.outcome = outcome;
    }

    public String getOutcomeText() {
        return outcomeText;
    }

    public void setOutcomeText(String outcomeText) {
        this.outcomeText = outcomeText;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }
}
