package ru.edu.mentoring.people;

/**
 * Many people of one school were written by one statement (the demo data's base dates): published inside that
 * transaction, once per school, instead of a {@link PersonChanged} per person.
 */
public record SchoolPeopleChanged(long schoolId) {}
