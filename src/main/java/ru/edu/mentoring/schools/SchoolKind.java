package ru.edu.mentoring.schools;

/** Type of an educational organisation. */
public enum SchoolKind {
    GENERAL,
    VOCATIONAL,
    SUPPLEMENTARY;

    public String messageKey() {
        return "school.kind." + name();
    }
}
