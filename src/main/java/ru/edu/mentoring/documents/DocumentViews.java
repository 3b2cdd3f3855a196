package ru.edu.mentoring.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** What the document pages show. */
public final class DocumentViews {

    private DocumentViews() {}

    public record DocumentView(long id, DocumentKind kind, String title, String fileName, FileType fileType,
            long sizeBytes, boolean published, String uploadedBy, LocalDateTime uploadedAt, long version) {

        /** «1,2 МБ» / «350 КБ» as numbers for the message: kilobytes rounded up. */
        public long sizeKb() {
            return Math.max(1, (sizeBytes + 1023) / 1024);
        }
    }

    public record NewsView(long id, String title, LocalDate date, String body, long version) {}

    public record ActView(long id, String title, String number, LocalDate actDate, String link, long version) {}

    /** A school's completeness: which required kinds have at least one document, and whether it has news. */
    public record Completeness(Map<DocumentKind, Boolean> kinds, boolean news) {

        public List<DocumentKind> missing() {
            return kinds.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        }

        public boolean complete() {
            return missing().isEmpty() && news;
        }

        public int missingCount() {
            return missing().size() + (news ? 0 : 1);
        }

        public boolean has(DocumentKind kind) {
            return Boolean.TRUE.equals(kinds.get(kind));
        }
    }

    public record MatrixRow(long schoolId, String schoolName, Completeness completeness) {}
}
