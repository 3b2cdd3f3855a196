package ru.edu.mentoring.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles failed logins per client address: after the limit of failures within a minute, further login attempts
 * from that address answer 429 with a Russian page until the minute has passed. Successful logins do not count. The
 * counters live in memory; losing them (a restart, another instance) only resets the window.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final long WINDOW_MS = 60_000;
    private static final int MAX_TRACKED = 50_000;

    private final int limit;
    private final Map<String, Deque<Long>> attempts = new ConcurrentHashMap<>();

    LoginThrottleFilter(int limitPerMinute) {
        this.limit = limitPerMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = System.currentTimeMillis();
        if (attempts.size() > MAX_TRACKED) {
            attempts.clear();
        }
        Deque<Long> times = attempts.computeIfAbsent(request.getRemoteAddr(), k -> new ArrayDeque<>());
        boolean over;
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() > WINDOW_MS) {
                times.pollFirst();
            }
            over = times.size() >= limit;
        }
        if (over) {
            response.setHeader("Retry-After", "60");
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
        String location = response.getHeader("Location");
        if (location != null && location.contains("/login?error")) {
            synchronized (times) {
                times.addLast(now);
            }
        }
    }
}
