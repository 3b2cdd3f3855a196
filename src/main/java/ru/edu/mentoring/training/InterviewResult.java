package ru.edu.mentoring.training;

/** The interview's outcome: recommended for training or not. */
public enum InterviewResult {
    RECOMMENDED,
    NOT_RECOMMENDED
}
