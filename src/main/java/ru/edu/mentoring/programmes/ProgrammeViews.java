package ru.edu.mentoring.programmes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.TransitionView;

/** What the programmes pages show: records built inside the transaction. */
final class ProgrammeViews {

    private ProgrammeViews() {}

    /** A school's programme with its history and its pairs. */
    record ProgrammeView(long id, long schoolId, String schoolName, String schoolFullName, long municipalityId,
            long formId, String formName, int academicYear, String yearLabel, String goal, String tasks,
            String variations, LocalDate periodFrom, LocalDate periodTo, Long curatorId, String curatorName,
            ApprovalStatus status, LocalDateTime statusChangedAt, long version, Long orderDocumentId,
            String returnComment, List<TransitionView> history, boolean teacherForm) {}

    /** A pair or group of the programme (of its school and form, started in its academic year). */
    record PairRow(long pairId, String status, String mentorName, List<String> menteeNames, LocalDate startDate,
            boolean personalProgramme) {}

    /** One form's cell in the list of a school: its programme, if any. */
    record FormCell(long formId, String formName, Long programmeId, ApprovalStatus status) {}

    /** A school with its programmes of the year, one cell per form. */
    record SchoolRow(long schoolId, String schoolName, boolean canCreate, List<FormCell> cells) {}

    /** A programme waiting for its head's decision. */
    record Waiting(long programmeId, String schoolName, String formName, String yearLabel, LocalDateTime since) {}

    /** One row of a personalised programme's plan. */
    record ActivityRow(long id, String activity, LocalDate dueDate, String expectedResult, boolean done,
            String result, long version) {}

    /** A teacher pair's personalised programme (null id: not yet written). */
    record PersonalView(Long id, long pairId, long schoolId, String schoolName, String schoolFullName,
            String mentorName, String menteeName, String formName, String difficulties, String goal, String tasks,
            LocalDate startDate, LocalDate endDate, int months, boolean durationWarning, String selfAnalysis,
            String mentorReview, String curatorConclusion, long version, List<ActivityRow> activities,
            Long programmeId, String programmeYearLabel) {}
}
