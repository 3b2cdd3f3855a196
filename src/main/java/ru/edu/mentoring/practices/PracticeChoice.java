package ru.edu.mentoring.practices;

/** A published practice of a school, as a contest application offers it to pick: its id, title, first year and
 * the first lines of its description. */
public record PracticeChoice(long id, String title, Integer year, String summary) {}
