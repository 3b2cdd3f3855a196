package ru.edu.mentoring.practices;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A material of a practice (PDF, PNG or JPEG up to 5 MB, checked by its first bytes). The documents module keeps a
 * school's register, not a practice's attachments, and has no public API to store and read them, so the practices
 * module keeps its own.
 */
@Entity
@Table(name = "practice_file")
class PracticeFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id", nullable = false, updatable = false)
    private long practiceId;

    @Column(name = "school_id", nullable = false, updatable = false)
    private long schoolId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected PracticeFile() {}

    PracticeFile(long practiceId, long schoolId, String fileName, String contentType, byte[] content, Instant now) {
        this.practiceId = practiceId;
        this.schoolId = schoolId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedAt = now;
    }

    Long getId() {
        return id;
    }

    long getPracticeId() {
        return practiceId;
    }

    long getSchoolId() {
        return schoolId;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    int getSizeBytes() {
        return sizeBytes;
    }

    byte[] getContent() {
        return content;
    }
}
