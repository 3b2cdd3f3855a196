package ru.edu.mentoring.pairing;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The fields a pair's registration and a past pair's record share: the form and its variation, the mentor, the
 * mentees, the teachers' format, the start, and the token that makes a double submission record one pair.
 */
public abstract class PairFormFields {

    @NotNull(message = "{validation.required}")
    protected Long formId;

    protected Long variationId;

    @NotNull(message = "{pair.rule.mentorRequired}")
    protected Long mentorId;

    protected Set<Long> menteeIds = new LinkedHashSet<>();

    protected TeacherFormat teacherFormat;

    @NotNull(message = "{validation.date}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    protected LocalDate startDate;

    /** Makes a double-submitted create record one pair. */
    protected UUID token;

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

    public UUID getToken() {
        return token;
    }

    public void setToken(UUID token) {
        this.token = token;
    }
}
