package ru.edu.mentoring.people;

/** A mentor of a school's mentor base as a filter's option shows it: id and full name. */
public record MentorOption(long id, String fullName) {}
