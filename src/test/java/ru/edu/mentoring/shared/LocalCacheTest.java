package ru.edu.mentoring.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The short-lived read cache: kept within the ttl, gone after it or a clear, never keeps what was read across one. */
class LocalCacheTest {

    @Test
    void aValueIsKeptForTheTtlThenLoadedAgain() throws Exception {
        LocalCache<Long, String> cache = new LocalCaches().create("test", Duration.ofMillis(200), 10);
        AtomicInteger loads = new AtomicInteger();
        assertThat(cache.get(1L, () -> "a" + loads.incrementAndGet())).isEqualTo("a1");
        assertThat(cache.get(1L, () -> "a" + loads.incrementAndGet())).isEqualTo("a1");
        Thread.sleep(250);
        assertThat(cache.get(1L, () -> "a" + loads.incrementAndGet())).isEqualTo("a2");
    }

    @Test
    void aClearForgetsEverything() {
        LocalCaches caches = new LocalCaches();
        LocalCache<Long, String> cache = caches.create("test", Duration.ofSeconds(30), 10);
        cache.get(1L, () -> "old");
        cache.clear();
        assertThat(cache.get(1L, () -> "new")).isEqualTo("new");
        caches.clearAll();
        assertThat(cache.peek(1L)).isNull();
    }

    @Test
    void aValueLoadedWhileTheCacheWasClearedIsNotKept() {
        LocalCache<Long, String> cache = new LocalCaches().create("test", Duration.ofSeconds(30), 10);
        assertThat(cache.get(1L, () -> {
            cache.clear(); // a change committed while the old rows were being read
            return "read before the change";
        })).isEqualTo("read before the change");
        assertThat(cache.peek(1L)).isNull();
        long mark = cache.mark();
        cache.clear();
        cache.putUnlessCleared(2L, "stale", mark);
        assertThat(cache.peek(2L)).isNull();
    }

    @Test
    void nullIsNotKeptAndZeroTtlTurnsTheCacheOff() {
        LocalCache<Long, String> cache = new LocalCaches().create("test", Duration.ofSeconds(30), 10);
        assertThat(cache.get(1L, () -> null)).isNull();
        assertThat(cache.get(1L, () -> "found")).isEqualTo("found");
        LocalCache<Long, String> off = new LocalCaches().create("off", Duration.ZERO, 10);
        off.get(1L, () -> "a");
        assertThat(off.get(1L, () -> "b")).isEqualTo("b");
    }

    @Test
    void beyondMaxKeysItStartsEmpty() {
        LocalCache<Integer, String> cache = new LocalCaches().create("test", Duration.ofSeconds(30), 3);
        for (int i = 0; i < 3; i++) {
            int n = i;
            cache.get(n, () -> "v" + n);
        }
        cache.get(3, () -> "v3");
        assertThat(cache.peek(0)).isNull();
        assertThat(cache.peek(3)).isEqualTo("v3");
    }

    @Test
    void anExpiredValueIsLoadedAgainByOneReaderWhileTheOthersStillGetIt() throws Exception {
        LocalCache<Long, String> cache = new LocalCaches().create("test", Duration.ofSeconds(1), 10);
        cache.putUnlessCleared(1L, "old", cache.mark());
        assertThat(cache.peekOrRenew(1L)).as("fresh").isEqualTo("old");
        Thread.sleep(1_100);
        assertThat(cache.peekOrRenew(1L)).as("the first reader after expiry loads it").isNull();
        assertThat(cache.peekOrRenew(1L)).as("the others meanwhile").isEqualTo("old");
        cache.putUnlessCleared(1L, "new", cache.mark());
        assertThat(cache.peekOrRenew(1L)).isEqualTo("new");
        Thread.sleep(2_100);
        assertThat(cache.peekOrRenew(1L)).as("expired more than a ttl ago: nobody gets it").isNull();
        assertThat(cache.peekOrRenew(1L)).isNull();
    }
}
