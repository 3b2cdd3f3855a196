package ru.edu.mentoring.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Whole pages of one session kept as the bytes sent, for read-only pages: a reader who reloads a dashboard or a list
 * gets the page rendered for them a moment ago, without querying and rendering it again, as long as what it was made
 * from has not changed (the same cached data object, or the same change-log mark), the unread badge is the same, no
 * flash message is due and the page is younger than {@code app.pages.cache-ttl} (60 s; it bounds how long a changed
 * user name or navigation could wait). The key holds the session id, so a page (with its CSRF token) is only ever served to the
 * session it was rendered for; a session ended anywhere is refused before the controller runs. The controller still
 * runs every time (scope checks, cached data), only the rendering is saved. At most {@value #MAX_PAGES} pages; beyond,
 * it starts empty. In this instance's memory only, safe to lose.
 */
@Component
public class RenderedPages {

    static final int MAX_PAGES = 500;

    private static final String HTML = "text/html;charset=UTF-8";

    private record Page(Object version, byte[] bytes, long at) {}

    private final ViewResolver views;
    private final long ttlNanos;
    private final Map<List<Object>, Page> pages = new ConcurrentHashMap<>();

    RenderedPages(@Qualifier("thymeleafViewResolver") ViewResolver views,
            @Value("${app.pages.cache-ttl:60s}") java.time.Duration ttl) {
        this.views = views;
        this.ttlNanos = ttl.toNanos();
    }

    /**
     * The view to answer with: the stored page of this session when it still holds, otherwise the template rendered
     * once into bytes, stored and sent. {@code version} is what the page was made from: the cached data object
     * itself (compared by identity first) or a mark of the change log ({@link ChangeLog}, compared by value).
     */
    public View view(String template, Object version, Model model, HttpServletRequest request, Locale locale) {
        View stored = cached(template, version, model, request, locale);
        if (stored != null) {
            return stored;
        }
        List<Object> key = key(template, model, request, locale);
        if (key == null) {
            return (m, req, res) -> resolve(template, locale).render(m, req, res);
        }
        return (m, req, res) -> {
            byte[] bytes = render(template, m, req, res, locale);
            if (pages.size() >= MAX_PAGES) {
                pages.clear();
            }
            pages.put(key, new Page(version, bytes, System.nanoTime()));
            send(res, bytes);
        };
    }

    /**
     * The stored page of this session for this address when it was made from the same version, or null: a controller
     * whose data is costly asks this first (after its access checks) and builds its model only when it gets null.
     */
    public View cached(String template, Object version, Model model, HttpServletRequest request, Locale locale) {
        List<Object> key = key(template, model, request, locale);
        Page known = key == null ? null : pages.get(key);
        if (known != null && (known.version() == version || Objects.equals(known.version(), version))
                && System.nanoTime() - known.at() < ttlNanos) {
            return (m, req, res) -> send(res, known.bytes());
        }
        return null;
    }

    /** Session, address, locale, badge and template; null when the page must not be kept. */
    private List<Object> key(String template, Model model, HttpServletRequest request, Locale locale) {
        HttpSession session = request.getSession(false);
        if (ttlNanos <= 0 || session == null || model.containsAttribute("flashSuccess")
                || model.containsAttribute("flashError")) {
            return null;
        }
        String query = request.getQueryString();
        return List.of(session.getId(), request.getRequestURI() + (query == null ? "" : "?" + query), locale,
                String.valueOf(model.getAttribute("unreadNotifications")), template);
    }

    /** Forgets every page of a session (its user changed something the layout shows). */
    public void forget(String sessionId) {
        pages.keySet().removeIf(k -> Objects.equals(k.get(0), sessionId));
    }

    private View resolve(String template, Locale locale) throws Exception {
        View view = views.resolveViewName(template, locale);
        if (view == null) {
            throw new IllegalStateException("no view " + template);
        }
        return view;
    }

    private byte[] render(String template, Map<String, ?> model, HttpServletRequest request,
            HttpServletResponse response, Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        resolve(template, locale).render(model, request, new jakarta.servlet.http.HttpServletResponseWrapper(response) {
            @Override
            public PrintWriter getWriter() {
                return writer;
            }

            @Override
            public jakarta.servlet.ServletOutputStream getOutputStream() {
                throw new IllegalStateException("a page writes characters");
            }

            @Override
            public void setContentType(String type) {
                // set when the bytes are sent
            }

            @Override
            public void setCharacterEncoding(String charset) {
                // UTF-8, set when the bytes are sent
            }

            @Override
            public void flushBuffer() {
                writer.flush();
            }
        });
        writer.flush();
        return out.toByteArray();
    }

    private static void send(HttpServletResponse response, byte[] bytes) throws java.io.IOException {
        response.setContentType(HTML);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
