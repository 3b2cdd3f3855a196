package ru.edu.mentoring.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bytes of an uploaded file, under a generated id; never named by the uploader's file name. */
@Entity
@Table(name = "document_file")
class DocumentFile {

    @Id
    private UUID id;

    @Column(nullable = false)
    private byte[] content;

    protected DocumentFile() {}

    DocumentFile(UUID id, byte[] content) {
        this.id = id;
        this.content = content;
    }

    UUID getId() {
        return id;
    }

    byte[] getContent() {
        return content;
    }
}
