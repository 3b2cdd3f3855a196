package ru.edu.mentoring.support;

import java.util.function.Supplier;
import ru.edu.mentoring.web.SqlStatementCounter;

/**
 * SQL statements the application sends while a piece of test code runs (every thread, session repository included),
 * from the counter {@link IntegrationTest} switches on. A request made with {@link HttpSession} has finished on the
 * server, session commit included, when its answer has been read.
 */
public final class SqlCount {

    private SqlCount() {}

    /** The result of the call and the statements sent while it ran. */
    public record Counted<T>(T result, long statements) {}

    public static <T> Counted<T> during(Supplier<T> call) {
        long before = SqlStatementCounter.statements();
        T result = call.get();
        return new Counted<>(result, SqlStatementCounter.statements() - before);
    }

    /**
     * The try with the fewest statements of {@code tries}: work that is not the call's (a background job, a cache
     * emptied by an earlier test and filled again) only adds statements, so the fewest is the call's own cost.
     */
    public static <T> Counted<T> fewest(int tries, Supplier<T> call) {
        Counted<T> best = during(call);
        for (int i = 1; i < tries; i++) {
            Counted<T> next = during(call);
            if (next.statements() < best.statements()) {
                best = next;
            }
        }
        return best;
    }
}
