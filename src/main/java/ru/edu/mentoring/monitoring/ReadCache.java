package ru.edu.mentoring.monitoring;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A short-lived cache of computed read models (dashboards), kept in this instance's memory only and safe to lose.
 * The first request for a key computes it; later requests get the stored value, and one older than the time to live
 * ({@code app.monitoring.cache-ttl}, 300 ms by default) is revalidated in the background by one thread while the
 * others still get the previous value (stale while revalidating). Revalidating recomputes the value, or, for a key
 * given a version (a cheap query over the change log, V45), first asks the version and recomputes only when it moved
 * (or the value is a minute old: a safety net for a change the log could not show, such as a row removed by its
 * clean-up right after a very long transaction committed it).
 * A value older than ttl + {@link #GRACE} is revalidated in the reader's thread before it is served.
 * A value is therefore at most ttl + one computation old on any instance. A ttl of zero turns the cache off. At most
 * {@value #MAX_KEYS} keys; beyond, it starts empty.
 * <p>
 * A computation in the background is kept to one core: while it runs, {@link #inBackground()} is true, so a loader sends
 * its statements one after the other ({@link #besideUnlessInBackground}) and a stale value of another cache it reads
 * is recomputed in the same thread. The largest municipality's dashboard sent as four statements at once, each with
 * PostgreSQL's parallel workers, took both cores from the requests served meanwhile (bench/results-region.txt).
 */
@Component
class ReadCache {

    static final int MAX_KEYS = 2_000;

    private static final Logger log = LoggerFactory.getLogger(ReadCache.class);

    private record Entry(Object value, Object version, long at, long computed, AtomicBoolean refreshing) {}

    /**
     * A value older than ttl is served while it is revalidated in the background only this long after ttl; an older
     * one (a dashboard nobody opened for a while) is revalidated before it is served, so the first reader after a
     * quiet spell sees the data of now rather than of minutes ago.
     */
    static final Duration GRACE = Duration.ofSeconds(5);

    /** A grace for a value that is always served while it is recomputed, however long nobody asked for it. */
    static final Duration STALE_ALWAYS = Duration.ofDays(3650);

    /** A versioned value is computed again after this long even when its version stayed (a safety net). */
    static final long MAX_AGE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);

    private static final Supplier<Object> UNVERSIONED = () -> new Object();

    private static final ThreadLocal<Boolean> BACKGROUND = new ThreadLocal<>();

    private final long ttlNanos;
    private final long graceNanos;
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final Executor refresher;

    @Autowired
    ReadCache(@Value("${app.monitoring.cache-ttl:300ms}") Duration ttl) {
        this(ttl, Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "read-cache-refresh");
            t.setDaemon(true);
            return t;
        }));
    }

    ReadCache(Duration ttl, Executor refresher) {
        this(ttl, GRACE, refresher);
    }

    ReadCache(Duration ttl, Duration grace, Executor refresher) {
        this.ttlNanos = ttl.toNanos();
        this.graceNanos = grace.toNanos();
        this.refresher = refresher;
    }

    /** The value of the key, computing it with the loader when absent or (in the background) when older than ttl. */
    <T> T get(Object key, Supplier<T> loader) {
        return get(key, UNVERSIONED, loader);
    }

    /**
     * As {@link #get(Object, Supplier)}, but a value older than ttl is recomputed only when the version differs from
     * the one read just before the value was computed (so a change committed during a computation is seen next time).
     */
    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<?> version, Supplier<T> loader) {
        if (ttlNanos <= 0) {
            return loader.get();
        }
        Entry entry = entries.get(key);
        if (entry == null) {
            if (entries.size() >= MAX_KEYS) {
                entries.clear();
            }
            entry = entries.computeIfAbsent(key, k -> fresh(version.get(), loader));
            return (T) entry.value();
        }
        long age = System.nanoTime() - entry.at();
        if (age <= ttlNanos) {
            return (T) entry.value();
        }
        if (age > ttlNanos + graceNanos) {
            return (T) revalidatedNow(key, entry, version, loader).value();
        }
        if (entry.refreshing().compareAndSet(false, true)) {
            Entry stale = entry;
            if (inBackground()) {
                refresh(key, stale, version, loader);
                Entry refreshed = entries.get(key);
                return (T) (refreshed == null ? stale : refreshed).value();
            }
            refresher.execute(() -> {
                BACKGROUND.set(Boolean.TRUE);
                try {
                    refresh(key, stale, version, loader);
                } finally {
                    BACKGROUND.remove();
                }
            });
        }
        return (T) entry.value();
    }

    private void refresh(Object key, Entry stale, Supplier<?> version, Supplier<?> loader) {
        try {
            entries.put(key, next(stale, version.get(), loader));
        } catch (RuntimeException e) {
            log.warn("Refreshing a cached read model failed; the next request computes it again: {}", e.toString());
            entries.remove(key, stale);
        }
    }

    /** The stored value again with the version just read when it stayed (and is under a minute old), else a new one. */
    private static Entry next(Entry stale, Object now, Supplier<?> loader) {
        long t = System.nanoTime();
        return now.equals(stale.version()) && t - stale.computed() < MAX_AGE_NANOS
                ? new Entry(stale.value(), now, t, stale.computed(), new AtomicBoolean())
                : fresh(now, loader);
    }

    /**
     * A value nobody asked for during the grace period is revalidated before it is served: the version is read in
     * this thread, and the value computed here when it moved; readers arriving meanwhile wait for that one thread.
     */
    private Entry revalidatedNow(Object key, Entry old, Supplier<?> version, Supplier<?> loader) {
        synchronized (old) {
            Entry current = entries.get(key);
            if (current != null && current != old) {
                return current;
            }
            Entry next = next(old, version.get(), loader);
            entries.put(key, next);
            return next;
        }
    }

    /** Whether this thread is recomputing a cached value in the background (no one waits for it). */
    static boolean inBackground() {
        return BACKGROUND.get() != null;
    }

    /**
     * An executor that hands a task to the pool when a request waits for the result (statements sent at the same time
     * answer sooner), and runs it in the calling thread during a background computation (one core: requests keep the
     * other).
     */
    static Executor besideUnlessInBackground(Executor pool) {
        return task -> {
            if (inBackground()) {
                task.run();
            } else {
                pool.execute(task);
            }
        };
    }

    private static Entry fresh(Object version, Supplier<?> loader) {
        Object value = loader.get();
        long t = System.nanoTime();
        return new Entry(value, version, t, t, new AtomicBoolean());
    }
}
