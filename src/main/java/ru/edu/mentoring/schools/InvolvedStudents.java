package ru.edu.mentoring.schools;

/**
 * How many of a school's students already take part in mentoring in a calendar year (counted once, as mentee or
 * mentor): the least student count that makes sense for that year. Implemented by the monitoring module.
 */
public interface InvolvedStudents {
    long involved(long schoolId, int year);
}
