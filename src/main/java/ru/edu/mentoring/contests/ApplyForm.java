package ru.edu.mentoring.contests;

import jakarta.validation.constraints.Size;
import ru.edu.mentoring.shared.PlainText;

/** A school's application (the files come as separate parts of the request). */
public class ApplyForm {

    private Long nominationId;

    private Long mentorPersonId;

    private Long practiceId;

    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    private String practiceTitle;

    @Size(max = 4000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String practiceSummary;

    public Long getNominationId() { return nominationId; }
    public void setNominationId(Long nominationId) { this.nominationId = nominationId; }
    public Long getMentorPersonId() { return mentorPersonId; }
    public void setMentorPersonId(Long mentorPersonId) { this.mentorPersonId = mentorPersonId; }
    public Long getPracticeId() { return practiceId; }
    public void setPracticeId(Long practiceId) { this.practiceId = practiceId; }
    public String getPracticeTitle() { return practiceTitle; }
    public void setPracticeTitle(String practiceTitle) { this.practiceTitle = practiceTitle; }
    public String getPracticeSummary() { return practiceSummary; }
    public void setPracticeSummary(String practiceSummary) { this.practiceSummary = practiceSummary; }
}
