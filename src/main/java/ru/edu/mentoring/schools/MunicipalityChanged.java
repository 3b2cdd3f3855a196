package ru.edu.mentoring.schools;

/** A municipality was added or written (its name): published inside the writing transaction. */
public record MunicipalityChanged(long municipalityId) {}
