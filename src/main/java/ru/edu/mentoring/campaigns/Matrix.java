package ru.edu.mentoring.campaigns;

import java.time.LocalDate;
import java.util.List;

/** The campaign's matrix: schools × stages. */
public final class Matrix {

    private Matrix() {}

    /** One cell: the state, the date it was done (if known), and whether it was done after the deadline. */
    public record Cell(Stage stage, StageState state, LocalDate doneOn, LocalDate deadline, boolean outOfOrder) {

        public Cell(Stage stage, StageState state, LocalDate doneOn, LocalDate deadline) {
            this(stage, state, doneOn, deadline, false);
        }

        /** The same cell, marked as done before an earlier stage. */
        public Cell withOutOfOrder() {
            return new Cell(stage, state, doneOn, deadline, true);
        }

        public boolean late() {
            return state == StageState.DONE && doneOn != null && doneOn.isAfter(deadline);
        }
    }

    public record Row(long schoolId, String schoolName, long campaignSchoolId, List<Cell> cells,
            String informedEvidence) {

        public long overdueCount() {
            return cells.stream().filter(c -> c.state() == StageState.OVERDUE).count();
        }

        public Cell cell(Stage stage) {
            return cells.get(stage.ordinal());
        }
    }

    public record StageColumn(Stage stage, LocalDate deadline) {}
}
