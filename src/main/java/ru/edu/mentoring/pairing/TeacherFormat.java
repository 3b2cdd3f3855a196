package ru.edu.mentoring.pairing;

/** The format of teacher mentoring (АЗ-1128/08), orthogonal to the form. */
public enum TeacherFormat {
    TRADITIONAL,
    GROUP,
    VIRTUAL,
    SHORT_TERM,
    REVERSE,
    SITUATIONAL,
    SPEED;

    public String messageKey() {
        return "pair.format." + name();
    }
}
