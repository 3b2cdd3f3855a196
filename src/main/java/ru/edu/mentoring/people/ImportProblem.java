package ru.edu.mentoring.people;

/** A message key with its arguments, resolved against the bundles when the report is written. */
record ImportProblem(String key, Object... args) {}
