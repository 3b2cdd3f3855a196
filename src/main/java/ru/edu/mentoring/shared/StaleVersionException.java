package ru.edu.mentoring.shared;

/** The record was changed by someone else since the form was opened. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException() {
        super("stale version");
    }
}
