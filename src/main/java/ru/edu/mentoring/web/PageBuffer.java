package ru.edu.mentoring.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a page in its response buffer until the request's filters are done, right inside Spring Session's filter, so
 * that the session is read from PostgreSQL once per page instead of twice.
 * <p>
 * Spring Session saves the session when the response commits and once more when its filter ends; the save clears its
 * copy of the requested session, so the second commit reads the session again (one SELECT, one transaction and one
 * deserialisation of the security context). A page committed the response early twice over: Thymeleaf writes it
 * at once and then flushes the writer, and a page of 20–60 KB is larger than Tomcat's 8 KB buffer. This filter gives
 * the response a buffer of {@value #SIZE} bytes and lets the writer's {@code flush()} wait until the chain has run; Tomcat
 * sends the page when the request ends, after the session is saved (which is also when Spring Session means to save
 * it). A larger answer still streams, flushed each time the buffer is full; an output stream (the exports) is untouched.
 */
final class PageBuffer extends OncePerRequestFilter {

    /** Bytes: more than the largest page of the region benchmark (about 60 KB), within Tomcat's 128 KB reuse limit. */
    static final int SIZE = 128 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return StaticFiles.requested(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!response.isCommitted() && response.getBufferSize() < SIZE) {
            response.setBufferSize(SIZE);
        }
        chain.doFilter(request, new HeldFlush(response));
    }

    /** A response whose writer's flush() is held back: the page is sent when the request ends. */
    static final class HeldFlush extends HttpServletResponseWrapper {

        private PrintWriter writer;

        HeldFlush(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(super.getWriter(), false) {
                    @Override
                    public void flush() {
                        // held: Tomcat flushes the buffer when the request ends
                    }
                };
            }
            return writer;
        }
    }
}
