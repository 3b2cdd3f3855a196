package ru.edu.mentoring.approval;

import java.time.Instant;

/** One move of a subject through the workflow, as {@link Approval} made it; {@link Approvals#record} keeps it. */
public record Step(ApprovalStatus from, ApprovalStatus to, Actor actor, Instant at, String comment) {}
