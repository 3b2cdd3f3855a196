package ru.edu.mentoring.shared;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A small read cache in this instance's memory, safe to lose: a value is kept at most the time to live, so that other
 * instances' changes (which this one cannot see) show after that long; this instance's changes call {@link #clear()},
 * which empties it now and again when the current transaction ends, so that a reader that loaded the old rows before
 * the commit cannot keep them. A value loaded while a clear happened is returned but not kept. A ttl of zero turns the
 * cache off. At most {@code maxKeys} keys; beyond, it starts empty. Made by {@link LocalCaches}.
 */
public final class LocalCache<K, V> {

    private record Entry<V>(V value, long expiresAt, AtomicBoolean renewing) {}

    private final String name;
    private final long ttlNanos;
    private final int maxKeys;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    LocalCache(String name, Duration ttl, int maxKeys) {
        this.name = name;
        this.ttlNanos = ttl.toNanos();
        this.maxKeys = maxKeys;
    }

    public String name() {
        return name;
    }

    /** The value of the key: the stored one while younger than the ttl, else the loader's (null is not kept). */
    public V get(K key, Supplier<V> loader) {
        if (ttlNanos <= 0) {
            return loader.get();
        }
        V stored = peek(key);
        if (stored != null) {
            return stored;
        }
        long mark = mark();
        V value = loader.get();
        putUnlessCleared(key, value, mark);
        return value;
    }

    /** The stored value while younger than the ttl, else null. */
    public V peek(K key) {
        Entry<V> entry = ttlNanos <= 0 ? null : entries.get(key);
        return entry != null && System.nanoTime() - entry.expiresAt() < 0 ? entry.value() : null;
    }

    /**
     * As {@link #peek}, but a value that expired less than a ttl ago is still returned to every caller but one, which
     * gets null and loads it again meanwhile: readers arriving together do not all load it at once (sixteen readers of
     * a school's pair list each counted its pairs every five seconds, bench/results-region.txt).
     */
    public V peekOrRenew(K key) {
        Entry<V> entry = ttlNanos <= 0 ? null : entries.get(key);
        if (entry == null) {
            return null;
        }
        long over = System.nanoTime() - entry.expiresAt();
        if (over < 0 || (over < ttlNanos && !entry.renewing().compareAndSet(false, true))) {
            return entry.value();
        }
        return null;
    }

    /** A mark to take before reading what {@link #putUnlessCleared} will store. */
    public long mark() {
        return generation.get();
    }

    /** Stores a value read after {@link #mark()} unless the cache was cleared since then. */
    public void putUnlessCleared(K key, V value, long mark) {
        if (ttlNanos <= 0 || value == null || generation.get() != mark) {
            return;
        }
        if (entries.size() >= maxKeys) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, System.nanoTime() + ttlNanos, new AtomicBoolean()));
        if (generation.get() != mark) {
            entries.remove(key);
        }
    }

    /**
     * Forgets every value, now and (when called inside a transaction) once more after it ends; many calls in one
     * transaction (an import) register one clear at its end.
     */
    public void clear() {
        clearNow();
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(LocalCache.this);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(LocalCache.this, Boolean.TRUE);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(LocalCache.this);
                    clearNow();
                }
            });
        }
    }

    void clearNow() {
        generation.incrementAndGet();
        entries.clear();
    }
}
