package ru.edu.mentoring.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One document of a school's register: what it is, its checked file, and whether the public page shows it. */
@Entity
@Table(name = "school_document")
class SchoolDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_id", nullable = false, updatable = false)
    private long schoolId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    private long municipalityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentKind kind;

    @Column(nullable = false)
    private String title;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false)
    private FileType fileType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "file_id", nullable = false, updatable = false)
    private UUID fileId;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Version
    private long version;

    protected SchoolDocument() {}

    SchoolDocument(long schoolId, long municipalityId, DocumentKind kind, String title, UploadCheck.Checked file,
            UUID fileId, boolean published, String uploadedBy, Instant uploadedAt) {
        this.schoolId = schoolId;
        this.municipalityId = municipalityId;
        this.kind = kind;
        this.title = title;
        this.fileName = file.fileName();
        this.fileType = file.type();
        this.sizeBytes = file.bytes().length;
        this.fileId = fileId;
        this.published = published;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    void publish(boolean on) {
        this.published = on;
    }

    Long getId() {
        return id;
    }

    long getSchoolId() {
        return schoolId;
    }

    long getMunicipalityId() {
        return municipalityId;
    }

    DocumentKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    String getFileName() {
        return fileName;
    }

    FileType getFileType() {
        return fileType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    UUID getFileId() {
        return fileId;
    }

    boolean isPublished() {
        return published;
    }

    String getUploadedBy() {
        return uploadedBy;
    }

    Instant getUploadedAt() {
        return uploadedAt;
    }

    long getVersion() {
        return version;
    }
}
