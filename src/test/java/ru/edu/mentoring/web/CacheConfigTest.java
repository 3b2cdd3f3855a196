package ru.edu.mentoring.web;

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
import org.springframework.cache.transaction.TransactionAwareCacheDecorator;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every cache is Caffeine behind Spring's abstraction, transaction-aware, bounded and counted; one property turns them
 * all off; a refresh (by the loader named like the cache) serves the old value.
 */
class CacheConfigTest {

    private static final List<String> ALL = List.of(CacheConfig.SCHOOL_SUMMARIES, CacheConfig.MENTOR_OPTIONS,
            CacheConfig.FORMS, CacheConfig.PAIR_TOTALS, CacheConfig.BADGES, CacheConfig.READ_MODELS,
            CacheConfig.PAST_YEARS, CacheConfig.REGIONAL_DASHBOARDS);

    /** The version a test loader compares (a stand-in for the change log's mark) and its computations. */
    private static final AtomicInteger VERSION = new AtomicInteger();
    private static final AtomicInteger COMPUTATIONS = new AtomicInteger();
    private static volatile CountDownLatch slowSecond = new CountDownLatch(0);

    /** A value with the version read before it was computed. */
    record Versioned(String value, int version) {}

    /** As {@code monitoring.ReadModels}: a reload keeps the previous value while the version stays. */
    static final com.github.benmanes.caffeine.cache.CacheLoader<Object, Object> LOADER =
            new com.github.benmanes.caffeine.cache.CacheLoader<>() {
                @Override
                public Object load(Object key) {
                    return compute();
                }

                @Override
                public Object reload(Object key, Object previous) {
                    return ((Versioned) previous).version() == VERSION.get() ? previous : compute();
                }
            };

    static Versioned compute() {
        int version = VERSION.get();
        int n = COMPUTATIONS.incrementAndGet();
        if (n == 2) {
            try {
                slowSecond.await(5, TimeUnit.SECONDS); // the second computation may be slow
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new Versioned("v" + n, version);
    }

    private static CacheManager manager(MockEnvironment env) {
        return new CacheConfig().cacheManager(env, name -> LOADER);
    }

    /** As {@code @Cacheable(sync = true)} asks a cache: the value, computed by the method when absent. */
    private static String cached(Cache cache, Object key) {
        return ((Versioned) cache.get(key, CacheConfigTest::compute)).value();
    }

    @org.junit.jupiter.api.BeforeEach
    void reset() {
        VERSION.set(0);
        COMPUTATIONS.set(0);
        slowSecond = new CountDownLatch(0);
    }

    @Test
    void everyCacheIsABoundedCaffeineCacheWithStatisticsAndAnExpiryOrARefresh() {
        CacheManager caches = manager(new MockEnvironment());
        assertThat(caches.getCacheNames()).containsExactlyInAnyOrderElementsOf(ALL);
        for (String name : ALL) {
            Cache cache = caches.getCache(name);
            assertThat(cache).as(name + " is transaction-aware").isInstanceOf(TransactionAwareCacheDecorator.class);
            assertThat(((TransactionAwareCacheDecorator) cache).getTargetCache()).as(name)
                    .isInstanceOf(CaffeineCache.class);
            @SuppressWarnings("unchecked")
            com.github.benmanes.caffeine.cache.Cache<Object, Object> nativeCache =
                    (com.github.benmanes.caffeine.cache.Cache<Object, Object>) cache.getNativeCache();
            Policy<Object, Object> policy = nativeCache.policy();
            assertThat(policy.isRecordingStats()).as(name + " records statistics").isTrue();
            assertThat(policy.eviction()).as(name + " has a size bound").isPresent();
            assertThat(policy.expireAfterWrite().isPresent() || policy.refreshAfterWrite().isPresent())
                    .as(name + " expires or refreshes").isTrue();
        }
        // the read models are kept a minute at most; each read checks its change-log mark (monitoring.ReadModels)
        assertThat(((com.github.benmanes.caffeine.cache.Cache<?, ?>) caches.getCache(CacheConfig.READ_MODELS)
                .getNativeCache()).policy().expireAfterWrite().orElseThrow().getExpiresAfter())
                .isEqualTo(Duration.ofSeconds(60));
        assertThat(manager(new MockEnvironment().withProperty("app.monitoring.cache-ttl", "0s"))
                .getCache(CacheConfig.READ_MODELS)).isInstanceOf(NoOpCache.class);
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
            caches.getCache(CacheConfig.READ_MODELS).get("k", loads::incrementAndGet);
            caches.getCache(CacheConfig.READ_MODELS).get("k", loads::incrementAndGet);
            caches.getCache(CacheConfig.SCHOOL_SUMMARIES).get(1L, loads::incrementAndGet);
            assertThat(loads).hasValue(3);
        }
        assertThat(manager(new MockEnvironment().withProperty("app.schools.cache-ttl", "0s"))
                .getCache(CacheConfig.SCHOOL_SUMMARIES)).isInstanceOf(NoOpCache.class);
    }

    @Test
    void anEvictionInsideATransactionEmptiesTheCacheAgainAfterItEnds() {
        Cache cache = manager(new MockEnvironment()).getCache(CacheConfig.SCHOOL_SUMMARIES);
        cache.put(7L, "Школа №7");
        TransactionSynchronizationManager.initSynchronization();
        try {
            // @CacheEvict(allEntries = true, beforeInvocation = true): at once
            assertThat(cache.invalidate()).isTrue();
            assertThat(cache.get(7L)).isNull();
            // a reader that loaded the old rows before the commit puts them back ...
            cache.put(7L, "старое имя");
            // ... and @CacheEvict(allEntries = true) after the method empties the cache once the transaction ends
            cache.clear();
            List<TransactionSynchronization> pending = TransactionSynchronizationManager.getSynchronizations();
            assertThat(pending).isNotEmpty();
            cache.put(8L, "Школа №8");
            pending.forEach(TransactionSynchronization::afterCommit);
            pending.forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(cache.get(7L)).as("the old value is gone after the commit").isNull();
    }

    @Test
    void aStaleValueIsServedWhileOneThreadComputesTheNextAndAnUnchangedVersionKeepsTheValue() throws Exception {
        Cache cache = manager(new MockEnvironment().withProperty("app.regions.cache-ttl", "100ms"))
                .getCache(CacheConfig.REGIONAL_DASHBOARDS);
        slowSecond = new CountDownLatch(1);
        assertThat(cached(cache, "dashboard")).isEqualTo("v1");

        Thread.sleep(150);
        assertThat(cached(cache, "dashboard")).as("the version stayed: the same value, not computed again")
                .isEqualTo("v1");
        Thread.sleep(50);
        assertThat(COMPUTATIONS).hasValue(1);

        VERSION.incrementAndGet();
        Thread.sleep(150);
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertThat(cached(cache, "dashboard")).as("the previous value while the next is computed")
                    .isEqualTo("v1");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        slowSecond.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        String seen = "v1";
        while (!seen.equals("v2") && System.nanoTime() < deadline) {
            Thread.sleep(20);
            seen = cached(cache, "dashboard");
        }
        assertThat(seen).isEqualTo("v2");
        assertThat(COMPUTATIONS).as("one thread computed the new value").hasValue(2);
    }

    @Test
    void aChangeShowsWithinOneSecondAtARefreshIntervalOf300Ms() throws Exception {
        Cache cache = manager(new MockEnvironment().withProperty("app.regions.cache-ttl", "300ms"))
                .getCache(CacheConfig.REGIONAL_DASHBOARDS);
        assertThat(cached(cache, "dashboard")).isEqualTo("v1");
        VERSION.incrementAndGet(); // a registration committed: the change log's mark moved
        long start = System.nanoTime();
        String seen = "";
        while (!seen.equals("v2") && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2)) {
            seen = cached(cache, "dashboard");
            Thread.sleep(25);
        }
        assertThat(seen).isEqualTo("v2");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }
}
