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

    /** A view that counts its renders and, for the models the test names, waits inside the render until released. */
    static final class HeldView implements View {
        final AtomicInteger renders = new AtomicInteger();
        final java.util.concurrent.CountDownLatch rendering = new java.util.concurrent.CountDownLatch(1);
        final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        private final java.util.function.Predicate<Map<String, ?>> holds;

        HeldView(java.util.function.Predicate<Map<String, ?>> holds) {
            this.holds = holds;
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            if (holds.test(model)) {
                rendering.countDown();
                release.await();
            }
            response.getWriter().write("<p>" + model.get("n") + "#" + renders.incrementAndGet() + "</p>");
        }

        void awaitRendering() throws InterruptedException {
            assertThat(rendering.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("a render began").isTrue();
        }
    }

    @Test
    void whileOneRequestRendersTheNewDataOthersGetThePreviousBodyAndNoneRendersItAgain() throws Exception {
        HeldView view = new HeldView(model -> model.get("n").equals(2));
        RenderedBodies bodies = new RenderedBodies((name, locale) -> view);
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        assertThat(bodies.get("k", List.of(new Object()), "body", () -> Map.of("n", 1), request, response,
                Locale.ROOT)).isEqualTo("<p>1#1</p>");
        Object recomputed = new Object();
        java.util.concurrent.ExecutorService first = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<String> renderer = first.submit(() -> bodies.get("k", List.of(recomputed),
                    "body", () -> Map.of("n", 2), request, response, Locale.ROOT));
            view.awaitRendering();
            assertThat(bodies.get("k", List.of(recomputed), "body", () -> Map.of("n", 3), request, response,
                    Locale.ROOT)).as("another reader meanwhile: the previous body").isEqualTo("<p>1#1</p>");
            view.release.countDown();
            assertThat(renderer.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("<p>2#2</p>");
        } finally {
            view.release.countDown();
            first.shutdownNow();
        }
        assertThat(bodies.get("k", List.of(recomputed), "body", () -> Map.of("n", 4), request, response,
                Locale.ROOT)).as("then the new body, stored").isEqualTo("<p>2#2</p>");
        assertThat(view.renders).hasValue(2);
    }

    @Test
    void theFirstBodyOfAKeyIsRenderedOnceForReadersArrivingTogether() throws Exception {
        HeldView view = new HeldView(model -> true);
        RenderedBodies bodies = new RenderedBodies((name, locale) -> view);
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        Object data = new Object();
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<String> a = two.submit(() -> bodies.get("k", List.of(data), "body",
                    () -> Map.of("n", 1), request, response, Locale.ROOT));
            view.awaitRendering();
            java.util.concurrent.Future<String> b = two.submit(() -> bodies.get("k", List.of(data), "body",
                    () -> Map.of("n", 2), request, response, Locale.ROOT));
            Thread.sleep(100);
            assertThat(b.isDone()).as("the second reader waits for the first body").isFalse();
            view.release.countDown();
            assertThat(a.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("<p>1#1</p>");
            assertThat(b.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("<p>1#1</p>");
        } finally {
            view.release.countDown();
            two.shutdownNow();
        }
        assertThat(view.renders).hasValue(1);
    }
}
