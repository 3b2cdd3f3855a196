package ru.edu.mentoring.shared;

/**
 * The key of a refreshing cache ({@link CacheConfig#READ_MODELS}, {@link CacheConfig#PAST_YEARS}) knows how to compute
 * its value, so that the cache can recompute it in the background; equality is the key's identity only.
 */
public interface RefreshingKey {

    /** Computes the value. */
    Object load();

    /** Computes the value again, given the previous one (which it may return unchanged). */
    default Object reload(Object previous) {
        return load();
    }
}
