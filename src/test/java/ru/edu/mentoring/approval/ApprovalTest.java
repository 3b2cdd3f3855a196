package ru.edu.mentoring.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import ru.edu.mentoring.shared.StaleVersionException;

/** The one workflow's rules, each refusal in the words of the subject's kind. */
class ApprovalTest {

    static final Instant T0 = Instant.parse("2025-10-01T09:00:00Z");
    static final Instant T1 = Instant.parse("2025-10-02T09:00:00Z");
    static final Actor ACTOR = new Actor(1, "Иванова Анна Петровна");

    @Test
    void aSubjectGoesFromDraftThroughReturnToApprovalAndEveryStepSaysWhatMoved() {
        Approval a = new Approval(T0);
        assertThat(a.status()).isEqualTo(ApprovalStatus.DRAFT);
        Step submitted = a.submit(SubjectKind.REPORT, ACTOR, T1);
        assertThat(submitted).isEqualTo(new Step(ApprovalStatus.DRAFT, ApprovalStatus.SUBMITTED, ACTOR, T1, null));
        assertThat(a.statusChangedAt()).isEqualTo(T1);
        assertThat(a.returnForRework(SubjectKind.REPORT, "  Исправьте  ", ACTOR, T1).comment()).isEqualTo("Исправьте");
        a.submit(SubjectKind.REPORT, ACTOR, T1);
        assertThat(a.approve(SubjectKind.REPORT, " ", ACTOR, T1).comment()).isNull();
        assertThat(a.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(a.reopen(SubjectKind.ROADMAP, ACTOR, T1).to()).isEqualTo(ApprovalStatus.DRAFT);
    }

    @Test
    void refusalsCarryTheKeysOfTheSubjectKind() {
        Approval draft = new Approval(T0);
        assertThatThrownBy(() -> draft.approve(SubjectKind.REPORT, null, ACTOR, T1))
                .isInstanceOf(ApprovalRuleException.class).hasMessage("report.decide.notSubmitted");
        assertThatThrownBy(() -> draft.returnForRework(SubjectKind.ROADMAP, "x", ACTOR, T1))
                .hasMessage("roadmap.decide.notSubmitted");
        assertThatThrownBy(() -> draft.reopen(SubjectKind.ROADMAP, ACTOR, T1)).hasMessage("roadmap.reopen.notApproved");
        draft.submit(SubjectKind.REPORT, ACTOR, T1);
        assertThatThrownBy(() -> draft.submit(SubjectKind.REPORT, ACTOR, T1)).hasMessage("report.submit.notAllowed");
        assertThatThrownBy(() -> draft.requireEditable(SubjectKind.REPORT)).hasMessage("report.notEditable");
        assertThatThrownBy(() -> draft.returnForRework(SubjectKind.REPORT, "  ", ACTOR, T1))
                .hasMessage("report.return.commentRequired");
        assertThatThrownBy(() -> draft.approve(SubjectKind.ROADMAP, "я".repeat(Approval.MAX_COMMENT + 1), ACTOR, T1))
                .hasMessage("roadmap.comment.tooLong");
        assertThat(draft.status()).as("nothing moved").isEqualTo(ApprovalStatus.SUBMITTED);
    }

    @Test
    void aRefusalNeedsItsReasonAndIsFinal() {
        Approval a = new Approval(T0);
        assertThatThrownBy(() -> a.refuse(SubjectKind.NOMINATION, "нет", ACTOR, T1))
                .hasMessage("nomination.decide.notSubmitted");
        a.submit(SubjectKind.NOMINATION, ACTOR, T1);
        assertThatThrownBy(() -> a.refuse(SubjectKind.NOMINATION, "  ", ACTOR, T1))
                .hasMessage("nomination.refuse.commentRequired");
        assertThat(a.status()).as("nothing moved").isEqualTo(ApprovalStatus.SUBMITTED);
        Step refused = a.refuse(SubjectKind.NOMINATION, " Стаж меньше года ", ACTOR, T1);
        assertThat(refused).isEqualTo(new Step(ApprovalStatus.SUBMITTED, ApprovalStatus.REFUSED, ACTOR, T1,
                "Стаж меньше года"));
        assertThat(ApprovalStatus.REFUSED.editable()).as("final").isFalse();
        assertThatThrownBy(() -> a.submit(SubjectKind.NOMINATION, ACTOR, T1)).hasMessage("nomination.submit.notAllowed");
        assertThatThrownBy(() -> a.requireEditable(SubjectKind.NOMINATION)).hasMessage("nomination.notEditable");
        assertThatThrownBy(() -> a.approve(SubjectKind.NOMINATION, null, ACTOR, T1))
                .hasMessage("nomination.decide.notSubmitted");
        assertThatThrownBy(() -> a.reopen(SubjectKind.NOMINATION, ACTOR, T1))
                .hasMessage("nomination.reopen.notApproved");
        assertThat(SubjectKind.NOMINATION.path(7)).isEqualTo("/nominations/7");
    }

    @Test
    void aStaleVersionIsRefused() {
        Approval.checkVersion(3, 3);
        assertThatThrownBy(() -> Approval.checkVersion(2, 3)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void statusLabelsAndPagesAreThoseOfTheKind() {
        assertThat(SubjectKind.REPORT.statusKey(ApprovalStatus.APPROVED)).isEqualTo("report.status.APPROVED");
        assertThat(ApprovalStatus.RETURNED.messageKey("roadmap")).isEqualTo("roadmap.status.RETURNED");
        assertThat(SubjectKind.ROADMAP.path(5)).isEqualTo("/roadmaps/5");
        assertThat(ApprovalStatus.RETURNED.editable()).isTrue();
        assertThat(ApprovalStatus.SUBMITTED.editable()).isFalse();
    }
}
