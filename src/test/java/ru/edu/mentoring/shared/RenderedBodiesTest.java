package ru.edu.mentoring.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.View;

/** A body is rendered once per key while its sources are the same objects, and again when one of them is new. */
class RenderedBodiesTest {

    @Test
    void aBodyIsRenderedAgainOnlyWhenASourceIsANewObject() {
        AtomicInteger renders = new AtomicInteger();
        View view = (model, request, response) -> response.getWriter()
                .write("<p>" + model.get("n") + "#" + renders.incrementAndGet() + "</p>");
        RenderedBodies bodies = new RenderedBodies((name, locale) -> name.equals("body") ? view : null);
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        Object data = new Object();
        assertThat(bodies.get("k", List.of(data), "body", () -> Map.of("n", 1), request, response, Locale.ROOT))
                .isEqualTo("<p>1#1</p>");
        assertThat(bodies.get("k", List.of(data), "body", () -> Map.of("n", 2), request, response, Locale.ROOT))
                .as("same source: the stored body").isEqualTo("<p>1#1</p>");
        assertThat(bodies.get("other", List.of(data), "body", () -> Map.of("n", 3), request, response, Locale.ROOT))
                .as("another variant").isEqualTo("<p>3#2</p>");
        assertThat(bodies.get("k", List.of(new Object()), "body", () -> Map.of("n", 4), request, response,
                Locale.ROOT)).as("recomputed data").isEqualTo("<p>4#3</p>");
        assertThat(renders).hasValue(3);
    }

    @Test
    void renderingLeavesTheRealResponseAlone() throws Exception {
        View view = (model, request, response) -> {
            response.setContentType("text/plain");
            response.setCharacterEncoding("ISO-8859-1");
            response.getWriter().write("тело");
        };
        RenderedBodies bodies = new RenderedBodies((name, locale) -> view);
        HttpServletResponse response = mock(HttpServletResponse.class);
        StringWriter real = new StringWriter();
        org.mockito.Mockito.when(response.getWriter()).thenReturn(new java.io.PrintWriter(real));
        assertThat(bodies.render("body", Map.of(), mock(HttpServletRequest.class), response, Locale.ROOT))
                .isEqualTo("тело");
        assertThat(real.toString()).isEmpty();
        org.mockito.Mockito.verify(response, org.mockito.Mockito.never()).setContentType(org.mockito.ArgumentMatchers.any());
        org.mockito.Mockito.verify(response, org.mockito.Mockito.never())
                .setCharacterEncoding(org.mockito.ArgumentMatchers.anyString());
    }
}
