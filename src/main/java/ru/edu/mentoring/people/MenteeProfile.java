package ru.edu.mentoring.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A person in the school's mentee base with their key request («ключевой запрос»). */
@Entity
@jakarta.persistence.EntityListeners(MentorBaseChanges.class)
@Table(name = "mentee_profile")
class MenteeProfile {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(nullable = false)
    private String request;

    @Column(name = "wanted_form_id")
    private Long wantedFormId;

    @Column(name = "included_on", nullable = false)
    private LocalDate includedOn;

    @Column(name = "in_base", nullable = false)
    private boolean inBase = true;

    @Version
    private long version;

    protected MenteeProfile() {}

    MenteeProfile(long personId, long schoolId, LocalDate includedOn) {
        this.personId = personId;
        this.schoolId = schoolId;
        this.includedOn = includedOn;
    }

    void update(String request, Long wantedFormId, boolean inBase) {
        this.request = request.strip();
        this.wantedFormId = wantedFormId;
        this.inBase = inBase;
    }

    /** The day the mentee entered the programme, as a file says (МР-42/02 «дата вхождения в программу»). */
    void includedOn(LocalDate day) {
        this.includedOn = day;
    }

    /** Free text may name the person; it goes when the person is anonymised. */
    void anonymise() {
        this.request = "—";
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

    long schoolId() {
        return schoolId;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getRequest() {
        return request;
    }

    public Long getWantedFormId() {
        return wantedFormId;
    }

    public LocalDate getIncludedOn() {
        return includedOn;
    }

    public boolean isInBase() {
        return inBase;
    }

    public long getVersion() {
        return version;
    }
}
