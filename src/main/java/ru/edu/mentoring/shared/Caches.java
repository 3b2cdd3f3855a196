package ru.edu.mentoring.shared;

import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.cache.Cache;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Small helpers over Spring's {@link Cache} for the caches of {@link CacheConfig}. */
public final class Caches {

    private Caches() {
    }

    /** The cached value of the key, else the loader's; a null from the loader is returned but not kept. */
    @SuppressWarnings("unchecked")
    public static <V> V get(Cache cache, Object key, Supplier<V> loader) {
        Cache.ValueWrapper known = cache.get(key);
        if (known != null && known.get() != null) {
            return (V) known.get();
        }
        V value = loader.get();
        if (value != null) {
            cache.put(key, value);
        }
        return value;
    }

    /**
     * The value of a refreshing cache ({@link CacheConfig#READ_MODELS}, {@link CacheConfig#PAST_YEARS}): computed by
     * one thread when absent (others with the same key wait for it), recomputed in the background once older than the
     * cache's refresh interval while readers get the previous value. With a version (a cheap query, such as a mark of
     * the change log), a refresh first reads the version and recomputes only when it moved, or when the value is
     * {@link Versioned#MAX_AGE_NANOS} old (a safety net for a change the version could not show).
     */
    @SuppressWarnings("unchecked")
    public static <T> T refreshed(Cache cache, Object id, Supplier<?> version, Supplier<T> loader) {
        Versioned.Key key = new Versioned.Key(id, version, loader);
        Versioned value = cache.get(key, key::load);
        return (T) Objects.requireNonNull(value).value();
    }

    /** As {@link #refreshed(Cache, Object, Supplier, Supplier)}, recomputed on every refresh. */
    public static <T> T refreshed(Cache cache, Object id, Supplier<T> loader) {
        return refreshed(cache, id, null, loader);
    }

    /**
     * Empties the cache now and, when called inside a transaction, once more when it ends, so that a reader that loaded
     * the old rows before the commit cannot keep them; many calls in one transaction (an import) register one clear.
     */
    public static void clearNowAndAfterTransaction(Cache cache) {
        cache.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(cache)) {
            TransactionSynchronizationManager.bindResource(cache, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(cache);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(cache, Boolean.TRUE);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(cache);
                    cache.clear();
                }
            });
        }
    }
}
