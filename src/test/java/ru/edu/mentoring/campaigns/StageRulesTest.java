package ru.edu.mentoring.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.edu.mentoring.campaigns.Matrix.Cell;
import ru.edu.mentoring.campaigns.Matrix.Row;

/** The campaign's rules without a database: default deadlines, stage states, the trained share, sorting. */
class StageRulesTest {

    @Test
    void defaultDeadlinesAreThoseOfTheLetterShiftedToTheCampaignsYear() {
        assertThat(CampaignForm.defaults(2025, "Внедрение ЦМН 2025/26")).satisfies(f -> {
            assertThat(f.getCuratorsDue()).isEqualTo(LocalDate.of(2025, 9, 28));
            assertThat(f.getRoadmapsDue()).isEqualTo(LocalDate.of(2025, 10, 5));
            assertThat(f.getInformedDue()).isEqualTo(LocalDate.of(2025, 10, 15));
            assertThat(f.getBasesDue()).isEqualTo(LocalDate.of(2025, 10, 30));
            assertThat(f.getTrainedDue()).isEqualTo(LocalDate.of(2025, 11, 15));
            assertThat(f.getPairsDue()).isEqualTo(LocalDate.of(2025, 11, 25));
            assertThat(f.getStartedDue()).isEqualTo(LocalDate.of(2025, 12, 1));
            assertThat(f.isDeadlinesInOrder()).isTrue();
        });
        assertThat(Stage.STARTED.defaultDeadline(2030)).isEqualTo(LocalDate.of(2030, 12, 1));
    }

    @Test
    void deadlinesOutOfOrderAreRefused() {
        CampaignForm f = CampaignForm.defaults(2025, "x");
        f.setPairsDue(LocalDate.of(2025, 9, 1));
        assertThat(f.isDeadlinesInOrder()).isFalse();
    }

    @Test
    void aStageIsOverdueOnlyAfterItsDeadlineDay() {
        LocalDate deadline = LocalDate.of(2025, 10, 5);
        assertThat(StageState.of(false, deadline, LocalDate.of(2025, 10, 5))).isEqualTo(StageState.DUE);
        assertThat(StageState.of(false, deadline, LocalDate.of(2025, 10, 6))).isEqualTo(StageState.OVERDUE);
        assertThat(StageState.of(true, deadline, LocalDate.of(2025, 10, 6))).isEqualTo(StageState.DONE);
    }

    @Test
    void aLateStageIsDoneButMarkedLate() {
        Cell late = new Cell(Stage.ROADMAP, StageState.DONE, LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 5));
        Cell onTime = new Cell(Stage.ROADMAP, StageState.DONE, LocalDate.of(2025, 10, 5), LocalDate.of(2025, 10, 5));
        assertThat(late.late()).isTrue();
        assertThat(onTime.late()).isFalse();
    }

    @Test
    void mentorsAreTrainedWhenTheirShareReachesTheCampaignsLevel() {
        assertThat(Campaigns.trainedEnough(facts(10, 5), 50)).isTrue();
        assertThat(Campaigns.trainedEnough(facts(10, 4), 50)).isFalse();
        assertThat(Campaigns.trainedEnough(facts(3, 2), 60)).isTrue();
        assertThat(Campaigns.trainedEnough(facts(0, 0), 50)).as("no mentors, nothing trained").isFalse();
    }

    @Test
    void rowsSortByRussianNameOrByOverdueStagesAndFilterOverdue() {
        Row a = row("МАОУ СОШ № 2", StageState.DONE, StageState.DONE);
        Row b = row("ГАПОУ СО «ППТ»", StageState.OVERDUE, StageState.DONE);
        Row c = row("Ёлочка", StageState.OVERDUE, StageState.OVERDUE);
        assertThat(Campaigns.sorted(List.of(a, b, c), "school", false)).extracting(Row::schoolName)
                .containsExactly("ГАПОУ СО «ППТ»", "Ёлочка", "МАОУ СОШ № 2");
        assertThat(Campaigns.sorted(List.of(a, b, c), "overdue", false)).extracting(Row::schoolName)
                .containsExactly("Ёлочка", "ГАПОУ СО «ППТ»", "МАОУ СОШ № 2");
        assertThat(Campaigns.sorted(List.of(a, b, c), "school", true)).extracting(Row::schoolName)
                .containsExactly("ГАПОУ СО «ППТ»", "Ёлочка");
    }

    @Test
    void withoutThePairingModuleItsStagesHaveNoDataAndAreNeverOverdue() {
        LocalDate today = LocalDate.of(2026, 1, 1);
        for (Stage stage : new Stage[] {Stage.BASES, Stage.TRAINED, Stage.PAIRS, Stage.STARTED}) {
            assertThat(Campaigns.cell(stage, LocalDate.of(2025, 10, 30), today, 50, null, null, null, null).state())
                    .as(stage.name()).isEqualTo(StageState.NO_DATA);
        }
        assertThat(Campaigns.cell(Stage.CURATORS, LocalDate.of(2025, 9, 28), today, 50, null, null, null, null)
                .state()).isEqualTo(StageState.OVERDUE);
    }

    @Test
    void stagesFromThePairingModulesFacts() {
        LocalDate today = LocalDate.of(2025, 12, 2);
        SchoolActivity.Facts f = new SchoolActivity.Facts(10, 12, 6, 4, 3, LocalDate.of(2025, 10, 20),
                LocalDate.of(2025, 11, 20), LocalDate.of(2025, 12, 1));
        assertThat(Campaigns.cell(Stage.BASES, LocalDate.of(2025, 10, 30), today, 50, f, null, null, null))
                .satisfies(c -> {
                    assertThat(c.state()).isEqualTo(StageState.DONE);
                    assertThat(c.doneOn()).isEqualTo(LocalDate.of(2025, 10, 20));
                });
        assertThat(Campaigns.cell(Stage.TRAINED, LocalDate.of(2025, 11, 15), today, 70, f, null, null, null).state())
                .isEqualTo(StageState.OVERDUE);
        assertThat(Campaigns.cell(Stage.STARTED, LocalDate.of(2025, 12, 1), today, 50, f, null, null, null).state())
                .isEqualTo(StageState.DONE);
        SchoolActivity.Facts nothing = facts(0, 0);
        assertThat(Campaigns.cell(Stage.PAIRS, LocalDate.of(2025, 12, 25), today, 50, nothing, null, null, null)
                .state()).isEqualTo(StageState.DUE);
    }

    private static SchoolActivity.Facts facts(long mentors, long trained) {
        return new SchoolActivity.Facts(mentors, 0, trained, 0, 0, null, null, null);
    }

    private static Row row(String name, StageState first, StageState second) {
        LocalDate d = LocalDate.of(2025, 10, 1);
        return new Row(name.hashCode(), name, 1, List.of(new Cell(Stage.CURATORS, first, null, d),
                new Cell(Stage.ROADMAP, second, null, d)), null);
    }
}
