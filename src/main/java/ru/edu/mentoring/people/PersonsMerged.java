package ru.edu.mentoring.people;

/**
 * Two records of one person were merged: published inside the merging transaction before the removed record is
 * deleted, so that every module moves what it holds on {@code removedId} to {@code keptId} in the same transaction
 * (pairing: the pairs the removed record leads and the pairs and groups it is a mentee of). Both are of one school.
 */
public record PersonsMerged(long keptId, long removedId, long schoolId) {}
