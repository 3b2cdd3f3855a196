package ru.edu.mentoring.people;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A person's entry in the mentor base as the form binds it (web side), mapped to {@link SaveMentorEntry}. */
public class MentorForm {

    private String competences;

    private Integer capacity = 3;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate trainingDate;

    private String trainingProgramme;

    private boolean inBase = true;

    private long version;

    public MentorForm() {}

    static MentorForm of(MentorProfile m) {
        MentorForm f = new MentorForm();
        f.competences = m.getCompetences();
        f.capacity = m.getCapacity();
        f.trainingDate = m.getTrainingDate();
        f.trainingProgramme = m.getTrainingProgramme();
        f.inBase = m.isInBase();
        f.version = m.getVersion();
        return f;
    }

    /** The command this form gives. */
    SaveMentorEntry command() {
        return new SaveMentorEntry(competences, capacity, trainingDate, trainingProgramme, inBase, version);
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
