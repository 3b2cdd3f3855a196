package ru.edu.mentoring.honours;

/** What the department awards: a грамота (certificate of honour) or a благодарность (letter of thanks). */
public enum HonourKind {
    GRAMOTA,
    GRATITUDE;

    public String messageKey() {
        return "honour.kind." + name();
    }
}
