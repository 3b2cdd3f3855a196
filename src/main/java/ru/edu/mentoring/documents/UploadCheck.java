package ru.edu.mentoring.documents;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Checks an upload before anything is stored: a name that is a plain file name, a size within the limit, an allowed
 * type by extension whose first bytes match it, and for DOCX and XLSX an archive that POI's zip-bomb guard reads
 * through and that holds a Word document or an Excel workbook. The stored name is a clean, safe version of the
 * original (control and direction-changing characters removed, Cyrillic kept).
 */
final class UploadCheck {

    /** What a stored file may weigh: 5 MB. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    /** What the parts of an office archive may hold when unpacked, all together. */
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;

    static final int MAX_ENTRIES = 2_000;

    static final int MAX_NAME_LENGTH = 120;

    record Checked(String fileName, FileType type, byte[] bytes) {}

    private UploadCheck() {}

    static Checked check(String originalName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UploadRejected("document.upload.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UploadRejected("document.upload.tooLarge");
        }
        String name = safeName(originalName);
        FileType type = FileType.ofFileName(name).orElseThrow(() -> new UploadRejected("document.upload.type"));
        if (!type.magicMatches(bytes)) {
            throw new UploadRejected("document.upload.content");
        }
        if (type == FileType.DOCX || type == FileType.XLSX) {
            checkOfficeArchive(bytes, type == FileType.DOCX ? "word/" : "xl/");
        }
        if (type == FileType.PDF && PdfScripts.present(bytes)) {
            throw new UploadRejected("document.upload.script");
        }
        return new Checked(name, type, bytes);
    }

    /** The file name to keep: refused when it names a path, else cleaned of characters that could mislead. */
    static String safeName(String original) {
        if (original == null || original.isBlank()) {
            throw new UploadRejected("document.upload.noName");
        }
        if (original.contains("/") || original.contains("\\") || original.contains("..")
                || original.matches("^[A-Za-z]:.*")) {
            throw new UploadRejected("document.upload.pathName");
        }
        String nfc = Normalizer.normalize(original, Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder();
        nfc.codePoints().forEach(cp -> {
            int t = Character.getType(cp);
            if (t == Character.CONTROL || t == Character.FORMAT || t == Character.LINE_SEPARATOR
                    || t == Character.PARAGRAPH_SEPARATOR || t == Character.PRIVATE_USE || t == Character.SURROGATE
                    || t == Character.UNASSIGNED) {
                return;
            }
            if ("<>:\"|?*".indexOf(cp) >= 0) {
                clean.append('_');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                clean.append(' ');
            } else {
                clean.appendCodePoint(cp);
            }
        });
        String name = clean.toString().replaceAll(" {2,}", " ").strip();
        int dot = name.lastIndexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).replaceAll("^[.\\s]+", "").strip();
        String ext = dot < 0 ? "" : name.substring(dot + 1).strip().toLowerCase(java.util.Locale.ROOT);
        if (base.isEmpty()) {
            base = "документ";
        }
        if (base.codePointCount(0, base.length()) > MAX_NAME_LENGTH) {
            base = base.substring(0, base.offsetByCodePoints(0, MAX_NAME_LENGTH)).strip();
        }
        return ext.isEmpty() ? base : base + "." + ext;
    }

    /** Reads every part through POI's guarded stream; a zip bomb, a broken archive or a foreign one is refused. */
    private static void checkOfficeArchive(byte[] bytes, String requiredFolder) {
        File temp = null;
        try {
            temp = Files.createTempFile("upload-", ".zip").toFile();
            Files.write(temp.toPath(), bytes);
            boolean found = false;
            long total = 0;
            int count = 0;
            byte[] buffer = new byte[8192];
            try (ZipSecureFile zip = new ZipSecureFile(temp)) {
                Enumeration<ZipArchiveEntry> entries = zip.getEntries();
                while (entries.hasMoreElements()) {
                    ZipArchiveEntry entry = entries.nextElement();
                    if (++count > MAX_ENTRIES) {
                        throw new UploadRejected("document.upload.zipBomb");
                    }
                    String entryName = entry.getName();
                    if (entryName.startsWith(requiredFolder)) {
                        found = true;
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        int n;
                        while ((n = in.read(buffer)) > 0) {
                            total += n;
                            if (total > MAX_UNPACKED_BYTES) {
                                throw new UploadRejected("document.upload.zipBomb");
                            }
                        }
                    }
                }
            }
            if (!found) {
                throw new UploadRejected("document.upload.content");
            }
        } catch (UploadRejected e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            throw new UploadRejected(message.contains("zip bomb") || message.contains("inflate")
                    || message.contains("threshold") ? "document.upload.zipBomb" : "document.upload.content");
        } finally {
            if (temp != null && !temp.delete()) {
                temp.deleteOnExit();
            }
        }
    }
}
