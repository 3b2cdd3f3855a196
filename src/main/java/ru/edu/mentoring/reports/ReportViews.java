package ru.edu.mentoring.reports;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.TransitionView;
import ru.edu.mentoring.monitoring.Coverage;

/** What the report pages show. */
public final class ReportViews {

    private ReportViews() {}

    public record ReportView(long id, long schoolId, String schoolName, String schoolFullName, long municipalityId,
            int academicYear, String yearLabel, ApprovalStatus status, LocalDateTime statusChangedAt, long version,
            String results, String practices, String difficulties, ReportFigures figures, LocalDateTime figuresAt,
            String returnComment, List<TransitionView> history) {

        /** The first day of the period the report covers: 1 September of its academic year. */
        public java.time.LocalDate periodStart() {
            return java.time.LocalDate.of(academicYear, 9, 1);
        }
    }

    /** A school of the list with its report of the year, if any. */
    public record SchoolRow(long schoolId, String schoolName, Long reportId, ApprovalStatus status,
            LocalDateTime since, boolean canCreate) {}

    /** A school of the municipal summary: the figures of its submitted or approved report, or none. */
    public record SummaryRow(long schoolId, String schoolName, Long reportId, ApprovalStatus status,
            ReportFigures figures) {}

    public record Summary(long municipalityId, String municipalityName, int academicYear, String yearLabel,
            List<SummaryRow> rows, long involved, long students, BigDecimal target) {

        public BigDecimal percent() {
            return students <= 0 ? null : Coverage.percent(involved, Math.toIntExact(students));
        }

        public String percentText() {
            return Coverage.format(percent());
        }

        public long reported() {
            return rows.stream().filter(r -> r.figures() != null).count();
        }
    }
}
