package ru.edu.mentoring.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A student's class in one academic year. */
@Entity
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

    int academicYear() {
        return key.academicYear();
    }

    long personId() {
        return key.personId();
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
