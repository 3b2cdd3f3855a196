package ru.edu.mentoring.contests;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A contest's regulation (no application) or a document of an application. */
@Entity
@Table(name = "contest_file")
class ContestFile {

    enum Kind { REGULATION, APPLICATION, PORTFOLIO, CONSENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contest_id", nullable = false)
    private long contestId;

    @Column(name = "application_id")
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] bytes;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ContestFile() {}

    ContestFile(long contestId, Long applicationId, Kind kind, ContestFiles.Checked file, Instant at) {
        this.contestId = contestId;
        this.applicationId = applicationId;
        this.kind = kind;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.bytes().length;
        this.bytes = file.bytes();
        this.uploadedAt = at;
    }

    Long getId() {
        return id;
    }

    long getContestId() {
        return contestId;
    }

    Long getApplicationId() {
        return applicationId;
    }

    Kind getKind() {
        return kind;
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

    byte[] getBytes() {
        return bytes;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }
}
