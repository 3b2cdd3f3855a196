package ru.edu.mentoring.training;

/**
 * A mentor's credential: the qualification category «педагог-наставник» (valid {@link #CATEGORY_YEARS} years), the badge
 * «Почётный наставник», another.
 */
public enum CredentialKind {
    MENTOR_CATEGORY,
    HONORARY_MENTOR,
    OTHER;

    /** How long the category «педагог-наставник» is valid. */
    public static final int CATEGORY_YEARS = 5;
}
