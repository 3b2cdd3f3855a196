package ru.edu.mentoring.documents;

import java.util.Set;

/**
 * The documents module's check of an upload, for other modules that store files (contests): the same rules as a
 * school's documents ({@link UploadCheck}: a plain name cleaned of misleading characters, 1 byte to 5 MB, the first
 * bytes of the declared type, an office archive read through POI's zip-bomb guard, a PDF without JavaScript or launch
 * actions, also inside compressed object streams ({@link PdfScripts})), narrowed to the types the caller takes.
 * Refuses with {@link UploadRejected}, whose key names the Russian message.
 */
public final class UploadChecks {

    /** A file that passed: its clean name, its type and its bytes. */
    public record CheckedFile(String fileName, FileType type, byte[] bytes) {}

    private UploadChecks() {}

    public static CheckedFile check(String originalName, byte[] bytes, Set<FileType> allowed) {
        String name = UploadCheck.safeName(originalName);
        FileType declared = FileType.ofFileName(name).orElseThrow(() -> new UploadRejected("document.upload.type"));
        if (!allowed.contains(declared)) {
            throw new UploadRejected("document.upload.type");
        }
        UploadCheck.Checked checked = UploadCheck.check(originalName, bytes);
        return new CheckedFile(checked.fileName(), checked.type(), checked.bytes());
    }
}
