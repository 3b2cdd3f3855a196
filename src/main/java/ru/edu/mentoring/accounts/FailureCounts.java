package ru.edu.mentoring.accounts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Failures per key (a client address, an account name, an e-mail address) within the last minute, in a bounded
 * Caffeine cache. A key that reached its limit weighs nothing, so it is never evicted for room: a flood of new keys
 * cannot reset the count of the one under attack. Each entry is dropped a minute after its last failure. Used by the
 * login throttle ({@link LoginThrottleFilter}) and the password pages ({@link PasswordThrottle}).
 */
final class FailureCounts {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final int limit;
    private final Cache<String, Deque<Long>> counts;

    FailureCounts(int limit, int maxTracked) {
        this.limit = limit;
        this.counts = Caffeine.newBuilder().maximumWeight(maxTracked)
                .weigher((String key, Deque<Long> times) -> {
                    synchronized (times) {
                        return times.size() >= limit ? 0 : 1;
                    }
                })
                .expireAfterWrite(WINDOW).build();
    }

    /** The key's failures, created empty on first sight. */
    Deque<Long> of(String key) {
        return counts.get(key, k -> new ArrayDeque<>());
    }

    /** True when the key reached its limit within the last minute. */
    boolean over(Deque<Long> times, long now) {
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() > WINDOW.toMillis()) {
                times.pollFirst();
            }
            return times.size() >= limit;
        }
    }

    boolean over(String key, long now) {
        return over(of(key), now);
    }

    /** Adds a failure and writes the entry again, so that the cache weighs it anew and its minute starts now. */
    void record(String key, Deque<Long> times, long now) {
        synchronized (times) {
            times.addLast(now);
        }
        counts.put(key, times);
    }

    void record(String key, long now) {
        record(key, of(key), now);
    }
}
