package ru.edu.mentoring.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Ends a session that has lived longer than the absolute limit (12 hours), however active it was. */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

    private final Duration limit;

    AbsoluteSessionTimeoutFilter(Duration limit) {
        this.limit = limit;
    }

    /** Static files need no session: asking for it would cost a database read per stylesheet and script. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ru.edu.mentoring.web.StaticFiles.requested(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && System.currentTimeMillis() - session.getCreationTime() > limit.toMillis()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }
}
