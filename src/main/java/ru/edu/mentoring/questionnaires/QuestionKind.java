package ru.edu.mentoring.questionnaires;

/** The kinds of question of МР-42/02 appendix 2: a 1–10 scale, yes/no, a choice list (frequency), open text. */
public enum QuestionKind {
    SCALE, YES_NO, CHOICE, TEXT
}
