package ru.edu.mentoring.schools;

/** A school was added or written (names, kind, address): published inside the writing transaction. */
public record SchoolChanged(long schoolId, long municipalityId) {}
