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

    private String achievements;

    private String interests;

    private String wantedMenteeAge;

    private String contactTimePlace;

    private Long wantedFormId;

    private boolean inBase = true;

    private long version;

    public MentorForm() {}

    static MentorForm of(MentorProfile m) {
        MentorForm f = new MentorForm();
        f.competences = m.getCompetences();
        f.capacity = m.getCapacity();
        f.trainingDate = m.getTrainingDate();
        f.trainingProgramme = m.getTrainingProgramme();
        f.achievements = m.getAchievements();
        f.interests = m.getInterests();
        f.wantedMenteeAge = m.getWantedMenteeAge();
        f.contactTimePlace = m.getContactTimePlace();
        f.wantedFormId = m.getWantedFormId();
        f.inBase = m.isInBase();
        f.version = m.getVersion();
        return f;
    }

    /** The command this form gives. */
    SaveMentorEntry command() {
        return new SaveMentorEntry(competences, capacity, trainingDate, trainingProgramme, achievements, interests,
                wantedMenteeAge, contactTimePlace, wantedFormId, inBase, version);
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

    public String getAchievements() {
        return achievements;
    }

    public void setAchievements(String achievements) {
        this.achievements = achievements;
    }

    public String getInterests() {
        return interests;
    }

    public void setInterests(String interests) {
        this.interests = interests;
    }

    public String getWantedMenteeAge() {
        return wantedMenteeAge;
    }

    public void setWantedMenteeAge(String wantedMenteeAge) {
        this.wantedMenteeAge = wantedMenteeAge;
    }

    public String getContactTimePlace() {
        return contactTimePlace;
    }

    public void setContactTimePlace(String contactTimePlace) {
        this.contactTimePlace = contactTimePlace;
    }

    public Long getWantedFormId() {
        return wantedFormId;
    }

    public void setWantedFormId(Long wantedFormId) {
        this.wantedFormId = wantedFormId;
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
