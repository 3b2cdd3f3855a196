package ru.edu.mentoring.schools;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** The number of students of a school in a calendar year (контингент): the denominator of coverage. */
@Entity
@jakarta.persistence.EntityListeners(SchoolChanges.class)
@Table(name = "student_count")
class StudentCount {

    @Embeddable
    record Key(@Column(name = "school_id") long schoolId, @Column(name = "year") int year) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int students;

    @Column(name = "entered_by")
    private Long enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt = Instant.now();

    @Version
    private long version;

    protected StudentCount() {}

    StudentCount(long schoolId, int year) {
        this.key = new Key(schoolId, year);
    }

    void set(int students, Long userId) {
        this.students = students;
        this.enteredBy = userId;
        this.enteredAt = Instant.now();
    }

    long schoolId() {
        return key.schoolId();
    }

    int year() {
        return key.year();
    }

    public int getYear() {
        return key.year();
    }

    public int getStudents() {
        return students;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public java.time.LocalDate getEnteredOn() {
        return enteredAt.atZone(java.time.ZoneId.of("Europe/Moscow")).toLocalDate();
    }

    public long getVersion() {
        return version;
    }
}
