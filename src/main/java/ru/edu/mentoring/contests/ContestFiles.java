package ru.edu.mentoring.contests;

import java.util.Map;
import java.util.Set;
import ru.edu.mentoring.documents.FileType;
import ru.edu.mentoring.documents.UploadChecks;
import ru.edu.mentoring.documents.UploadRejected;

/**
 * Checks a contest file before it is stored, the way the documents module checks a school's uploads
 * ({@link UploadChecks}): a plain file name, 1 byte to 5 MB, PDF, DOCX, JPEG or PNG whose first bytes match the
 * extension, a DOCX read through the zip-bomb guard, and a PDF without JavaScript or a launch action, also inside
 * compressed object streams. A refusal becomes a {@link ContestRuleException} with the contest's Russian message.
 */
final class ContestFiles {

    /** What a contest file may weigh: the documents module's limit. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    static final Set<FileType> ALLOWED = Set.of(FileType.PDF, FileType.DOCX, FileType.JPEG, FileType.PNG);

    /** The documents module's refusals as the contest pages word them (the others keep the documents' wording). */
    private static final Map<String, String> KEYS = Map.of(
            "document.upload.empty", "contest.file.empty",
            "document.upload.tooLarge", "contest.file.tooLarge",
            "document.upload.noName", "contest.file.name",
            "document.upload.pathName", "contest.file.name",
            "document.upload.type", "contest.file.type",
            "document.upload.content", "contest.file.type",
            "document.upload.script", "contest.file.script");

    record Checked(String fileName, String contentType, byte[] bytes) {}

    private ContestFiles() {}

    static Checked check(String originalName, byte[] bytes) {
        try {
            UploadChecks.CheckedFile checked = UploadChecks.check(originalName, bytes, ALLOWED);
            return new Checked(checked.fileName(), checked.type().contentType(), checked.bytes());
        } catch (UploadRejected e) {
            throw new ContestRuleException(KEYS.getOrDefault(e.messageKey(), e.messageKey()));
        }
    }
}
