package ru.edu.mentoring.training;

/**
 * A mentor's training records (a course or a credential) changed: published inside the writing transaction, so that
 * readers of {@code training_trained_v} (monitoring's dashboards) mark the school changed before the commit.
 */
public record MentorTrainingChanged(long schoolId, long personId) {}
