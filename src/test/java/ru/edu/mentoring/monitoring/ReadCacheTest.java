package ru.edu.mentoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadCacheTest {

    /** Runs the background refreshes only when the test says so. */
    static class ManualExecutor implements java.util.concurrent.Executor {
        final List<Runnable> queued = new ArrayList<>();

        @Override
        public void execute(Runnable command) {
            queued.add(command);
        }

        void runAll() {
            List<Runnable> copy = new ArrayList<>(queued);
            queued.clear();
            copy.forEach(Runnable::run);
        }
    }

    @Test
    void aFreshValueIsServedWithoutComputingAgain() {
        ReadCache cache = new ReadCache(Duration.ofHours(1), new ManualExecutor());
        AtomicInteger calls = new AtomicInteger();
        assertThat(cache.<Integer>get("k", calls::incrementAndGet)).isEqualTo(1);
        assertThat(cache.<Integer>get("k", calls::incrementAndGet)).isEqualTo(1);
        assertThat(cache.<Integer>get("other", calls::incrementAndGet)).isEqualTo(2);
        assertThat(calls).hasValue(2);
    }

    @Test
    void aZeroTimeToLiveComputesEveryTime() {
        ReadCache cache = new ReadCache(Duration.ZERO, new ManualExecutor());
        AtomicInteger calls = new AtomicInteger();
        cache.get("k", calls::incrementAndGet);
        cache.get("k", calls::incrementAndGet);
        assertThat(calls).hasValue(2);
    }

    @Test
    void aStaleValueIsServedWhileOneBackgroundRefreshRuns() throws Exception {
        ManualExecutor executor = new ManualExecutor();
        ReadCache cache = new ReadCache(Duration.ofNanos(1), executor);
        AtomicInteger calls = new AtomicInteger();
        assertThat(cache.<Integer>get("k", calls::incrementAndGet)).isEqualTo(1);
        Thread.sleep(1);
        // stale: the old value at once, and only one refresh however many readers
        assertThat(cache.<Integer>get("k", calls::incrementAndGet)).isEqualTo(1);
        assertThat(cache.<Integer>get("k", calls::incrementAndGet)).isEqualTo(1);
        assertThat(executor.queued).hasSize(1);
        assertThat(calls).hasValue(1);
        executor.runAll();
        assertThat(calls).hasValue(2);
        assertThat(cache.<Integer>get("k", calls::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void aFailedRefreshDropsTheValueSoTheNextReaderComputesAndSeesTheFailure() throws Exception {
        ManualExecutor executor = new ManualExecutor();
        ReadCache cache = new ReadCache(Duration.ofNanos(1), executor);
        cache.get("k", () -> "first");
        Thread.sleep(1);
        assertThat(cache.<String>get("k", () -> {
            throw new IllegalStateException("gone");
        })).isEqualTo("first");
        executor.runAll();
        assertThatThrownBy(() -> cache.get("k", () -> {
            throw new IllegalStateException("gone");
        })).hasMessage("gone");
        assertThat(cache.<String>get("k", () -> "again")).isEqualTo("again");
    }

    @Test
    void aVersionedValueIsRecomputedOnlyWhenItsVersionMoved() throws Exception {
        ManualExecutor executor = new ManualExecutor();
        ReadCache cache = new ReadCache(Duration.ofNanos(1), executor);
        AtomicInteger version = new AtomicInteger(7);
        AtomicInteger calls = new AtomicInteger();
        assertThat(cache.<Integer>get("k", version::get, calls::incrementAndGet)).isEqualTo(1);
        Thread.sleep(1);
        cache.get("k", version::get, calls::incrementAndGet);
        executor.runAll();
        assertThat(calls).as("same version: revalidated without computing").hasValue(1);
        version.set(8);
        Thread.sleep(1);
        assertThat(cache.<Integer>get("k", version::get, calls::incrementAndGet)).as("stale while revalidating")
                .isEqualTo(1);
        executor.runAll();
        assertThat(calls).hasValue(2);
        assertThat(cache.<Integer>get("k", version::get, calls::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void aBackgroundComputationSendsItsStatementsOneAfterTheOtherInItsOwnThread() throws Exception {
        ManualExecutor executor = new ManualExecutor();
        ReadCache cache = new ReadCache(Duration.ofNanos(1), executor);
        ManualExecutor pool = new ManualExecutor();
        java.util.concurrent.Executor beside = ReadCache.besideUnlessInBackground(pool);
        List<Boolean> inline = new ArrayList<>();
        java.util.function.Supplier<String> loader = () -> {
            boolean[] ran = {false};
            beside.execute(() -> ran[0] = true);
            inline.add(ran[0]);
            return "v" + inline.size();
        };
        assertThat(cache.<String>get("k", loader)).isEqualTo("v1");
        assertThat(inline).as("a request waits: the second statement goes to the pool").containsExactly(false);
        assertThat(pool.queued).hasSize(1);
        assertThat(ReadCache.inBackground()).isFalse();

        Thread.sleep(1);
        cache.get("k", loader);
        executor.runAll();
        assertThat(inline).as("in the background: run in the refreshing thread").containsExactly(false, true);
        assertThat(pool.queued).hasSize(1);
        assertThat(ReadCache.inBackground()).as("the mark ends with the refresh").isFalse();
    }

    @Test
    void aStaleValueOfAnotherCacheReadInTheBackgroundIsRecomputedThereAndThen() throws Exception {
        ManualExecutor outerRefresher = new ManualExecutor();
        ManualExecutor innerRefresher = new ManualExecutor();
        ReadCache outer = new ReadCache(Duration.ofNanos(1), outerRefresher);
        ReadCache inner = new ReadCache(Duration.ofNanos(1), innerRefresher);
        AtomicInteger innerCalls = new AtomicInteger();
        java.util.function.Supplier<Integer> loader = () -> inner.get("past", innerCalls::incrementAndGet) * 10;
        assertThat(outer.<Integer>get("k", loader)).isEqualTo(10);
        Thread.sleep(1);
        outer.get("k", loader);
        outerRefresher.runAll();
        assertThat(innerRefresher.queued).as("not handed to another thread").isEmpty();
        assertThat(innerCalls).hasValue(2);
        assertThat(outer.<Integer>get("k", loader)).as("the outer value made of the recomputed inner one")
                .isEqualTo(20);
    }

    @Test
    void aValueNobodyReadDuringTheGraceIsRevalidatedBeforeItIsServed() throws Exception {
        ManualExecutor executor = new ManualExecutor();
        ReadCache cache = new ReadCache(Duration.ofNanos(1), Duration.ofMillis(20), executor);
        AtomicInteger version = new AtomicInteger(1);
        AtomicInteger calls = new AtomicInteger();
        assertThat(cache.<Integer>get("k", version::get, calls::incrementAndGet)).isEqualTo(1);
        Thread.sleep(40);
        assertThat(cache.<Integer>get("k", version::get, calls::incrementAndGet))
                .as("same version: the stored value, checked in this thread").isEqualTo(1);
        assertThat(calls).hasValue(1);
        version.set(2);
        Thread.sleep(40);
        assertThat(cache.<Integer>get("k", version::get, calls::incrementAndGet))
                .as("moved: computed before it is served, not the old value").isEqualTo(2);
        assertThat(executor.queued).as("nothing left to the background").isEmpty();
    }
}
