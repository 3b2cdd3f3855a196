package ru.edu.mentoring.pairing;

/**
 * A form or variation of the national catalogue was written: every municipality's figures by form may read
 * differently. Published inside the writing transaction by the forms' JPA listener.
 */
public record FormsChanged(Long formId) {}
