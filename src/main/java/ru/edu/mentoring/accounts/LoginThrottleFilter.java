package ru.edu.mentoring.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles failed logins per client address and per account name: after the limit of failures within a minute,
 * further login attempts from that address, or for that account name from any address, answer 429 with a Russian
 * page until the minute has passed. Successful logins do not count. The address is the connection's own unless it
 * comes from a proxy named in {@code TRUSTED_PROXIES} (see {@code shared.TrustedProxies}), so a client cannot choose
 * it. The counts live in two bounded Caffeine caches, one per address and one per account name, each entry dropped a
 * minute after its first failure; Caffeine's admission policy keeps the often-counted entries when the cache is full,
 * so a flood of new addresses or names cannot empty the counts of an account under attack (nor can a flood of
 * addresses touch the per-account counts, which live apart). Losing them (a restart, another instance) only resets
 * the window. The per-account count complements the account lockout ({@link LoginAttempts}), which only knows existing
 * accounts.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_TRACKED = 100_000;

    private final int limitPerAddress;
    private final int limitPerAccount;
    private final Cache<String, Deque<Long>> byAddress;
    private final Cache<String, Deque<Long>> byAccount;

    LoginThrottleFilter(int limitPerAddress, int limitPerAccount) {
        this(limitPerAddress, limitPerAccount, MAX_TRACKED);
    }

    LoginThrottleFilter(int limitPerAddress, int limitPerAccount, int maxTracked) {
        this.limitPerAddress = limitPerAddress;
        this.limitPerAccount = limitPerAccount;
        this.byAddress = counts(maxTracked);
        this.byAccount = counts(maxTracked);
    }

    private static Cache<String, Deque<Long>> counts(int maxTracked) {
        return Caffeine.newBuilder().maximumSize(maxTracked).expireAfterWrite(WINDOW).build();
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
        Deque<Long> address = byAddress.get(request.getRemoteAddr(), k -> new ArrayDeque<>());
        String name = request.getParameter("username");
        Deque<Long> account = name == null || name.isBlank() ? null
                : byAccount.get(name.strip().toLowerCase(Locale.ROOT), k -> new ArrayDeque<>());
        if (over(address, limitPerAddress, now) || (account != null && over(account, limitPerAccount, now))) {
            response.setHeader("Retry-After", "60");
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
        String location = response.getHeader("Location");
        if (location != null && location.contains("/login?error")) {
            record(address, now);
            if (account != null) {
                record(account, now);
            }
        }
    }

    private static boolean over(Deque<Long> times, int limit, long now) {
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() > WINDOW.toMillis()) {
                times.pollFirst();
            }
            return times.size() >= limit;
        }
    }

    private static void record(Deque<Long> times, long now) {
        synchronized (times) {
            times.addLast(now);
        }
    }
}
