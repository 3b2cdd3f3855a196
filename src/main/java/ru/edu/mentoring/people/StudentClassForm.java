package ru.edu.mentoring.people;

import jakarta.validation.constraints.Size;
import ru.edu.mentoring.shared.PlainText;

/**
 * A student's class of one academic year as the curator enters or corrects it (issue 17 point 7). The version is the
 * class's (or -1 for a year shown without one); person and school never come from the form.
 */
public class StudentClassForm {

    private Integer academicYear;

    private Integer grade;

    @Size(max = 2, message = "{person.letter.invalid}")
    @PlainText
    private String letter;

    private boolean birthDateConfirmed;

    private long version = -1;

    public StudentClassForm() {}

    StudentClassForm(Integer academicYear, Integer grade, String letter, long version) {
        this.academicYear = academicYear;
        this.grade = grade;
        this.letter = letter;
        this.version = version;
    }

    public Integer getAcademicYear() {
        return academicYear;
    }

    public void setAcademicYear(Integer academicYear) {
        this.academicYear = academicYear;
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

    public boolean isBirthDateConfirmed() {
        return birthDateConfirmed;
    }

    public void setBirthDateConfirmed(boolean birthDateConfirmed) {
        this.birthDateConfirmed = birthDateConfirmed;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
