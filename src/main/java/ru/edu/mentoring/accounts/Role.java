package ru.edu.mentoring.accounts;

/** What a user does in the portal. A user may hold several roles. */
public enum Role {
    ADMIN,
    DEPARTMENT,
    METHODOLOGIST,
    CURATOR,
    SCHOOL_HEAD,
    REGION;

    /** Message key of the role's Russian name. */
    public String messageKey() {
        return "role." + name();
    }
}
