package ru.edu.mentoring.roadmaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import ru.edu.mentoring.approval.Actor;
import ru.edu.mentoring.approval.ApprovalRuleException;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.Step;
import ru.edu.mentoring.shared.StaleVersionException;

/** The approval workflow on the aggregate: every allowed and refused transition, and the stale version. */
class RoadmapTest {

    static final Instant NOW = Instant.parse("2025-10-01T09:00:00Z");
    static final Actor CURATOR = new Actor(1, "Иванова Анна Петровна");
    static final Actor DEPARTMENT = new Actor(2, "Кузнецова Елена Сергеевна");

    static Roadmap draftWithAMeasure() {
        Roadmap r = new Roadmap(10, 20, "Дорожная карта", NOW);
        r.addMeasure(0, new MeasureData("1", "Издание приказа", "до 01.10.2025", LocalDate.of(2025, 10, 1),
                "Руководитель ОО", "Приказ"), NOW);
        return r;
    }

    static Roadmap submitted() {
        Roadmap r = draftWithAMeasure();
        r.submit(0, CURATOR, NOW);
        return r;
    }

    static Roadmap inStatus(ApprovalStatus status) {
        return switch (status) {
            case DRAFT -> draftWithAMeasure();
            case SUBMITTED -> submitted();
            case APPROVED -> {
                Roadmap r = submitted();
                r.approve(0, null, DEPARTMENT, NOW);
                yield r;
            }
            case RETURNED -> {
                Roadmap r = submitted();
                r.returnForRework(0, "Исправьте п. 1", DEPARTMENT, NOW);
                yield r;
            }
            case REFUSED -> throw new IllegalArgumentException("a roadmap is never refused");
        };
    }

    @Test
    void aNewRoadmapIsADraft() {
        assertThat(new Roadmap(1, 2, "Дорожная карта", NOW).getStatus()).isEqualTo(ApprovalStatus.DRAFT);
    }

    @Test
    void curatorSubmitsADraftAndTheStepIsKept() {
        Roadmap r = draftWithAMeasure();
        Step t = r.submit(0, CURATOR, NOW);
        assertThat(r.getStatus()).isEqualTo(ApprovalStatus.SUBMITTED);
        assertThat(t.from()).isEqualTo(ApprovalStatus.DRAFT);
        assertThat(t.to()).isEqualTo(ApprovalStatus.SUBMITTED);
        assertThat(t.actor().name()).isEqualTo(CURATOR.name());
        assertThat(t.at()).isEqualTo(NOW);
        assertThat(r.getStatusChangedAt()).isEqualTo(NOW);
    }

    @Test
    void anEmptyRoadmapCannotBeSubmitted() {
        Roadmap r = new Roadmap(1, 2, "Дорожная карта", NOW);
        assertThatThrownBy(() -> r.submit(0, CURATOR, NOW)).isInstanceOf(ApprovalRuleException.class)
                .hasMessage("roadmap.submit.empty");
        assertThat(r.getStatus()).isEqualTo(ApprovalStatus.DRAFT);
    }

    @Test
    void aReturnedRoadmapIsResubmitted() {
        Roadmap r = inStatus(ApprovalStatus.RETURNED);
        Step t = r.submit(0, CURATOR, NOW);
        assertThat(r.getStatus()).isEqualTo(ApprovalStatus.SUBMITTED);
        assertThat(t.from()).isEqualTo(ApprovalStatus.RETURNED);
    }

    @Test
    void submittedOrApprovedRoadmapsCannotBeSubmittedAgain() {
        for (ApprovalStatus s : new ApprovalStatus[] {ApprovalStatus.SUBMITTED, ApprovalStatus.APPROVED}) {
            Roadmap r = inStatus(s);
            assertThatThrownBy(() -> r.submit(0, CURATOR, NOW)).as(s.name())
                    .isInstanceOf(ApprovalRuleException.class).hasMessage("roadmap.submit.notAllowed");
            assertThat(r.getStatus()).isEqualTo(s);
        }
    }

    @Test
    void departmentApprovesASubmittedRoadmapAndItsMeasuresAreKeptAsARevision() {
        Roadmap r = submitted();
        Step t = r.approve(0, "  Согласовано  ", DEPARTMENT, NOW);
        assertThat(r.getStatus()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(t.comment()).isEqualTo("Согласовано");
        RoadmapRevision revision = r.lastRevision().orElseThrow();
        assertThat(revision.getNumber()).isEqualTo(1);
        assertThat(revision.getApprovedBy()).isEqualTo(DEPARTMENT.name());
        assertThat(revision.measures()).extracting(MeasureData::title).containsExactly("Издание приказа");
        assertThat(r.firstApprovedOn(ZoneOffset.UTC)).contains(LocalDate.of(2025, 10, 1));
    }

    @Test
    void departmentReturnsASubmittedRoadmapOnlyWithAComment() {
        Roadmap r = submitted();
        assertThatThrownBy(() -> r.returnForRework(0, "   ", DEPARTMENT, NOW))
                .isInstanceOf(ApprovalRuleException.class).hasMessage("roadmap.return.commentRequired");
        assertThat(r.getStatus()).isEqualTo(ApprovalStatus.SUBMITTED);
        Step t = r.returnForRework(0, "Укажите ответственного", DEPARTMENT, NOW);
        assertThat(r.getStatus()).isEqualTo(ApprovalStatus.RETURNED);
        assertThat(t.comment()).isEqualTo("Укажите ответственного");
        assertThat(r.getRevisions()).isEmpty();
    }

    @Test
    void onlyASubmittedRoadmapIsDecided() {
        for (ApprovalStatus s : new ApprovalStatus[] {ApprovalStatus.DRAFT, ApprovalStatus.APPROVED,
                ApprovalStatus.RETURNED}) {
            Roadmap r = inStatus(s);
            assertThatThrownBy(() -> r.approve(0, null, DEPARTMENT, NOW)).as("approve " + s)
                    .isInstanceOf(ApprovalRuleException.class).hasMessage("roadmap.decide.notSubmitted");
            assertThatThrownBy(() -> r.returnForRework(0, "x", DEPARTMENT, NOW)).as("return " + s)
                    .isInstanceOf(ApprovalRuleException.class).hasMessage("roadmap.decide.notSubmitted");
            assertThat(r.getStatus()).isEqualTo(s);
        }
    }

    @Test
    void aTooLongCommentIsRefused() {
        Roadmap r = submitted();
        assertThatThrownBy(() -> r.approve(0, "я".repeat(2001), DEPARTMENT, NOW))
                .isInstanceOf(ApprovalRuleException.class).hasMessage("roadmap.comment.tooLong");
    }

    @Test
    void aStaleVersionRefusesEveryTransitionAndChangesNothing() {
        Roadmap draft = draftWithAMeasure();
        assertThatThrownBy(() -> draft.submit(1, CURATOR, NOW)).isInstanceOf(StaleVersionException.class);
        assertThat(draft.getStatus()).isEqualTo(ApprovalStatus.DRAFT);
        Roadmap r = submitted();
        assertThatThrownBy(() -> r.approve(1, null, DEPARTMENT, NOW)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> r.returnForRework(1, "x", DEPARTMENT, NOW))
                .isInstanceOf(StaleVersionException.class);
        assertThat(r.getStatus()).isEqualTo(ApprovalStatus.SUBMITTED);
        assertThat(r.getRevisions()).isEmpty();
        Roadmap approved = inStatus(ApprovalStatus.APPROVED);
        assertThatThrownBy(() -> approved.startNewDraft(7, CURATOR, NOW)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void anApprovedRoadmapIsChangedThroughANewDraftWhileItsRevisionStays() {
        Roadmap r = inStatus(ApprovalStatus.APPROVED);
        assertThatThrownBy(() -> r.addMeasure(0, new MeasureData("2", "Новое", null, null, null, null), NOW))
                .isInstanceOf(ApprovalRuleException.class).hasMessage("roadmap.notEditable");
        r.startNewDraft(0, CURATOR, NOW);
        assertThat(r.getStatus()).isEqualTo(ApprovalStatus.DRAFT);
        r.addMeasure(0, new MeasureData("2", "Новое мероприятие", null, null, null, null), NOW);
        assertThat(r.getMeasures()).hasSize(2);
        assertThat(r.lastRevision().orElseThrow().measures()).hasSize(1);
        r.submit(0, CURATOR, NOW);
        r.approve(0, null, DEPARTMENT, NOW);
        assertThat(r.lastRevision().orElseThrow().getNumber()).isEqualTo(2);
        assertThat(r.getRevisions().get(0).measures()).hasSize(1);
    }

    @Test
    void onlyAnApprovedRoadmapStartsANewDraft() {
        for (ApprovalStatus s : new ApprovalStatus[] {ApprovalStatus.DRAFT, ApprovalStatus.SUBMITTED,
                ApprovalStatus.RETURNED}) {
            Roadmap r = inStatus(s);
            assertThatThrownBy(() -> r.startNewDraft(0, CURATOR, NOW)).as(s.name())
                    .isInstanceOf(ApprovalRuleException.class).hasMessage("roadmap.reopen.notApproved");
        }
    }

    @Test
    void measuresChangeOnlyInADraftOrAReturnedRoadmap() {
        Roadmap returned = inStatus(ApprovalStatus.RETURNED);
        returned.addMeasure(0, new MeasureData("2", "Ещё", null, null, null, null), NOW);
        assertThat(returned.getMeasures()).hasSize(2);
        Roadmap submitted = submitted();
        assertThatThrownBy(() -> submitted.addMeasure(0, new MeasureData("2", "Ещё", null, null, null, null), NOW))
                .isInstanceOf(ApprovalRuleException.class).hasMessage("roadmap.notEditable");
        assertThatThrownBy(() -> submitted.markDone(0, 1, LocalDate.of(2025, 10, 1), "Приказ", NOW))
                .isInstanceOf(ApprovalRuleException.class).hasMessage("roadmap.progress.notAllowed");
    }

    @Test
    void aMeasureIsOverdueWhenItsDueDatePassedUndone() {
        LocalDate today = LocalDate.of(2025, 10, 2);
        assertThat(MeasureState.of(null, LocalDate.of(2025, 10, 1), today)).isEqualTo(MeasureState.OVERDUE);
        assertThat(MeasureState.of(null, LocalDate.of(2025, 10, 2), today)).isEqualTo(MeasureState.PLANNED);
        assertThat(MeasureState.of(null, null, today)).isEqualTo(MeasureState.PLANNED);
        assertThat(MeasureState.of(LocalDate.of(2025, 10, 5), LocalDate.of(2025, 10, 1), today))
                .isEqualTo(MeasureState.DONE);
    }
}
