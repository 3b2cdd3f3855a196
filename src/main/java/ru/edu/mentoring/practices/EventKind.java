package ru.edu.mentoring.practices;

/** What a municipal event of the roadmap is: a seminar, the August teachers' council, a presentation of results. */
public enum EventKind {
    SEMINAR,
    TEACHERS_COUNCIL,
    PRESENTATION,
    OTHER;

    public String messageKey() {
        return "practiceEvent.kind." + name();
    }
}
