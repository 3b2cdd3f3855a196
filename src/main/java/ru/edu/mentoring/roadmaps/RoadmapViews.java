package ru.edu.mentoring.roadmaps;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.TransitionView;

/** What the roadmap pages show; built inside a transaction from the aggregates. */
public final class RoadmapViews {

    private RoadmapViews() {}

    public record RoadmapView(long id, long schoolId, String schoolName, long municipalityId, String title,
            ApprovalStatus status, LocalDateTime statusChangedAt, long version, String returnComment,
            Integer lastRevision, LocalDateTime lastApprovedAt, List<MeasureView> measures,
            List<TransitionView> history) {

        public long doneCount() {
            return measures.stream().filter(m -> m.state() == MeasureState.DONE).count();
        }

        public long overdueCount() {
            return measures.stream().filter(m -> m.state() == MeasureState.OVERDUE).count();
        }
    }

    public record MeasureView(long id, String number, String title, String deadlineText, LocalDate dueOn,
            String responsible, String result, LocalDate doneOn, String evidence, MeasureState state) {}

    public record RevisionView(long roadmapId, String schoolName, String schoolFullName, int number, String title,
            LocalDateTime approvedAt, String approvedBy, String comment, List<MeasureData> measures) {}

    /** A school in the department's list: its roadmap's status and how long it has waited for a decision. */
    public record SchoolRoadmapRow(long schoolId, String schoolName, Long roadmapId, ApprovalStatus status,
            LocalDateTime statusChangedAt, long waitingDays, Integer lastRevision) {}

    public record SectionView(long id, String number, String title, String deadlineText,
            List<MunicipalMeasureView> measures) {}

    public record MunicipalMeasureView(long id, String number, String title, String deadlineText,
            LocalDate dueFrom, LocalDate dueTo, String responsibleMunicipal, String responsibleSchool) {}
}
