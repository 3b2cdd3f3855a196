package ru.edu.mentoring.contests;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Checks a contest file before it is stored: a plain file name, 1 byte to 5 MB, PDF, DOCX, JPEG or PNG whose first
 * bytes match the extension, and a PDF without JavaScript or a launch action (a plain scan of its bytes, names
 * written with #-escapes included).
 */
final class ContestFiles {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    static final int MAX_NAME = 120;

    record Checked(String fileName, String contentType, byte[] bytes) {}

    private ContestFiles() {}

    static Checked check(String originalName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ContestRuleException("contest.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ContestRuleException("contest.file.tooLarge");
        }
        if (originalName == null || originalName.isBlank() || originalName.contains("/") || originalName.contains("\\")
                || originalName.contains("..")) {
            throw new ContestRuleException("contest.file.name");
        }
        StringBuilder clean = new StringBuilder();
        originalName.strip().codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(clean::appendCodePoint);
        String name = clean.length() > MAX_NAME ? clean.substring(clean.length() - MAX_NAME) : clean.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String type;
        if (lower.endsWith(".pdf") && starts(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            type = "application/pdf";
            if (scripted(bytes)) {
                throw new ContestRuleException("contest.file.script");
            }
        } else if (lower.endsWith(".docx") && starts(bytes, new byte[] {'P', 'K', 3, 4})) {
            type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        } else if ((lower.endsWith(".jpg") || lower.endsWith(".jpeg"))
                && starts(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            type = "image/jpeg";
        } else if (lower.endsWith(".png") && starts(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            type = "image/png";
        } else {
            throw new ContestRuleException("contest.file.type");
        }
        return new Checked(name, type, bytes);
    }

    private static boolean starts(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean scripted(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("#4A", "J").replace("#4a", "J")
                .replace("#53", "S").replace("#4C", "L").replace("#4c", "L");
        return java.util.regex.Pattern.compile("/(JS|JavaScript|Launch)(?![A-Za-z0-9])").matcher(text).find();
    }
}
