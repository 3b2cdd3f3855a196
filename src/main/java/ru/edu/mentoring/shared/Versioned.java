package ru.edu.mentoring.shared;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** A computed value with the version read just before it was computed (see {@link Caches#refreshed}). */
record Versioned(Object value, Object version, long computedAt) {

    /** A versioned value is computed again after this long even when its version stayed. */
    static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(60);

    /** A key of a refreshing cache: equal by its id; carries how to compute the value and its version. */
    static final class Key implements RefreshingKey {

        private final Object id;
        private final Supplier<?> version;
        private final Supplier<?> loader;

        Key(Object id, Supplier<?> version, Supplier<?> loader) {
            this.id = id;
            this.version = version;
            this.loader = loader;
        }

        @Override
        public Versioned load() {
            Object v = version == null ? null : version.get();
            return new Versioned(loader.get(), v, System.nanoTime());
        }

        @Override
        public Object reload(Object previous) {
            if (version != null && previous instanceof Versioned old && old.version() != null
                    && System.nanoTime() - old.computedAt() < MAX_AGE_NANOS) {
                Object now = version.get();
                if (now.equals(old.version())) {
                    // nothing changed: the same value object, kept another refresh interval
                    return new Versioned(old.value(), now, old.computedAt());
                }
                return new Versioned(loader.get(), now, System.nanoTime());
            }
            return load();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && id.equals(k.id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }

        @Override
        public String toString() {
            return "Key[" + id + "]";
        }
    }
}
