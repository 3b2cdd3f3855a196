package ru.edu.mentoring.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;

/** A student's class in one academic year. */
@Entity
@jakarta.persistence.EntityListeners(MentorBaseChanges.class)
@Table(name = "student_class")
class StudentClass {

    @Embeddable
    record Key(@Column(name = "person_id") long personId, @Column(name = "academic_year") int academicYear)
            implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int grade;

    @Column(nullable = false)
    private String letter;

    @jakarta.persistence.Version
    private long version;

    protected StudentClass() {}

    StudentClass(long personId, int academicYear, int grade, String letter) {
        this.key = new Key(personId, academicYear);
        set(grade, letter);
    }

    void set(int grade, String letter) {
        this.grade = grade;
        this.letter = letter == null ? "" : letter.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public int getGrade() {
        return grade;
    }

    public String getLetter() {
        return letter;
    }

    public long getVersion() {
        return version;
    }

    int academicYear() {
        return key.academicYear();
    }

    long personId() {
        return key.personId();
    }

    /**
     * The usual age on 1 September for grade g is g+6 or g+7; a birth date that makes the student younger than g+5 or
     * older than g+9 on 1 September of the class's academic year is implausible (born 1950 and in class 2) and is saved
     * only when the curator confirms it. The one place that says so.
     */
    static final int YOUNGEST_OFFSET = 5;
    static final int OLDEST_OFFSET = 9;

    /** A class letter: one or two Cyrillic letters («А», «Б», «АБ»), or none. */
    static final String LETTER = "^$|^[А-ЯЁа-яё]{1,2}$";

    /** The student's age on 1 September of the academic year starting in {@code academicYear}. */
    static int ageOnFirstSeptember(LocalDate birthDate, int academicYear) {
        return Period.between(birthDate, LocalDate.of(academicYear, 9, 1)).getYears();
    }

    /** Whether a birth date fits a school grade (1–11) in the academic year; a college course is not checked here. */
    static boolean plausibleAge(int grade, LocalDate birthDate, int academicYear) {
        if (birthDate.isAfter(LocalDate.of(academicYear, 9, 1))) {
            return false;
        }
        int age = ageOnFirstSeptember(birthDate, academicYear);
        return age >= grade + YOUNGEST_OFFSET && age <= grade + OLDEST_OFFSET;
    }

    /** «7Б» */
    String label() {
        return label(grade, letter);
    }

    static String label(int grade, String letter) {
        return grade + letter;
    }

    /** The grade stays for the counts by year; the letter narrows a student down and goes on anonymisation. */
    void dropLetter() {
        this.letter = "";
    }
}
