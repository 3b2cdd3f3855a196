package ru.edu.mentoring.documents;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A document upload above the multipart limit would fail on the first parameter a security filter reads and end in
 * the container's English error page. This filter runs before them and sends such a request back to the school's
 * register with a Russian message; nothing of the body is read and nothing is stored.
 */
@Component
// After Spring Session's filter (so the flash message lands in the user's own session: before it, the container would
// open a session of its own and overwrite the session cookie, logging the user out) and before Spring Security's
@Order(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER + 1)
class UploadLimitFilter extends OncePerRequestFilter {

    private static final Pattern UPLOAD_PATH = Pattern.compile("^/documents/school/(\\d+)$");

    private final long maxRequestBytes;
    private final SessionFlashMapManager flash = new SessionFlashMapManager();

    UploadLimitFilter(@Value("${app.documents.max-request-size:6MB}") DataSize maxRequestSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.startsWith("multipart/")
                || request.getContentLengthLong() <= maxRequestBytes
                || !UPLOAD_PATH.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = UPLOAD_PATH.matcher(path(request));
        String target = m.matches() ? "/documents/school/" + m.group(1) : "/documents";
        redirectWithMessage(request, response, flash, target);
    }

    static void redirectWithMessage(HttpServletRequest request, HttpServletResponse response,
            SessionFlashMapManager flash, String target) throws IOException {
        FlashMap message = new FlashMap();
        message.put("flashError", "document.upload.tooLarge");
        message.setTargetRequestPath(request.getContextPath() + target);
        flash.saveOutputFlashMap(message, request, response);
        response.sendRedirect(request.getContextPath() + target);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
