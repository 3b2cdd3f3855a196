package ru.edu.mentoring.people;

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
 * An upload above the multipart limit makes the servlet container fail on the first request parameter a security
 * filter reads, which would end in the container's English 413 page. This filter runs before them and sends such a
 * request back to the import page with a Russian message; nothing of the body is read.
 */
@Component
// After Spring Session's filter (so the flash message lands in the user's own session: before it, the container would
// open a session of its own and overwrite the session cookie, logging the user out) and before Spring Security's
@Order(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER + 2)
class ImportUploadFilter extends OncePerRequestFilter {

    /** The upload and any later step of it under the import page. */
    private static final Pattern IMPORT_PATH = Pattern.compile("^/schools/(\\d+)/import(/.*)?$");

    private final long maxRequestBytes;
    private final SessionFlashMapManager flash = new SessionFlashMapManager();

    ImportUploadFilter(@Value("${spring.servlet.multipart.max-request-size:12MB}") DataSize maxRequestSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.startsWith("multipart/")
                || request.getContentLengthLong() <= maxRequestBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher m = IMPORT_PATH.matcher(path);
        String target = m.matches() ? "/schools/" + m.group(1) + "/import" : "/";
        FlashMap message = new FlashMap();
        message.put("flashError", "import.file.tooLargeUpload");
        message.setTargetRequestPath(request.getContextPath() + target);
        flash.saveOutputFlashMap(message, request, response);
        response.sendRedirect(request.getContextPath() + target);
    }
}
