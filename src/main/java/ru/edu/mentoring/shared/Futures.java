package ru.edu.mentoring.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work handed to another thread. */
public final class Futures {

    private Futures() {
    }

    /**
     * The future's value, its failure rethrown as it was (a database outage stays a DataAccessException, so that
     * {@link DatabaseOutage} still recognises it).
     */
    public static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
