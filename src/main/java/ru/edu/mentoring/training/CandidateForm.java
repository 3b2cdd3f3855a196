package ru.edu.mentoring.training;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/** A candidate's questionnaire as the form binds it («Анкета кандидата в наставники»); the person only when applying. */
public class CandidateForm {

    private Long applicant;

    @Size(max = 2000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String motivation;

    @Size(max = 2000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String experience;

    @Size(max = 2000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String competences;

    @Size(max = 1000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String interests;

    @Size(max = 1000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String preferredMentees;

    @Size(max = 500, message = "{validation.tooLong}")
    @PlainText
    private String availability;

    private long version;

    static CandidateForm of(MentorCandidate c) {
        CandidateForm f = new CandidateForm();
        f.motivation = c.getMotivation();
        f.experience = c.getExperience();
        f.competences = c.getCompetences();
        f.interests = c.getInterests();
        f.preferredMentees = c.getPreferredMentees();
        f.availability = c.getAvailability();
        f.version = c.getVersion();
        return f;
    }

    Questionnaire answers() {
        return new Questionnaire(motivation, experience, competences, interests, preferredMentees,
                availability);
    }

    public Long getApplicant() {
        return applicant;
    }

    public void setApplicant(Long applicant) {
        this.applicant = applicant;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public String getExperience() {
        return experience;
    }

    public void setExperience(String experience) {
        this.experience = experience;
    }

    public String getCompetences() {
        return competences;
    }

    public void setCompetences(String competences) {
        this.competences = competences;
    }

    public String getInterests() {
        return interests;
    }

    public void setInterests(String interests) {
        this.interests = interests;
    }

    public String getPreferredMentees() {
        return preferredMentees;
    }

    public void setPreferredMentees(String preferredMentees) {
        this.preferredMentees = preferredMentees;
    }

    public String getAvailability() {
        return availability;
    }

    public void setAvailability(String availability) {
        this.availability = availability;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

}
