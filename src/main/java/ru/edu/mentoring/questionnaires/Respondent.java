package ru.edu.mentoring.questionnaires;

/** Who answers a questionnaire: the mentee or the mentor of a pair, or the school's curator. */
public enum Respondent {
    MENTEE, MENTOR, CURATOR
}
