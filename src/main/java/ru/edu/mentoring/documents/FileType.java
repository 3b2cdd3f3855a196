package ru.edu.mentoring.documents;

import java.util.Locale;
import java.util.Optional;

/** The file types a school may upload, each with its extensions, its served content type and its magic bytes. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg");

    private final String contentType;
    private final String[] extensions;

    FileType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /** The type a file name declares by its extension. */
    static Optional<FileType> ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (FileType t : values()) {
            for (String e : t.extensions) {
                if (e.equals(ext)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the first bytes are those of this type (for DOCX and XLSX: a ZIP archive, checked further). */
    boolean magicMatches(byte[] b) {
        return switch (this) {
            case PDF -> startsWith(b, '%', 'P', 'D', 'F', '-');
            case DOCX, XLSX -> startsWith(b, 'P', 'K', 3, 4);
            case PNG -> startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case JPEG -> startsWith(b, 0xFF, 0xD8, 0xFF);
        };
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
