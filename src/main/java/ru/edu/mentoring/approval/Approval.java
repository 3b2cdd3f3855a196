package ru.edu.mentoring.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import ru.edu.mentoring.shared.StaleVersionException;

/**
 * The approval state a subject's entity embeds (its {@code status} and {@code status_changed_at} columns) and the
 * rules of its moves: DRAFT → SUBMITTED → APPROVED, or SUBMITTED → RETURNED (with a comment) → SUBMITTED again;
 * approve, return and (for kinds that allow it) refuse only from SUBMITTED; changes only in DRAFT or RETURNED. Each move gives a {@link Step} that the
 * owner hands to {@link Approvals#record} (history and events). Refusals carry the kind's message keys.
 */
@Embeddable
public class Approval {

    public static final int MAX_COMMENT = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ApprovalStatus status = ApprovalStatus.DRAFT;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    protected Approval() {}

    public Approval(Instant now) {
        this.statusChangedAt = now;
    }

    /** The version the user looked at must be the current one; otherwise {@link StaleVersionException}. */
    public static void checkVersion(long expectedVersion, long actualVersion) {
        if (expectedVersion != actualVersion) {
            throw new StaleVersionException(actualVersion);
        }
    }

    /** Changing the subject's content is allowed in DRAFT and RETURNED only ({@code <kind>.notEditable}). */
    public void requireEditable(SubjectKind kind) {
        if (!status.editable()) {
            throw new ApprovalRuleException(kind.key("notEditable"));
        }
    }

    /** The curator sends a draft or a returned subject. */
    public Step submit(SubjectKind kind, Actor actor, Instant now) {
        if (!status.editable()) {
            throw new ApprovalRuleException(kind.key("submit.notAllowed"));
        }
        return move(ApprovalStatus.SUBMITTED, actor, now, null);
    }

    /** The department approves a submitted subject; the comment is optional. */
    public Step approve(SubjectKind kind, String comment, Actor actor, Instant now) {
        requireSubmitted(kind);
        return move(ApprovalStatus.APPROVED, actor, now, comment(kind, comment));
    }

    /** The department returns a submitted subject; the comment, saying what to correct, is required. */
    public Step returnForRework(SubjectKind kind, String comment, Actor actor, Instant now) {
        requireSubmitted(kind);
        String note = comment(kind, comment);
        if (note == null) {
            throw new ApprovalRuleException(kind.key("return.commentRequired"));
        }
        return move(ApprovalStatus.RETURNED, actor, now, note);
    }

    /**
     * The department refuses a submitted subject for good (a nomination); the comment, giving the reason, is required
     * ({@code <kind>.refuse.commentRequired}). A refused subject is final: it is neither edited nor submitted again.
     */
    public Step refuse(SubjectKind kind, String comment, Actor actor, Instant now) {
        requireSubmitted(kind);
        String note = comment(kind, comment);
        if (note == null) {
            throw new ApprovalRuleException(kind.key("refuse.commentRequired"));
        }
        return move(ApprovalStatus.REFUSED, actor, now, note);
    }

    /** The curator starts changing an approved subject: a new draft ({@code <kind>.reopen.notApproved}). */
    public Step reopen(SubjectKind kind, Actor actor, Instant now) {
        if (status != ApprovalStatus.APPROVED) {
            throw new ApprovalRuleException(kind.key("reopen.notApproved"));
        }
        return move(ApprovalStatus.DRAFT, actor, now, null);
    }

    private void requireSubmitted(SubjectKind kind) {
        if (status != ApprovalStatus.SUBMITTED) {
            throw new ApprovalRuleException(kind.key("decide.notSubmitted"));
        }
    }

    private Step move(ApprovalStatus to, Actor actor, Instant now, String comment) {
        Step step = new Step(status, to, actor, now, comment);
        status = to;
        statusChangedAt = now;
        return step;
    }

    private static String comment(SubjectKind kind, String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        String c = comment.strip();
        if (c.length() > MAX_COMMENT) {
            throw new ApprovalRuleException(kind.key("comment.tooLong"));
        }
        return c;
    }

    public ApprovalStatus status() {
        return status;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }
}
