package ru.edu.mentoring.questionnaires;

/** When a questionnaire is answered: at entry or at exit (stage 2 compares them); the curator's has no wave. */
public enum Wave {
    ENTRY, EXIT, PROCESS
}
