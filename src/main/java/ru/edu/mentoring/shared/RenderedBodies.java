package ru.edu.mentoring.shared;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The body of a read-only page rendered once and kept while the data it shows is the same object: a dashboard is
 * served from a cache of computed data (the same instance until it is recomputed), so its body — the part that is
 * the same for every reader, without a form, token or name of the user — is rendered once per computation and page
 * variant, and the layout (navigation, user, badge) around it is rendered per request. The body is a template of its
 * own, rendered through the same Thymeleaf view resolver (escaping, messages, links) into a string that the page puts
 * in with {@code th:utext}. Kept in this instance's memory only, safe to lose, at most {@value #MAX_KEYS} variants.
 * <p>
 * One request renders a body at a time per key: while it renders the body of newly computed data, the others get the
 * previous body (the data of one computation earlier, as a cache serves it while it recomputes), and while the first
 * body of a key is rendered, the others wait for it. Before, every request that arrived when a dashboard had been
 * recomputed rendered the same body at once; with sixteen readers of the region's largest municipality that took
 * both cores for half a second (bench/results-region.txt).
 */
@Component
public class RenderedBodies {

    static final int MAX_KEYS = 5_000;

    private record Rendered(List<Object> sources, String html, AtomicBoolean replacing) {}

    private final ViewResolver views;
    private final Map<Object, Rendered> bodies = new ConcurrentHashMap<>();
    private final Map<Object, CompletableFuture<String>> firsts = new ConcurrentHashMap<>();

    RenderedBodies(@Qualifier("thymeleafViewResolver") ViewResolver views) {
        this.views = views;
    }

    /**
     * The rendered template for this key (page variant and locale), rendered again when any of the sources it was
     * made from is no longer the same object (compared by identity, so pass the cached data instances themselves).
     */
    public String get(Object key, List<Object> sources, String template, Supplier<Map<String, ?>> model,
            HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Rendered known = bodies.get(key);
        if (known != null) {
            if (same(known.sources(), sources) || !known.replacing().compareAndSet(false, true)) {
                return known.html();
            }
            try {
                return store(key, sources, render(template, model.get(), request, response, locale));
            } finally {
                known.replacing().set(false);
            }
        }
        CompletableFuture<String> mine = new CompletableFuture<>();
        CompletableFuture<String> running = firsts.putIfAbsent(key, mine);
        if (running != null) {
            return Futures.joined(running);
        }
        try {
            String html = store(key, sources, render(template, model.get(), request, response, locale));
            mine.complete(html);
            return html;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            firsts.remove(key, mine);
        }
    }

    private String store(Object key, List<Object> sources, String html) {
        if (bodies.size() >= MAX_KEYS) {
            bodies.clear();
        }
        bodies.put(key, new Rendered(sources, html, new AtomicBoolean()));
        return html;
    }


    private static boolean same(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Renders a template into a string without touching the real response. */
    String render(String template, Map<String, ?> model, HttpServletRequest request, HttpServletResponse response,
            Locale locale) {
        try {
            View view = views.resolveViewName(template, locale);
            if (view == null) {
                throw new IllegalStateException("no view " + template);
            }
            StringWriter out = new StringWriter();
            PrintWriter writer = new PrintWriter(out);
            view.render(model, request, new HttpServletResponseWrapper(response) {
                @Override
                public PrintWriter getWriter() {
                    return writer;
                }

                @Override
                public ServletOutputStream getOutputStream() {
                    throw new IllegalStateException("a rendered body writes characters");
                }

                @Override
                public void setContentType(String type) {
                    // the page's own response keeps its type
                }

                @Override
                public void setCharacterEncoding(String charset) {
                    // and its encoding
                }

                @Override
                public void setLocale(Locale loc) {
                    // and its locale
                }

                @Override
                public void flushBuffer() {
                    writer.flush();
                }
            });
            writer.flush();
            return out.toString();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("rendering " + template + " failed", e);
        }
    }
}
