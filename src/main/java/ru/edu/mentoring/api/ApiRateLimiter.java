package ru.edu.mentoring.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The API's rate limit: a token bucket per API token ({@code app.api.requests-per-minute}, 120 by default, refilled
 * evenly, the whole minute's worth as the burst), held in a bounded Caffeine map (10,000 tokens, forgotten after ten
 * idle minutes, which only means a full bucket). Not Spring's cache abstraction: this is state that must be updated
 * atomically per request, not a value that may be recomputed, and {@code app.cache.enabled=false} (which turns every
 * cache into a no-op) must not turn the limit off. Per instance: with N instances a system gets up to N × the limit.
 */
@Component
class ApiRateLimiter {

    /** One token's bucket. */
    static final class Bucket {
        private double available;
        private long refilledAt;

        Bucket(double capacity, long now) {
            this.available = capacity;
            this.refilledAt = now;
        }
    }

    private final Cache<Long, Bucket> buckets = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    private volatile int perMinute;

    ApiRateLimiter(@Value("${app.api.requests-per-minute:120}") int perMinute) {
        this.perMinute = perMinute;
    }

    /** Takes one request from the token's bucket: 0 when allowed, otherwise the seconds to wait (at least 1). */
    long acquire(long tokenId) {
        long now = System.nanoTime();
        int capacity = perMinute;
        Bucket b = buckets.get(tokenId, k -> new Bucket(capacity, now));
        synchronized (b) {
            double perNano = capacity / 60e9;
            b.available = Math.min(capacity, b.available + (now - b.refilledAt) * perNano);
            b.refilledAt = now;
            if (b.available >= 1) {
                b.available -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - b.available) / perNano / 1e9));
        }
    }

    int perMinute() {
        return perMinute;
    }

    /** For tests: a new limit, every bucket full again. */
    void reset(int perMinute) {
        this.perMinute = perMinute;
        buckets.invalidateAll();
    }
}
