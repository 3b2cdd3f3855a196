package ru.edu.mentoring.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Deque;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles failed logins per client address and per account name: after the limit of failures within a minute,
 * further login attempts from that address, or for that account name from any address, answer 429 with a Russian
 * page until the minute has passed. Successful logins do not count. The address is the connection's own unless it
 * comes from a proxy named in {@code TRUSTED_PROXIES} (see {@code shared.TrustedProxies}), so a client cannot choose
 * it. The counts live in two bounded Caffeine caches, one per address and one per account name (so a flood of
 * addresses never touches the per-account counts), each entry dropped a minute after its last failure. An address or
 * account that reached its limit weighs nothing, so it is never evicted for room: a flood of new names or addresses
 * that fills a cache cannot reset the count of the one under attack (reaching a limit costs the flooder that many
 * failures, which its own address limit bounds). Losing the counts (a restart, another instance) only resets the
 * window. The per-account count complements the account lockout ({@link LoginAttempts}), which only knows existing
 * accounts.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final int MAX_TRACKED = 100_000;

    private final FailureCounts byAddress;
    private final FailureCounts byAccount;

    LoginThrottleFilter(int limitPerAddress, int limitPerAccount) {
        this(limitPerAddress, limitPerAccount, MAX_TRACKED);
    }

    LoginThrottleFilter(int limitPerAddress, int limitPerAccount, int maxTracked) {
        this.byAddress = new FailureCounts(limitPerAddress, maxTracked);
        this.byAccount = new FailureCounts(limitPerAccount, maxTracked);
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
        String addressKey = request.getRemoteAddr();
        Deque<Long> address = byAddress.of(addressKey);
        String name = request.getParameter("username");
        String accountKey = name == null || name.isBlank() ? null : name.strip().toLowerCase(Locale.ROOT);
        Deque<Long> account = accountKey == null ? null : byAccount.of(accountKey);
        if (byAddress.over(address, now) || (account != null && byAccount.over(account, now))) {
            response.setHeader("Retry-After", "60");
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
        String location = response.getHeader("Location");
        if (location != null && location.contains("/login?error")) {
            byAddress.record(addressKey, address, now);
            if (account != null) {
                byAccount.record(accountKey, account, now);
            }
        }
    }
}
