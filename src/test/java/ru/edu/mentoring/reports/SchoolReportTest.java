package ru.edu.mentoring.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.edu.mentoring.approval.Actor;
import ru.edu.mentoring.approval.ApprovalRuleException;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.Step;
import ru.edu.mentoring.shared.StaleVersionException;

/** The report's workflow as plain unit tests: guarded transitions, the return comment, stale versions, the snapshot. */
class SchoolReportTest {

    static final Instant NOW = Instant.parse("2026-05-20T09:00:00Z");

    static ReportFigures figures(long involved, int students) {
        return new ReportFigures(2026, LocalDate.of(2026, 5, 20), involved, students,
                ru.edu.mentoring.monitoring.Coverage.percent(involved, students), new BigDecimal("70.0"),
                Map.of("ученик – ученик", 3L), Map.of("ACTIVE", 3L), 5, 4, 6, "Внедрение ЦМН 2025/26", 7, 6, 1,
                "APPROVED", 10, 8, 1);
    }

    static final Actor CURATOR = new Actor(7, "Куратор");
    static final Actor DEPARTMENT = new Actor(8, "Специалист УО");

    static SchoolReport draft() {
        return new SchoolReport(1, 1, 2025, figures(10, 100), NOW);
    }

    @Test
    void aDraftIsSubmittedWithTheFiguresOfThatMoment() {
        SchoolReport r = draft();
        Step t = r.submit(0, figures(80, 100), CURATOR, NOW);
        assertThat(r.getStatus()).isEqualTo(ApprovalStatus.SUBMITTED);
        assertThat(t.from()).isEqualTo(ApprovalStatus.DRAFT);
        assertThat(t.to()).isEqualTo(ApprovalStatus.SUBMITTED);
        assertThat(r.storedFigures().involved()).isEqualTo(80);
        assertThat(r.storedFigures().percent()).isEqualByComparingTo("80.0");
        assertThat(r.storedFigures().pairsByForm()).containsEntry("ученик – ученик", 3L);
        assertThat(r.storedFigures()).isEqualTo(figures(80, 100));
    }

    @Test
    void aSubmittedReportIsApprovedAndThenNothingMoves() {
        SchoolReport r = draft();
        r.submit(0, figures(80, 100), CURATOR, NOW);
        r.approve(0, null, DEPARTMENT, NOW);
        assertThat(r.getStatus()).isEqualTo(ApprovalStatus.APPROVED);
        assertThatThrownBy(() -> r.submit(0, figures(1, 100), CURATOR, NOW))
                .isInstanceOf(ApprovalRuleException.class).hasMessage("report.submit.notAllowed");
        assertThatThrownBy(() -> r.editTexts(0, "x", null, null, NOW))
                .isInstanceOf(ApprovalRuleException.class).hasMessage("report.notEditable");
        assertThatThrownBy(() -> r.returnForRework(0, "нет", DEPARTMENT, NOW))
                .isInstanceOf(ApprovalRuleException.class).hasMessage("report.decide.notSubmitted");
    }

    @Test
    void aReturnNeedsACommentAndTheReturnedReportIsResubmitted() {
        SchoolReport r = draft();
        r.submit(0, figures(80, 100), CURATOR, NOW);
        assertThatThrownBy(() -> r.returnForRework(0, "  ", DEPARTMENT, NOW))
                .isInstanceOf(ApprovalRuleException.class).hasMessage("report.return.commentRequired");
        Step returned = r.returnForRework(0, "Добавьте лучшие практики", DEPARTMENT, NOW);
        assertThat(r.getStatus()).isEqualTo(ApprovalStatus.RETURNED);
        assertThat(returned.comment()).isEqualTo("Добавьте лучшие практики");
        r.editTexts(0, "Итоги", "Практики", null, NOW);
        Step again = r.submit(0, figures(85, 100), CURATOR, NOW);
        assertThat(r.getStatus()).isEqualTo(ApprovalStatus.SUBMITTED);
        assertThat(again.from()).isEqualTo(ApprovalStatus.RETURNED);
        assertThat(r.storedFigures().involved()).isEqualTo(85);
    }

    @Test
    void aDraftCannotBeDecidedOn() {
        SchoolReport r = draft();
        assertThatThrownBy(() -> r.approve(0, null, DEPARTMENT, NOW))
                .isInstanceOf(ApprovalRuleException.class).hasMessage("report.decide.notSubmitted");
    }

    @Test
    void aStaleVersionIsRefused() {
        SchoolReport r = draft();
        r.submit(0, figures(80, 100), CURATOR, NOW);
        assertThatThrownBy(() -> r.approve(3, null, DEPARTMENT, NOW))
                .isInstanceOf(StaleVersionException.class);
        assertThat(r.getStatus()).isEqualTo(ApprovalStatus.SUBMITTED);
    }

    @Test
    void aSectionIsAtMost4000Characters() {
        SchoolReport r = draft();
        r.editTexts(0, "я".repeat(4000), null, null, NOW);
        assertThatThrownBy(() -> r.editTexts(0, "я".repeat(4001), null, null, NOW))
                .isInstanceOf(ApprovalRuleException.class).hasMessage("report.text.tooLong");
    }

    @Test
    void figuresWithoutAStudentCountSurviveTheTextForm() {
        ReportFigures f = new ReportFigures(2026, null, 3, null, null, null, Map.of(), Map.of(), 0, 0, 0, null, 0,
                0, 0, null, 0, 0, 0);
        assertThat(ReportFigures.parse(f.toText())).isEqualTo(f);
    }
}
