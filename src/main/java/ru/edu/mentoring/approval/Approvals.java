package ru.edu.mentoring.approval;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.schools.Schools;

/**
 * The approval workflow's service: who may act (the school's curator submits, the department of the school's
 * municipality decides), the history of every subject's moves (table {@code approval_transition}) and the events
 * {@link ApprovalSubmitted} and {@link ApprovalDecided} that other modules listen to.
 */
@Service
public class Approvals {

    /** The subject a step belongs to: its kind, its id and its school (null for a municipality's subject). */
    public record Subject(SubjectKind kind, long id, Long schoolId, long municipalityId) {}

    private final ApprovalTransitionRepository transitions;
    private final Schools schools;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Approvals(ApprovalTransitionRepository transitions, Schools schools, ApplicationEventPublisher events,
            Clock clock) {
        this.transitions = transitions;
        this.schools = schools;
        this.events = events;
        this.clock = clock;
    }

    // --- who may act -----------------------------------------------------------------------------------------

    /** A curator of the school: submits, edits, reopens. */
    public static boolean isCuratorOf(CurrentUser user, long schoolId) {
        return user.has(Role.CURATOR) && user.schoolIds().contains(schoolId);
    }

    /** Department staff of the municipality: approves and returns. */
    public static boolean decidesFor(CurrentUser user, long municipalityId) {
        return user.has(Role.DEPARTMENT) && Objects.equals(user.municipalityId(), municipalityId);
    }

    /** The head of the school: approves and returns the school's own subjects (its programmes of mentoring). */
    public static boolean isHeadOf(CurrentUser user, long schoolId) {
        return user.has(Role.SCHOOL_HEAD) && user.schoolIds().contains(schoolId);
    }

    /** 403 unless the user is the head of the school. */
    public static void requireHead(CurrentUser user, long schoolId) {
        if (!isHeadOf(user, schoolId)) {
            throw new AccessDeniedException("not the school's head");
        }
    }

    /** 403 unless the user is a curator of the school. */
    public static void requireCurator(CurrentUser user, long schoolId) {
        if (!isCuratorOf(user, schoolId)) {
            throw new AccessDeniedException("not the school's curator");
        }
    }

    /** 403 unless the user is department staff of the municipality. */
    public static void requireDepartment(CurrentUser user, long municipalityId) {
        if (!decidesFor(user, municipalityId)) {
            throw new AccessDeniedException("not the municipality's department");
        }
    }

    // --- history and events ----------------------------------------------------------------------------------

    /**
     * Keeps the step in the subject's history and tells the other modules: a submission (to the department) or a
     * decision (to the school); reopening an approved subject tells nobody. Runs in the caller's transaction; the
     * listeners act once it has committed.
     */
    @Transactional
    public void record(Subject subject, Step step) {
        transitions.save(new ApprovalTransition(subject.kind(), subject.id(), subject.schoolId(), step));
        if (!subject.kind().schoolSubject()) {
            return;
        }
        if (step.to() == ApprovalStatus.SUBMITTED) {
            events.publishEvent(new ApprovalSubmitted(subject.kind(), subject.id(), subject.schoolId(),
                    subject.municipalityId(), schoolName(subject), step.actor().name()));
        } else if (step.to() == ApprovalStatus.APPROVED || step.to() == ApprovalStatus.RETURNED
                || step.to() == ApprovalStatus.REFUSED) {
            events.publishEvent(new ApprovalDecided(subject.kind(), subject.id(), subject.schoolId(),
                    subject.municipalityId(), schoolName(subject), step.actor().name(), step.to(), step.comment()));
        }
    }

    /** The subject's history, newest first. */
    @Transactional(readOnly = true)
    public List<TransitionView> history(SubjectKind kind, long subjectId) {
        return transitions.findByKindAndSubjectIdOrderByAtDescIdDesc(kind, subjectId).stream()
                .map(t -> new TransitionView(t.getKind(), t.getFrom(), t.getTo(), t.getActorName(),
                        LocalDateTime.ofInstant(t.getAt(), clock.getZone()), t.getComment()))
                .toList();
    }

    /** The comment of the latest return, while the subject is still returned. */
    @Transactional(readOnly = true)
    public Optional<String> returnComment(SubjectKind kind, long subjectId, ApprovalStatus status) {
        if (status != ApprovalStatus.RETURNED) {
            return Optional.empty();
        }
        return transitions.findFirstByKindAndSubjectIdOrderByAtDescIdDesc(kind, subjectId)
                .map(ApprovalTransition::getComment);
    }

    private String schoolName(Subject subject) {
        return schools.summariesOf(List.of(subject.schoolId())).stream().findFirst().map(SchoolSummary::shortName)
                .orElse("");
    }
}
