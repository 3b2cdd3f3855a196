package ru.edu.mentoring.accounts;

import java.time.Instant;

/**
 * A one-use link to set a password was issued (a new account, a forgotten password, an administrator's reset); the
 * mail module sends it to the user. The link carries the raw token; the database keeps only its hash.
 */
public record PasswordLinkIssued(long userId, String email, String fullName, String link, Instant expiresAt,
        Purpose purpose) {

    /** Why the link was issued: decides the letter's wording. */
    public enum Purpose { NEW_ACCOUNT, RESET }
}
