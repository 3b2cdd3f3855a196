package ru.edu.mentoring.shared;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * Makes the modules' {@link LocalCache}s and knows them all, so that a test that changes rows behind the application's
 * back (plain SQL) can empty every one of them with {@link #clearAll()}.
 */
@Component
public class LocalCaches {

    private final List<LocalCache<?, ?>> caches = new CopyOnWriteArrayList<>();

    public <K, V> LocalCache<K, V> create(String name, Duration ttl, int maxKeys) {
        LocalCache<K, V> cache = new LocalCache<>(name, ttl, maxKeys);
        caches.add(cache);
        return cache;
    }

    /** Empties every cache now. */
    public void clearAll() {
        caches.forEach(LocalCache::clearNow);
    }
}
