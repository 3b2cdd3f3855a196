package ru.edu.mentoring.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The people import in its steps, as a browser goes through them (issue 17): the upload (POST
 * {@code /schools/{id}/import}), the column matching (GET {@code /import/uploads/{u}}; the guess kept), the confirm
 * (POST {@code /import/uploads/{u}/confirm} with the page's {@code version}) and the wait for the background write
 * (GET {@code /import/uploads/{u}/status} until {@code DONE}). For tests that need a whole import in one call.
 */
public final class ImportSteps {

    private static final Pattern UPLOAD = Pattern.compile("/import/uploads/(\\d+)$");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final Pattern RUN = Pattern.compile("\"run\":(\\d+)");

    private ImportSteps() {}

    /** Uploads a file and returns where the upload step sent the user (a matching step, or a run that refused it). */
    public static String upload(MockMvc mvc, long school, RequestPostProcessor who, String name, byte[] bytes,
            String category) throws Exception {
        var request = multipart("/schools/" + school + "/import")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes)).with(csrf()).with(who);
        if (category != null) {
            request.param("category", category);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        return response.getRedirectedUrl();
    }

    /** The id of the upload a location names, or null (the file was refused whole: the location names a run). */
    public static Long uploadId(String location) {
        Matcher m = UPLOAD.matcher(location);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    /** The run a location names ({@code ?run=N}). */
    public static long runId(String location) {
        return Long.parseLong(location.substring(location.indexOf("run=") + 4));
    }

    public static String page(MockMvc mvc, long upload, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/import/uploads/" + upload).with(who)).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as("the matching step of upload %d", upload).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The version the matching page carries in its confirm form. */
    public static int version(String page) {
        Matcher m = VERSION.matcher(page);
        assertThat(m.find()).as("the matching page offers «Загрузить» (all required fields chosen)").isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** Confirms the matching as shown and waits for the write; returns the run. */
    public static long confirm(MockMvc mvc, long upload, RequestPostProcessor who, boolean allOrNothing)
            throws Exception {
        int version = version(page(mvc, upload, who));
        var request = post("/import/uploads/" + upload + "/confirm").with(csrf()).with(who)
                .param("version", String.valueOf(version));
        if (allOrNothing) {
            request.param("allOrNothing", "true");
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/import/uploads/" + upload + "/progress");
        return await(mvc, upload, who);
    }

    /** Polls the status of the write, as the progress page does, until it is over; returns the run. */
    public static long await(MockMvc mvc, long upload, RequestPostProcessor who) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            String status = mvc.perform(get("/import/uploads/" + upload + "/status").with(who)).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (status.contains("\"state\":\"DONE\"")) {
                Matcher m = RUN.matcher(status);
                assertThat(m.find()).as(status).isTrue();
                return Long.parseLong(m.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import of upload " + upload + " did not finish");
    }

    /**
     * A whole import with the portal's guess: upload, confirm, wait. Returns the run (also for a file refused whole at
     * the upload).
     */
    public static long run(MockMvc mvc, long school, RequestPostProcessor who, String name, byte[] bytes,
            boolean allOrNothing) throws Exception {
        String location = upload(mvc, school, who, name, bytes, null);
        Long upload = uploadId(location);
        return upload == null ? runId(location) : confirm(mvc, upload, who, allOrNothing);
    }

    /** The same over HTTP against the running server, for tests that drive a real session; returns the run. */
    public static long run(HttpSession session, long school, String csrfToken, String name, byte[] bytes) {
        HttpResponse<String> uploaded = session.postMultipart("/schools/" + school + "/import",
                Map.of("_csrf", csrfToken), "file", name, bytes);
        assertThat(uploaded.statusCode()).isEqualTo(302);
        String location = uploaded.headers().firstValue("Location").orElseThrow();
        Long upload = uploadId(location);
        if (upload == null) {
            return runId(location);
        }
        String page = session.get("/import/uploads/" + upload).body();
        HttpResponse<String> confirmed = session.post("/import/uploads/" + upload + "/confirm", "_csrf="
                + HttpSession.enc(HttpSession.csrf(page)) + "&version=" + version(page));
        assertThat(confirmed.statusCode()).isEqualTo(302);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            String status = session.get("/import/uploads/" + upload + "/status", "application/json").body();
            if (status.contains("\"state\":\"DONE\"")) {
                Matcher m = RUN.matcher(status);
                assertThat(m.find()).as(status).isTrue();
                return Long.parseLong(m.group(1));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the import of upload " + upload + " did not finish");
    }
}
