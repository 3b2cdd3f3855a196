package ru.edu.mentoring.people;

/** An external mentor: university or college student, employer's representative, graduate, parent. */
public enum ExternalKind {
    UNIVERSITY_STUDENT,
    EMPLOYER,
    GRADUATE,
    PARENT;

    public String messageKey() {
        return "person.external." + name();
    }
}
