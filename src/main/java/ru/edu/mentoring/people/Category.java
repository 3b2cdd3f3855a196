package ru.edu.mentoring.people;

/**
 * The participant category a mentoring form asks for: a school's or college's student, a teacher, or one kind of
 * external person.
 */
public enum Category {
    STUDENT,
    TEACHER,
    UNIVERSITY_STUDENT,
    EMPLOYER,
    GRADUATE,
    PARENT;

    public String messageKey() {
        return "category." + name();
    }

    public static Category of(PersonKind kind, ExternalKind external) {
        return switch (kind) {
            case STUDENT -> STUDENT;
            case TEACHER -> TEACHER;
            case EXTERNAL -> Category.valueOf(external.name());
        };
    }
}
