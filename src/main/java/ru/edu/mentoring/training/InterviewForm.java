package ru.edu.mentoring.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/** The interview of a candidate: date, interviewer, result, comment. */
public class InterviewForm {

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate interviewDate;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    @PlainText
    private String interviewer;

    private InterviewResult interviewResult;

    @Size(max = 2000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String interviewComment;

    private long version;

    static InterviewForm of(MentorCandidate c) {
        InterviewForm f = new InterviewForm();
        f.interviewDate = c.getInterviewDate();
        f.interviewer = c.getInterviewer();
        f.interviewResult = c.getInterviewResult();
        f.interviewComment = c.getInterviewComment();
        f.version = c.getVersion();
        return f;
    }

    public LocalDate getInterviewDate() {
        return interviewDate;
    }

    public void setInterviewDate(LocalDate interviewDate) {
        this.interviewDate = interviewDate;
    }

    public String getInterviewer() {
        return interviewer;
    }

    public void setInterviewer(String interviewer) {
        this.interviewer = interviewer;
    }

    public InterviewResult getInterviewResult() {
        return interviewResult;
    }

    public void setInterviewResult(InterviewResult interviewResult) {
        this.interviewResult = interviewResult;
    }

    public String getInterviewComment() {
        return interviewComment;
    }

    public void setInterviewComment(String interviewComment) {
        this.interviewComment = interviewComment;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

}
