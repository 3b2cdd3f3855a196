package ru.edu.mentoring.shared;

/**
 * The record was changed by someone else since the form was opened. Carries the record's current version when the
 * thrower knows it, so that the form shown again (see {@link StaleVersionForm}) can be saved again on purpose after
 * the user has compared it.
 */
public class StaleVersionException extends RuntimeException {

    private final Long currentVersion;

    /** The version sent was missing: the form was not the one the server gave. */
    public StaleVersionException() {
        this(null);
    }

    /** The version sent is not {@code currentVersion}. */
    public StaleVersionException(Long currentVersion) {
        super("stale version");
        this.currentVersion = currentVersion;
    }

    /** The record's version now, or null when unknown. */
    public Long currentVersion() {
        return currentVersion;
    }
}
