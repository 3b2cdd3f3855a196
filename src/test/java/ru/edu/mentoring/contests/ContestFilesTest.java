package ru.edu.mentoring.contests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: a contest's files (regulation, application documents) are checked the way the documents module checks a
 * school's uploads, not by a byte scan of its own: a script hidden in a compressed object stream, a ZIP that is no
 * Word document, a spreadsheet and a misleading name are caught too.
 */
class ContestFilesTest {

    static byte[] pdf(boolean withScript, boolean compressed) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            if (withScript) {
                org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript js =
                        new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert('x')");
                js.getCOSObject().setDirect(false);
                doc.getDocumentCatalog().setOpenAction(js);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, compressed ? org.apache.pdfbox.pdfwriter.compress.CompressParameters.DEFAULT_COMPRESSION
                    : org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    static byte[] zip(String entry, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static void refused(String key, Runnable step) {
        assertThatThrownBy(step::run).isInstanceOf(ContestRuleException.class)
                .satisfies(e -> assertThat(((ContestRuleException) e).messageKey()).isEqualTo(key));
    }

    @Test
    void aScriptInsideACompressedObjectStreamIsRefused() throws Exception {
        byte[] hidden = pdf(true, true);
        assertThat(new String(hidden, StandardCharsets.ISO_8859_1)).as("not visible to a byte scan")
                .doesNotContain("/JavaScript").doesNotContain("/JS");
        refused("contest.file.script", () -> ContestFiles.check("zayavka.pdf", hidden));
        byte[] plain = pdf(true, false);
        refused("contest.file.script", () -> ContestFiles.check("zayavka.pdf", plain));
        assertThat(ContestFiles.check("zayavka.pdf", pdf(false, true)).contentType()).isEqualTo("application/pdf");
    }

    @Test
    void aDocxMustBeAWordDocumentReadThroughTheZipGuard() throws Exception {
        byte[] notWord = zip("payload.exe", "MZ".getBytes(StandardCharsets.US_ASCII));
        refused("contest.file.type", () -> ContestFiles.check("portfolio.docx", notWord));
        byte[] word = zip("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
        assertThat(ContestFiles.check("portfolio.docx", word).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        // a bomb: one part that unpacks to more than the documents module allows
        byte[] bomb = zip("word/document.xml", new byte[101 * 1024 * 1024]);
        refused("document.upload.zipBomb", () -> ContestFiles.check("bomb.docx", bomb));
    }

    @Test
    void onlyTheContestsTypesAndCleanNames() throws Exception {
        byte[] workbook = zip("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8));
        refused("contest.file.type", () -> ContestFiles.check("ocenki.xlsx", workbook));
        refused("contest.file.type", () -> ContestFiles.check("z.pdf", "MZ\u0090\u0000"
                .getBytes(StandardCharsets.ISO_8859_1)));
        byte[] plain = pdf(false, false);
        refused("contest.file.name", () -> ContestFiles.check("../../etc/passwd.pdf", plain));
        refused("contest.file.empty", () -> ContestFiles.check("z.pdf", new byte[0]));
        refused("contest.file.tooLarge", () -> ContestFiles.check("z.pdf", new byte[ContestFiles.MAX_BYTES + 1]));
        assertThat(ContestFiles.check("evil\u202Egpj.pdf", pdf(false, false)).fileName()).isEqualTo("evilgpj.pdf");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
        assertThat(ContestFiles.check("foto.png", png).contentType()).isEqualTo("image/png");
    }
}
