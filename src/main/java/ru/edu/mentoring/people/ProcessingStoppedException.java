package ru.edu.mentoring.people;

/**
 * A write about a person whose processing stopped (consent withdrawn or expired): their data are read-only until a
 * new consent is recorded; only the subject export and anonymisation still apply.
 */
public class ProcessingStoppedException extends RuntimeException {

    public ProcessingStoppedException() {
        super("processing of the person's data stopped");
    }
}
