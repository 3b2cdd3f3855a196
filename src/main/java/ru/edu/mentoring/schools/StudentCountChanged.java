package ru.edu.mentoring.schools;

/** A school's student count of a year (the denominator of coverage) was entered or changed, in that transaction. */
public record StudentCountChanged(long schoolId, int year) {}
