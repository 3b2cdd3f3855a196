package ru.edu.mentoring.schools;

/** A municipality with the number of its schools. */
public record MunicipalitySummary(long id, String name, String regionName, long schoolCount) {}
