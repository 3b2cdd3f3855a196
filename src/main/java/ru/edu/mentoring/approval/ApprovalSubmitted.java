package ru.edu.mentoring.approval;

/** The school's curator sent a subject to the department of its municipality; other modules (notifications) listen. */
public record ApprovalSubmitted(SubjectKind kind, long subjectId, long schoolId, long municipalityId,
        String schoolName, String actorName) {}
