package ru.edu.mentoring.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UploadCheckTest {

    @Test
    void oddNamesAreCleanedAndCyrillicKept() {
        assertThat(UploadCheck.safeName("Положение о наставничестве.PDF")).isEqualTo("Положение о наставничестве.pdf");
        assertThat(UploadCheck.safeName("evil\u202Egpj.pdf")).isEqualTo("evilgpj.pdf");
        assertThat(UploadCheck.safeName("a\u0000b\tc.pdf")).isEqualTo("abc.pdf");
        assertThat(UploadCheck.safeName(".hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(UploadCheck.safeName(".pdf")).isEqualTo("документ.pdf");
        assertThat(UploadCheck.safeName("что?<это>.docx")).isEqualTo("что__это_.docx");
        assertThat(UploadCheck.safeName("й".repeat(300) + ".pdf")).hasSize(124);
    }

    @Test
    void pathsAreRefused() {
        for (String name : new String[] {"../../etc/passwd.pdf", "C:\\x.pdf", "a/b.pdf", "..pdf", "D:x.pdf"}) {
            assertThatThrownBy(() -> UploadCheck.safeName(name)).as(name).isInstanceOf(UploadRejected.class);
        }
    }

    @Test
    void magicBytesMustMatchTheExtension() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};
        assertThat(UploadCheck.check("a.png", png).type()).isEqualTo(FileType.PNG);
        assertThat(UploadCheck.check("a.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}).type())
                .isEqualTo(FileType.JPEG);
        assertThatThrownBy(() -> UploadCheck.check("a.jpg", png)).isInstanceOf(UploadRejected.class);
    }

    static byte[] pdf(boolean withScript, boolean compressed) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            if (withScript) {
                org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript js =
                        new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert('x')");
                // an indirect action object, so that compression moves it into an object stream
                js.getCOSObject().setDirect(false);
                doc.getDocumentCatalog().setOpenAction(js);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out, compressed ? org.apache.pdfbox.pdfwriter.compress.CompressParameters.DEFAULT_COMPRESSION
                    : org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    @Test
    void aPdfWithJavaScriptIsRefusedEvenInsideACompressedObjectStream() throws Exception {
        byte[] plain = pdf(true, false);
        assertThat(new String(plain, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/JavaScript");
        assertThatThrownBy(() -> UploadCheck.check("a.pdf", plain)).isInstanceOf(UploadRejected.class)
                .hasMessage("document.upload.script");
        byte[] compressed = pdf(true, true);
        assertThat(new String(compressed, java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("the script is not visible in the bytes").doesNotContain("/JavaScript").doesNotContain("/JS");
        assertThatThrownBy(() -> UploadCheck.check("b.pdf", compressed)).isInstanceOf(UploadRejected.class)
                .hasMessage("document.upload.script");
    }

    @Test
    void aPlainPdfIsAccepted() throws Exception {
        assertThat(UploadCheck.check("a.pdf", pdf(false, true)).type()).isEqualTo(FileType.PDF);
        assertThat(UploadCheck.check("b.pdf", pdf(false, false)).type()).isEqualTo(FileType.PDF);
    }

    @Test
    void launchActionsAndScriptNameTreesAreRefused() {
        byte[] launch = ("%PDF-1.4\n1 0 obj<</Type/Catalog/OpenAction<</S/Launch/F(cmd.exe)>>>>endobj\ntrailer<</Root 1 0 R>>"
                + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> UploadCheck.check("c.pdf", launch)).isInstanceOf(UploadRejected.class);
        byte[] names = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Names<</JavaScript 2 0 R>>>>endobj\ntrailer<</Root 1 0 R>>"
                + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> UploadCheck.check("d.pdf", names)).isInstanceOf(UploadRejected.class);
    }
}
