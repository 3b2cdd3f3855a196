package ru.edu.mentoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * A page written as Thymeleaf writes it (at once, then a flush of the writer), larger than the servlet container's
 * default buffer, behind Spring Session's own filter: without {@link PageBuffer} the session is read from its
 * repository twice (the page commits the response and the session while it is written, and the filter's final commit
 * reads it again); with it, once, and saved once, and the whole page still reaches the client.
 */
class PageBufferTest {

    /** A session repository that counts its reads and saves. */
    static final class CountingRepository extends MapSessionRepository {
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger saves = new AtomicInteger();

        CountingRepository() {
            super(new ConcurrentHashMap<>());
        }

        @Override
        public MapSession findById(String id) {
            reads.incrementAndGet();
            return super.findById(id);
        }

        @Override
        public void save(MapSession session) {
            saves.incrementAndGet();
            super.save(session);
        }
    }

    /** A page of 40 KB that uses the session, as every signed-in page does, written and flushed as Thymeleaf does. */
    static final HttpServlet PAGE = new HttpServlet() {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
            request.getSession(false).getAttribute("SPRING_SECURITY_CONTEXT");
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("x".repeat(40_000));
            response.getWriter().flush();
        }
    };

    private static CountingRepository request(boolean withPageBuffer) throws Exception {
        CountingRepository repository = new CountingRepository();
        MapSession session = repository.createSession();
        repository.save(session);
        repository.reads.set(0);
        repository.saves.set(0);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/schools/1/pairs");
        request.setCookies(new jakarta.servlet.http.Cookie("SESSION",
                java.util.Base64.getEncoder().encodeToString(session.getId().getBytes())));
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setBufferSize(8192);
        SessionRepositoryFilter<MapSession> sessions = new SessionRepositoryFilter<>(repository);
        Filter[] filters = withPageBuffer ? new Filter[] {sessions, new PageBuffer()} : new Filter[] {sessions};
        new MockFilterChain(PAGE, filters).doFilter(request, response);
        assertThat(response.getContentAsString()).hasSize(40_000);
        return repository;
    }

    @Test
    void aPageLargerThanTheDefaultBufferReadsTheSessionTwiceWithoutIt() throws Exception {
        CountingRepository repository = request(false);
        assertThat(repository.reads.get()).as("reads without the page buffer").isEqualTo(2);
    }

    @Test
    void withThePageBufferTheSessionIsReadOnceAndSavedOnce() throws Exception {
        CountingRepository repository = request(true);
        assertThat(repository.reads.get()).as("reads with the page buffer").isEqualTo(1);
        assertThat(repository.saves.get()).as("saves").isEqualTo(1);
    }

    @Test
    void staticFilesAreLeftAlone() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/css/app.css");
        request.setRequestURI("/css/app.css");
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setBufferSize(8192);
        new MockFilterChain(new HttpServlet() {}, new PageBuffer()).doFilter(request, response);
        assertThat(response.getBufferSize()).isEqualTo(8192);
    }
}
