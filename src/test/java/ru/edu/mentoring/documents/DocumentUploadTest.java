package ru.edu.mentoring.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Hostile uploads fail safely: each is refused with a clear Russian message and nothing is stored; a good one is
 * stored under a generated id and downloaded as an attachment that the browser does not sniff.
 */
class DocumentUploadTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    MessageSource messages;

    @LocalServerPort
    int port;

    long school;

    @BeforeEach
    void school() {
        school = Fixtures.school1(jdbc);
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** 60 MB of zeros compress to some 60 KB: far beyond POI's inflate-ratio guard. */
    static byte[] bomb(String entry) throws IOException {
        return zip(entry, new byte[60 * 1024 * 1024]);
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from school_document", Long.class)
                + jdbc.queryForObject("select count(*) from document_file", Long.class);
    }

    private MvcResult upload(String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/documents/school/" + school)
                        .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                        .param("kind", "ORDER_TEACHERS").param("title", "")
                        .with(csrf()).with(user(users.loadUserByUsername("curator1"))))
                .andReturn();
    }

    private String refusal(String name, byte[] bytes) throws Exception {
        long before = stored();
        MvcResult result = upload(name, bytes);
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(stored()).as("nothing stored for %s", name).isEqualTo(before);
        Object key = result.getFlashMap().get("flashError");
        assertThat(key).as("a message for %s", name).isNotNull();
        String text = messages.getMessage(key.toString(), null, java.util.Locale.forLanguageTag("ru"));
        assertThat(text).containsPattern("[А-Яа-я]");
        return text;
    }

    @Test
    void wrongMagicBytesAreRefused() throws Exception {
        assertThat(refusal("приказ.pdf", "<html>не PDF</html>".getBytes(StandardCharsets.UTF_8)))
                .contains("не соответствует");
        assertThat(refusal("фото.png", pdf())).contains("не соответствует");
        assertThat(refusal("положение.docx", pdf())).contains("не соответствует");
        assertThat(refusal("таблица.xlsx", zip("word/document.xml", "<w/>".getBytes(StandardCharsets.UTF_8))))
                .as("a Word archive named .xlsx").contains("не соответствует");
        assertThat(refusal("script.html", "<script>".getBytes(StandardCharsets.UTF_8))).contains("тип файла");
    }

    @Test
    void anOversizedFileIsRefused() throws Exception {
        byte[] big = new byte[(int) UploadCheck.MAX_BYTES + 1];
        System.arraycopy(pdf(), 0, big, 0, pdf().length);
        assertThat(refusal("большой.pdf", big)).contains("больше 5 МБ");
    }

    @Test
    void anUploadAboveTheMultipartLimitGoesBackWithAMessage() throws Exception {
        long before = stored();
        MockHttpServletResponse response = mvc.perform(multipart("/documents/school/" + school)
                        .file(new MockMultipartFile("file", "huge.pdf", "application/pdf", pdf()))
                        .with(r -> {
                            r.setContent(new byte[7 * 1024 * 1024]);
                            return r;
                        })
                        .with(csrf()).with(user(users.loadUserByUsername("curator1"))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/documents/school/" + school);
        assertThat(stored()).isEqualTo(before);
    }

    /** Against the real server (MockMvc has no container and no container session). */
    @Test
    void overTheRealServerTheTokenTravelsInTheBodyAndAnUploadAboveTheLimitKeepsTheUserLoggedIn() {
        HttpSession session = HttpSession.loggedIn(port, "curator1", "demo");
        String path = "/documents/school/" + school;
        String html = session.get(path).body();
        java.util.regex.Matcher form = java.util.regex.Pattern.compile(
                "(<form[^>]*multipart/form-data[^>]*>)(.*?)</form>", java.util.regex.Pattern.DOTALL).matcher(html);
        assertThat(form.find()).as("the upload form is on the register page").isTrue();
        assertThat(form.group(1)).doesNotContain("csrf");
        String token = HttpSession.csrf(form.group(2));
        long before = stored();

        var refusedType = session.postMultipart(path, java.util.Map.of("_csrf", token, "kind", "ORDER_TEACHERS",
                "title", "Скрипт"), "file", "script.html", "<script>".getBytes(StandardCharsets.UTF_8));
        assertThat(refusedType.statusCode()).as("the token in the body passed the CSRF check").isEqualTo(302);
        assertThat(session.get(path).body()).contains("Такой тип файла не принимается");

        var tooLarge = session.postMultipart(path, java.util.Map.of("_csrf", token, "kind", "ORDER_TEACHERS"), "file",
                "huge.pdf", new byte[7 * 1024 * 1024]);
        assertThat(tooLarge.statusCode()).isEqualTo(302);
        assertThat(tooLarge.headers().firstValue("Location").orElse("")).endsWith(path);
        var after = session.get(path);
        assertThat(after.statusCode()).as("still logged in after the refused upload").isEqualTo(200);
        assertThat(after.body()).contains("Файл больше 5 МБ");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aZipBombInsideDocxOrXlsxIsRefused() throws Exception {
        byte[] docx = bomb("word/document.xml");
        byte[] xlsx = bomb("xl/workbook.xml");
        assertThat(docx.length).isLessThan((int) UploadCheck.MAX_BYTES);
        assertThat(refusal("отчёт.docx", docx)).contains("слишком большой объём");
        assertThat(refusal("отчёт.xlsx", xlsx)).contains("слишком большой объём");
    }

    @Test
    void pathLikeNamesAreRefused() throws Exception {
        assertThat(refusal("../../etc/passwd.pdf", pdf())).contains("путь");
        assertThat(refusal("C:\\x.pdf", pdf())).contains("путь");
        assertThat(refusal("C:x.pdf", pdf())).contains("путь");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertThat(refusal("пустой.pdf", new byte[0])).contains("пустой");
    }

    @Test
    void aGoodFileIsStoredUnderAGeneratedIdAndDownloadedAsAnAttachment() throws Exception {
        long before = stored();
        MvcResult result = upload("Приказ\u202Efdp.exe \u0007№ 5.pdf", pdf());
        assertThat(result.getFlashMap().get("flashSuccess")).isEqualTo("document.uploaded.ok");
        assertThat(stored()).isEqualTo(before + 2);
        var row = jdbc.queryForMap("select id, file_name, title, published, file_id::text as file_id"
                + " from school_document where school_id = ? order by id desc limit 1", school);
        assertThat(row.get("file_name")).isEqualTo("Приказfdp.exe № 5.pdf");
        assertThat(row.get("file_id").toString()).doesNotContain("Приказ");
        assertThat(row.get("published")).isEqualTo(false);

        MockHttpServletResponse download = mvc.perform(get("/documents/" + row.get("id") + "/file")
                .with(user(users.loadUserByUsername("department")))).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf());

        // not published: the public does not see it
        assertThat(mvc.perform(get("/public/documents/" + row.get("id"))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        jdbc.update("delete from school_document where id = ?", row.get("id"));
        jdbc.update("delete from document_file where id = ?::uuid", row.get("file_id"));
    }
}
