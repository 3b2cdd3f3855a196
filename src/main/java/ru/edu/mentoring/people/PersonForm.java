package ru.edu.mentoring.people;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A student, teacher or external person as the curator enters them (web side): bound from the page, then mapped to
 * {@link SavePerson}, which declares the field constraints and is validated into this form's errors.
 */
public class PersonForm {

    private String lastName;

    private String firstName;

    private String middleName;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate birthDate;

    private String externalKey;

    private Integer grade;

    private String letter;

    private String position;

    private String subjects;

    @DateTimeFormat(pattern = "yyyy-MM-dd")
    private LocalDate teachingSince;

    private boolean newStaff;

    private ExternalKind externalKind;

    private String organisation;

    /** The curator's «Дата рождения верна» for a birth date that does not fit the class. */
    private boolean birthDateConfirmed;

    /** The curator's «Это другой человек, сохранить» when a record of the same name and birth date exists. */
    private boolean duplicateConfirmed;

    private long version;

    /** Makes a double-submitted create register one person. */
    private java.util.UUID token;

    public PersonForm() {}

    static PersonForm of(Person p, StudentClass current) {
        PersonForm f = new PersonForm();
        f.lastName = p.getLastName();
        f.firstName = p.getFirstName();
        f.middleName = p.getMiddleName();
        f.birthDate = p.getBirthDate();
        f.externalKey = p.getExternalKey();
        f.position = p.getPosition();
        f.subjects = p.getSubjects();
        f.teachingSince = p.getTeachingSince();
        f.newStaff = p.isNewStaff();
        f.externalKind = p.getExternalKind();
        f.organisation = p.getOrganisation();
        f.version = p.getVersion();
        if (current != null) {
            f.grade = current.getGrade();
            f.letter = current.getLetter();
        }
        return f;
    }

    /** The command this form gives. */
    SavePerson command() {
        return new SavePerson(lastName, firstName, middleName, birthDate, externalKey, grade, letter, position,
                subjects, teachingSince, newStaff, externalKind, organisation, birthDateConfirmed, version, token);
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public boolean isDuplicateConfirmed() {
        return duplicateConfirmed;
    }

    public void setDuplicateConfirmed(boolean duplicateConfirmed) {
        this.duplicateConfirmed = duplicateConfirmed;
    }

    public boolean isBirthDateConfirmed() {
        return birthDateConfirmed;
    }

    public void setBirthDateConfirmed(boolean birthDateConfirmed) {
        this.birthDateConfirmed = birthDateConfirmed;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getExternalKey() {
        return externalKey;
    }

    public void setExternalKey(String externalKey) {
        this.externalKey = externalKey;
    }

    public Integer getGrade() {
        return grade;
    }

    public void setGrade(Integer grade) {
        this.grade = grade;
    }

    public String getLetter() {
        return letter;
    }

    public void setLetter(String letter) {
        this.letter = letter;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getSubjects() {
        return subjects;
    }

    public void setSubjects(String subjects) {
        this.subjects = subjects;
    }

    public LocalDate getTeachingSince() {
        return teachingSince;
    }

    public void setTeachingSince(LocalDate teachingSince) {
        this.teachingSince = teachingSince;
    }

    public boolean isNewStaff() {
        return newStaff;
    }

    public void setNewStaff(boolean newStaff) {
        this.newStaff = newStaff;
    }

    public ExternalKind getExternalKind() {
        return externalKind;
    }

    public void setExternalKind(ExternalKind externalKind) {
        this.externalKind = externalKind;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public long getVersion() {
        return version;
    }

    public java.util.UUID getToken() {
        return token;
    }

    public void setToken(java.util.UUID token) {
        this.token = token;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
