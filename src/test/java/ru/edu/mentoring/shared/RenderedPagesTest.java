package ru.edu.mentoring.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;

/**
 * A page is kept per session, address, badge and body: the same session reloading gets the stored bytes, another
 * session, a new body, a changed badge or a due flash message renders again.
 */
class RenderedPagesTest {

    private final AtomicInteger renders = new AtomicInteger();
    private final View view = (model, request, response) -> {
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<p>страница " + renders.incrementAndGet() + " " + model.get("unreadNotifications")
                + "</p>");
    };
    private final RenderedPages pages = new RenderedPages((name, locale) -> view, Duration.ofMinutes(1));

    private String answer(MockHttpSession session, Object body, Model model) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/monitoring");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        pages.view("page", body, model, request, Locale.ROOT).render(model.asMap(), request, response);
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Model badge(long unread) {
        return new ExtendedModelMap().addAttribute("unreadNotifications", unread);
    }

    @Test
    void aSessionReloadingTheSamePageGetsTheStoredBytes() throws Exception {
        MockHttpSession mine = new MockHttpSession(null, "a");
        Object body = new Object();
        assertThat(answer(mine, body, badge(0))).isEqualTo("<p>страница 1 0</p>");
        assertThat(answer(mine, body, badge(0))).isEqualTo("<p>страница 1 0</p>");
        assertThat(answer(new MockHttpSession(null, "b"), body, badge(0))).as("another session")
                .isEqualTo("<p>страница 2 0</p>");
        assertThat(answer(mine, body, badge(1))).as("the badge moved").isEqualTo("<p>страница 3 1</p>");
        assertThat(answer(mine, new Object(), badge(1))).as("a new body").isEqualTo("<p>страница 4 1</p>");
        assertThat(answer(mine, body, badge(0).addAttribute("flashSuccess", "saved"))).as("a flash message is due")
                .isEqualTo("<p>страница 5 0</p>");
        assertThat(renders).hasValue(5);
    }
}
