package ru.edu.mentoring.approval;

/** The department approved ({@code outcome} APPROVED) or returned (RETURNED, with a comment) or refused
 * (REFUSED, with a comment) a subject. */
public record ApprovalDecided(SubjectKind kind, long subjectId, long schoolId, long municipalityId,
        String schoolName, String actorName, ApprovalStatus outcome, String comment) {}
