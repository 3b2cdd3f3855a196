package ru.edu.mentoring.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Policy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.support.NoOpCache;
import org.springframework.mock.env.MockEnvironment;

/** Every cache is Caffeine, bounded and counted; one property turns them all off; a refresh serves the old value. */
class CacheConfigTest {

    private static final List<String> ALL = List.of(CacheConfig.SCHOOL_SUMMARIES, CacheConfig.MENTOR_OPTIONS,
            CacheConfig.FORMS, CacheConfig.PAIR_TOTALS, CacheConfig.BADGES, CacheConfig.READ_MODELS,
            CacheConfig.PAST_YEARS);

    private static CacheManager manager(MockEnvironment env) {
        return new CacheConfig().cacheManager(env);
    }

    @Test
    void everyCacheIsABoundedCaffeineCacheWithStatisticsAndAnExpiryOrARefresh() {
        CacheManager caches = manager(new MockEnvironment());
        assertThat(caches.getCacheNames()).containsExactlyInAnyOrderElementsOf(ALL);
        for (String name : ALL) {
            Cache cache = caches.getCache(name);
            assertThat(cache).as(name).isInstanceOf(CaffeineCache.class);
            com.github.benmanes.caffeine.cache.Cache<Object, Object> nativeCache = ((CaffeineCache) cache).getNativeCache();
            Policy<Object, Object> policy = nativeCache.policy();
            assertThat(policy.isRecordingStats()).as(name + " records statistics").isTrue();
            assertThat(policy.eviction()).as(name + " has a size bound").isPresent();
            assertThat(policy.expireAfterWrite().isPresent() || policy.refreshAfterWrite().isPresent())
                    .as(name + " expires or refreshes").isTrue();
        }
        assertThat(((CaffeineCache) caches.getCache(CacheConfig.READ_MODELS)).getNativeCache().policy()
                .refreshAfterWrite().orElseThrow().getRefreshesAfter()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void onePropertyTurnsEveryCacheOff() {
        for (MockEnvironment env : List.of(new MockEnvironment().withProperty("app.cache.enabled", "false"),
                new MockEnvironment().withProperty("spring.cache.type", "none"))) {
            CacheManager caches = manager(env);
            for (String name : ALL) {
                assertThat(caches.getCache(name)).as(name).isInstanceOf(NoOpCache.class);
            }
            AtomicInteger loads = new AtomicInteger();
            Caches.refreshed(caches.getCache(CacheConfig.READ_MODELS), "k", loads::incrementAndGet);
            Caches.refreshed(caches.getCache(CacheConfig.READ_MODELS), "k", loads::incrementAndGet);
            Caches.get(caches.getCache(CacheConfig.SCHOOL_SUMMARIES), 1L, loads::incrementAndGet);
            assertThat(loads).hasValue(3);
        }
        assertThat(manager(new MockEnvironment().withProperty("app.schools.cache-ttl", "0s"))
                .getCache(CacheConfig.SCHOOL_SUMMARIES)).isInstanceOf(NoOpCache.class);
    }

    @Test
    void aNullIsReturnedButNotKept() {
        Cache cache = manager(new MockEnvironment()).getCache(CacheConfig.SCHOOL_SUMMARIES);
        AtomicInteger loads = new AtomicInteger();
        assertThat(Caches.<String>get(cache, 7L, () -> {
            loads.incrementAndGet();
            return null;
        })).isNull();
        assertThat(Caches.get(cache, 7L, () -> "Школа №7")).isEqualTo("Школа №7");
        assertThat(Caches.get(cache, 7L, () -> "другая")).isEqualTo("Школа №7");
        assertThat(loads).hasValue(1);
    }

    @Test
    void aStaleValueIsServedWhileOneThreadComputesTheNextAndAnUnchangedVersionKeepsTheValue() throws Exception {
        Cache cache = manager(new MockEnvironment().withProperty("app.monitoring.cache-ttl", "100ms"))
                .getCache(CacheConfig.READ_MODELS);
        AtomicInteger version = new AtomicInteger();
        AtomicInteger computations = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        java.util.function.Supplier<String> loader = () -> {
            int n = computations.incrementAndGet();
            if (n == 2) {
                try {
                    release.await(5, TimeUnit.SECONDS); // the second computation is slow
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return "v" + n;
        };
        assertThat(Caches.<String>refreshed(cache, "dashboard", version::get, loader)).isEqualTo("v1");

        Thread.sleep(150);
        assertThat(Caches.<String>refreshed(cache, "dashboard", version::get, loader))
                .as("the version stayed: the same value, not computed again").isEqualTo("v1");
        Thread.sleep(50);
        assertThat(computations).hasValue(1);

        version.incrementAndGet();
        Thread.sleep(150);
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertThat(Caches.<String>refreshed(cache, "dashboard", version::get, loader))
                    .as("the previous value while the next is computed").isEqualTo("v1");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        String seen = "v1";
        while (!seen.equals("v2") && System.nanoTime() < deadline) {
            Thread.sleep(20);
            seen = Caches.refreshed(cache, "dashboard", version::get, loader);
        }
        assertThat(seen).isEqualTo("v2");
        assertThat(computations).as("one thread computed the new value").hasValue(2);
    }

    @Test
    void aChangeShowsWithinOneSecondAtTheDefaultRefreshInterval() throws Exception {
        Cache cache = manager(new MockEnvironment()).getCache(CacheConfig.READ_MODELS);
        AtomicInteger mark = new AtomicInteger();
        java.util.function.Supplier<String> dashboard = () -> "registrations " + mark.get();
        assertThat(Caches.<String>refreshed(cache, "dashboard", mark::get, dashboard)).isEqualTo("registrations 0");
        mark.incrementAndGet(); // a registration committed: the change log's mark moved
        long start = System.nanoTime();
        String seen = "";
        while (!seen.equals("registrations 1") && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2)) {
            seen = Caches.refreshed(cache, "dashboard", mark::get, dashboard);
            Thread.sleep(25);
        }
        assertThat(seen).isEqualTo("registrations 1");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }
}
