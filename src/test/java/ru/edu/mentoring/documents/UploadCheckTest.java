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
}
