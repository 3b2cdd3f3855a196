package ru.edu.mentoring.web;

import java.util.concurrent.Executor;

/**
 * Marks the threads that recompute a cached value in the background (nobody waits for them), so that such a
 * computation is kept to one core: its statements go one after the other ({@link #besideUnlessInBackground}) and a
 * stale value of another cache it reads is recomputed in the same thread. The largest municipality's dashboard sent
 * as four statements at once, each with PostgreSQL's parallel workers, took both cores from the requests served
 * meanwhile (bench/results-region.txt).
 */
public final class Background {

    private static final ThreadLocal<Boolean> MARK = new ThreadLocal<>();

    private Background() {
    }

    /** Whether this thread is recomputing a cached value in the background. */
    public static boolean inBackground() {
        return MARK.get() != null;
    }

    /**
     * An executor that hands a task to the pool when a request waits for the result (statements sent at the same
     * time answer sooner), and runs it in the calling thread during a background computation.
     */
    public static Executor besideUnlessInBackground(Executor pool) {
        return task -> {
            if (inBackground()) {
                task.run();
            } else {
                pool.execute(task);
            }
        };
    }

    /** The executor of the refreshing caches: the pool's threads are marked; inside a refresh, the same thread. */
    static Executor refreshing(Executor pool) {
        return task -> {
            if (inBackground()) {
                task.run();
                return;
            }
            pool.execute(() -> {
                MARK.set(Boolean.TRUE);
                try {
                    task.run();
                } finally {
                    MARK.remove();
                }
            });
        };
    }
}
