package ru.edu.mentoring.pairing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/**
 * A pair or group of a past academic year as the curator records it (issue 17 point 7): it is created already ended,
 * so there is no version (nothing to edit) and a token makes a second submission record nothing new.
 */
public class PastPairForm {

    @NotNull(message = "{validation.required}")
    private Integer academicYear;

    @NotNull(message = "{validation.required}")
    private Long formId;

    private Long variationId;

    @NotNull(message = "{pair.rule.mentorRequired}")
    private Long mentorId;

    private Set<Long> menteeIds = new LinkedHashSet<>();

    private TeacherFormat teacherFormat;

    @NotNull(message = "{validation.date}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate startDate;

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

    private UUID token;

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

    public Long getFormId() {
        return formId;
    }

    public void setFormId(Long formId) {
        this.formId = formId;
    }

    public Long getVariationId() {
        return variationId;
    }

    public void setVariationId(Long variationId) {
        this.variationId = variationId;
    }

    public Long getMentorId() {
        return mentorId;
    }

    public void setMentorId(Long mentorId) {
        this.mentorId = mentorId;
    }

    public Set<Long> getMenteeIds() {
        return menteeIds;
    }

    public void setMenteeIds(Set<Long> menteeIds) {
        this.menteeIds = menteeIds == null ? new LinkedHashSet<>() : menteeIds;
    }

    public TeacherFormat getTeacherFormat() {
        return teacherFormat;
    }

    public void setTeacherFormat(TeacherFormat teacherFormat) {
        this.teacherFormat = teacherFormat;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
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

    public UUID getToken() {
        return token;
    }

    public void setToken(UUID token) {
        this.token = token;
    }
}
