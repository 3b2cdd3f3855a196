package ru.edu.mentoring.people;

/** Who a person is to the school. */
public enum PersonKind {
    STUDENT,
    TEACHER,
    EXTERNAL;

    public String messageKey() {
        return "person.kind." + name();
    }
}
