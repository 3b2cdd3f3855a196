package ru.edu.mentoring.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A person in the school's mentor base. */
@Entity
@jakarta.persistence.EntityListeners(MentorBaseChanges.class)
@Table(name = "mentor_profile")
class MentorProfile {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    private String competences;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "training_date")
    private LocalDate trainingDate;

    @Column(name = "training_programme")
    private String trainingProgramme;

    @Column(name = "included_on", nullable = false)
    private LocalDate includedOn;

    /** МР-42/02 «важные для программы достижения». */
    private String achievements;

    private String interests;

    @Column(name = "wanted_mentee_age")
    private String wantedMenteeAge;

    @Column(name = "contact_time_place")
    private String contactTimePlace;

    /** The form of mentoring the mentor is for (МР-42/02 «форма наставничества»), or null: any. */
    @Column(name = "wanted_form_id")
    private Long wantedFormId;

    @Column(name = "in_base", nullable = false)
    private boolean inBase = true;

    @Version
    private long version;

    protected MentorProfile() {}

    MentorProfile(long personId, long schoolId, LocalDate includedOn) {
        this.personId = personId;
        this.schoolId = schoolId;
        this.includedOn = includedOn;
    }

    /** The most mentees a minor student mentors at once. */
    static final int MAX_MINOR_CAPACITY = 5;

    /**
     * The capacity rule, one implementation for the mentor form, the service and the import: a student who is a minor
     * (by {@link Adulthood}; asked only when it matters) mentors at most {@link #MAX_MINOR_CAPACITY} people.
     */
    static java.util.Optional<Violation> capacityProblem(PersonKind kind, java.util.function.BooleanSupplier minor,
            Integer capacity) {
        if (kind == PersonKind.STUDENT && capacity != null && capacity > MAX_MINOR_CAPACITY && minor.getAsBoolean()) {
            return java.util.Optional.of(new Violation("capacity", "mentor.capacity.student"));
        }
        return java.util.Optional.empty();
    }

    void update(String competences, int capacity, LocalDate trainingDate, String trainingProgramme, boolean inBase) {
        this.competences = Person.blankToNull(competences);
        this.capacity = capacity;
        this.trainingDate = trainingDate;
        this.trainingProgramme = Person.blankToNull(trainingProgramme);
        this.inBase = inBase;
    }

    /** The МР-42/02 fields of the entry (the mentor form, the import). */
    void profile(String achievements, String interests, String wantedMenteeAge, String contactTimePlace,
            Long wantedFormId) {
        this.achievements = Person.blankToNull(achievements);
        this.interests = Person.blankToNull(interests);
        this.wantedMenteeAge = Person.blankToNull(wantedMenteeAge);
        this.contactTimePlace = Person.blankToNull(contactTimePlace);
        this.wantedFormId = wantedFormId;
    }

    /** The day the mentor entered the programme, as a file says (МР-42/02 «дата вхождения в программу»). */
    void includedOn(LocalDate day) {
        this.includedOn = day;
    }

    /** Free text may name the person; it goes when the person is anonymised. */
    void anonymise() {
        this.competences = null;
        this.trainingProgramme = null;
        this.achievements = null;
        this.interests = null;
        this.wantedMenteeAge = null;
        this.contactTimePlace = null;
        this.inBase = false;
    }

    void leaveBase() {
        this.inBase = false;
    }

    /** The person moved to another school: out of the base, and the entry (history kept) now of the new school. */
    void moveTo(long schoolId) {
        this.inBase = false;
        this.schoolId = schoolId;
    }

    boolean trained() {
        return trainingDate != null;
    }

    long schoolId() {
        return schoolId;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getCompetences() {
        return competences;
    }

    public int getCapacity() {
        return capacity;
    }

    public LocalDate getTrainingDate() {
        return trainingDate;
    }

    public String getTrainingProgramme() {
        return trainingProgramme;
    }

    public LocalDate getIncludedOn() {
        return includedOn;
    }

    public String getAchievements() {
        return achievements;
    }

    public String getInterests() {
        return interests;
    }

    public String getWantedMenteeAge() {
        return wantedMenteeAge;
    }

    public String getContactTimePlace() {
        return contactTimePlace;
    }

    public Long getWantedFormId() {
        return wantedFormId;
    }

    public boolean isInBase() {
        return inBase;
    }

    public long getVersion() {
        return version;
    }
}
