package ru.edu.mentoring.people;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.edu.mentoring.shared.PlainText;

/** A person's entry in the mentor base. */
public class MentorForm {

    @Size(max = 2000, message = "{validation.tooLong}")
    @PlainText(multiline = true)
    private String competences;

    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{mentor.capacity.invalid}")
    @Max(value = 30, message = "{mentor.capacity.invalid}")
    private Integer capacity = 3;

    @PastOrPresent(message = "{mentor.trainingDate.future}")
    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate trainingDate;

    @Size(max = 300, message = "{validation.tooLong}")
    @PlainText
    private String trainingProgramme;

    private boolean inBase = true;

    private long version;

    public MentorForm() {}

    public MentorForm(String competences, int capacity, LocalDate trainingDate, String trainingProgramme) {
        this.competences = competences;
        this.capacity = capacity;
        this.trainingDate = trainingDate;
        this.trainingProgramme = trainingProgramme;
    }

    static MentorForm of(MentorProfile m) {
        MentorForm f = new MentorForm(m.getCompetences(), m.getCapacity(), m.getTrainingDate(),
                m.getTrainingProgramme());
        f.inBase = m.isInBase();
        f.version = m.getVersion();
        return f;
    }

    public String getCompetences() {
        return competences;
    }

    public void setCompetences(String competences) {
        this.competences = competences;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDate getTrainingDate() {
        return trainingDate;
    }

    public void setTrainingDate(LocalDate trainingDate) {
        this.trainingDate = trainingDate;
    }

    public String getTrainingProgramme() {
        return trainingProgramme;
    }

    public void setTrainingProgramme(String trainingProgramme) {
        this.trainingProgramme = trainingProgramme;
    }

    public boolean isInBase() {
        return inBase;
    }

    public void setInBase(boolean inBase) {
        this.inBase = inBase;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
