package ru.edu.mentoring.practices;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.approval.TransitionView;

/** What the practices' pages show, mapped inside the transaction. */
final class PracticeViews {

    private PracticeViews() {}

    /** A row of the working list. */
    record Row(long id, String title, long schoolId, String schoolName, ApprovalStatus status, LocalDateTime since,
            PracticeLevel level) {}

    /** A file of a practice. */
    record FileView(long id, String fileName, String contentType, int sizeBytes) {

        /** The size in whole kilobytes (at least 1), for the message {@code practice.file.size}. */
        public long kilobytes() {
            return Math.max(1, (sizeBytes + 1023) / 1024);
        }
    }

    /** An event as a practice's page and the municipal page list it. */
    record EventView(long id, String title, EventKind kind, LocalDate eventDate, String place, String description,
            List<String> schoolNames, List<PracticeLink> practices, long version) {}

    /** A link to a published practice. */
    record PracticeLink(long id, String title) {}

    /** One practice with everything its pages show. */
    record PracticeView(long id, long schoolId, String schoolName, long municipalityId, String title, Long formId,
            String formName, String roleModel, String problem, String goal, String participants,
            LocalDate periodStart, LocalDate periodEnd, String description, String resources, String results,
            String effectiveness, String uniqueness, String replicability, String scalability,
            boolean publishConsent, PracticeLevel level, String contestTitle, Integer contestYear,
            ApprovalStatus status, LocalDateTime statusChangedAt, LocalDateTime publishedAt, long version,
            List<FileView> files, List<EventView> events, String returnComment, List<TransitionView> history) {

        public boolean published() {
            return status == ApprovalStatus.APPROVED;
        }

        public boolean winner() {
            return contestTitle != null;
        }
    }

    /** A practice in the public catalogue. */
    record CatalogueItem(long id, String title, long schoolId, String schoolName, String formName,
            PracticeLevel level, LocalDate periodStart, LocalDate periodEnd, String summary, boolean winner) {}
}
