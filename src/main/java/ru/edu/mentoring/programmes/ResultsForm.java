package ru.edu.mentoring.programmes;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/** The final sections of a personalised programme, entered by the curator. */
class ResultsForm {

    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String selfAnalysis;

    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String mentorReview;

    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String curatorConclusion;

    private Long version;

    public String getSelfAnalysis() {
        return selfAnalysis;
    }

    public void setSelfAnalysis(String selfAnalysis) {
        this.selfAnalysis = selfAnalysis;
    }

    public String getMentorReview() {
        return mentorReview;
    }

    public void setMentorReview(String mentorReview) {
        this.mentorReview = mentorReview;
    }

    public String getCuratorConclusion() {
        return curatorConclusion;
    }

    public void setCuratorConclusion(String curatorConclusion) {
        this.curatorConclusion = curatorConclusion;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
