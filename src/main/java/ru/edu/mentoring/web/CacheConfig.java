package ru.edu.mentoring.web;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.support.NoOpCache;
import org.springframework.cache.support.SimpleCacheManager;
import org.springframework.cache.transaction.TransactionAwareCacheDecorator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Every cache of the application, in one place: Caffeine caches behind Spring's cache abstraction, each with a size
 * bound, statistics and either an expiry ({@code expireAfterWrite}) or, where a reader may be given the previous value
 * while one thread computes the next, a refresh ({@code refreshAfterWrite}). All are per instance and safe to lose.
 * Modules use them through {@code @Cacheable} / {@code @CacheEvict} on their services' methods; every cache is
 * transaction-aware ({@link TransactionAwareCacheDecorator}): a value read inside a transaction is kept, and an
 * {@code @CacheEvict} after the method empties the cache once the transaction commits, so a reader that loaded the old
 * rows before the commit cannot keep them ({@code beforeInvocation = true} empties it at once as well).
 * <p>
 * A refreshing cache recomputes a key with the Caffeine {@link CacheLoader} that is the bean named like the cache (in
 * the module that owns the cached data: {@code monitoring.PastYears}, {@code regions.RegionalReadModels}); the first value
 * of a key comes from the {@code @Cacheable(sync = true)} method itself.
 * <p>
 * {@code app.cache.enabled=false} (or {@code spring.cache.type=none}) turns every cache off (each method runs on every
 * call), for the benchmark's cache-off run; a cache whose own time to live is zero is off too.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class CacheConfig implements DisposableBean {

    /** School summaries by id (schools module). */
    public static final String SCHOOL_SUMMARIES = "schools.summary";
    /** Each school's mentor options (people module). */
    public static final String MENTOR_OPTIONS = "people.mentorOptions";
    /** The forms of mentoring as options, and their rules (pairing module). */
    public static final String FORMS = "pairing.forms";
    /** The pair list's total per school and filters (pairing module). */
    public static final String PAIR_TOTALS = "pairing.listTotals";
    /** Each user's unread-notification count (notifications module). */
    public static final String BADGES = "notifications.badge";
    /**
     * The dashboards' computed read models (monitoring module): kept up to a minute, each read checks its change-log
     * mark first ({@code monitoring.ReadModels}).
     */
    public static final String READ_MODELS = "monitoring.readModels";
    /** The involvement of past years (monitoring module): refreshed, the previous value always served meanwhile. */
    public static final String PAST_YEARS = "monitoring.pastYears";
    /** The regional dashboards' computed figures (regions module): refreshed, the previous value served meanwhile. */
    public static final String REGIONAL_DASHBOARDS = "regions.dashboards";

    /**
     * A read model older than its refresh interval is served while it is recomputed in the background only this long
     * after the interval; an older one (a dashboard nobody opened for a while) has expired and is computed before it is
     * served, so the first reader after a quiet spell sees the data of now rather than of minutes ago.
     */
    static final Duration GRACE = Duration.ofSeconds(5);

    /** How long a read model is kept at most; within it each read decides by its change-log mark. */
    static final Duration READ_MODELS_KEPT = Duration.ofSeconds(60);

    private final ExecutorService refreshPool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "cache-refresh");
        t.setDaemon(true);
        return t;
    });

    @Bean
    public CacheManager cacheManager(Environment env, BeanFactory beans) {
        return cacheManager(env, name -> beans.getBean(name, CacheLoader.class));
    }

    /**
     * The caches; {@code loaders} gives a refreshing cache's loader by the cache's name, asked on the first refresh
     * (not while the cache manager is built: a loader uses services that use the caches).
     */
    @SuppressWarnings("unchecked")
    public CacheManager cacheManager(Environment env, Function<String, CacheLoader<?, ?>> loaders) {
        boolean enabled = env.getProperty("app.cache.enabled", Boolean.class, true)
                && !"none".equalsIgnoreCase(env.getProperty("spring.cache.type", ""));
        Executor refresher = Background.refreshing(refreshPool);
        List<Cache> caches = new ArrayList<>();
        caches.add(expiring(enabled, SCHOOL_SUMMARIES, ttl(env, "app.schools.cache-ttl", "30s"), 20_000));
        caches.add(expiring(enabled, MENTOR_OPTIONS, ttl(env, "app.people.cache-ttl", "30s"), 20_000));
        caches.add(expiring(enabled, FORMS, ttl(env, "app.pairing.cache-ttl", "30s"), 10));
        caches.add(expiring(enabled, PAIR_TOTALS, ttl(env, "app.pairing.total-ttl", "5s"), 10_000));
        caches.add(expiring(enabled, BADGES, ttl(env, "app.notifications.badge-ttl", "10s"), 10_000));
        Duration readModels = ttl(env, "app.monitoring.cache-ttl", "300ms");
        boolean readModelsKept = enabled && !readModels.isZero() && !readModels.isNegative();
        caches.add(expiring(readModelsKept, READ_MODELS, READ_MODELS_KEPT, 2_000));
        caches.add(refreshing(enabled, PAST_YEARS, ttl(env, "app.monitoring.past-years-cache-ttl", "60s"), null,
                2_000, refresher, () -> (CacheLoader<Object, Object>) loaders.apply(PAST_YEARS)));
        Duration regional = ttl(env, "app.regions.cache-ttl", "1s");
        caches.add(refreshing(enabled, REGIONAL_DASHBOARDS, regional, regional.plus(GRACE), 500, refresher,
                () -> (CacheLoader<Object, Object>) loaders.apply(REGIONAL_DASHBOARDS)));
        SimpleCacheManager manager = new SimpleCacheManager();
        manager.setCaches(caches);
        manager.afterPropertiesSet(); // usable at once, also outside a container (tests)
        return manager;
    }

    private static Duration ttl(Environment env, String property, String fallback) {
        return org.springframework.boot.convert.DurationStyle.detectAndParse(env.getProperty(property, fallback));
    }

    /** A cache whose entries are dropped once they are {@code ttl} old. */
    static Cache expiring(boolean enabled, String name, Duration ttl, long maximumSize) {
        if (!enabled || ttl.isZero() || ttl.isNegative()) {
            return new NoOpCache(name);
        }
        return new TransactionAwareCacheDecorator(new CaffeineCache(name, Caffeine.newBuilder().expireAfterWrite(ttl)
                .maximumSize(maximumSize).recordStats().build(), true));
    }

    /**
     * A cache whose entries older than {@code refresh} are recomputed in the background by the cache's loader (its
     * {@link CacheLoader#reload} may return the previous value unchanged) while readers still get the previous value,
     * and dropped once {@code expire} old (null: never).
     */
    static Cache refreshing(boolean enabled, String name, Duration refresh, Duration expire, long maximumSize,
            Executor refresher, Supplier<CacheLoader<Object, Object>> loader) {
        if (!enabled || refresh.isZero() || refresh.isNegative()) {
            return new NoOpCache(name);
        }
        Caffeine<Object, Object> builder = Caffeine.newBuilder().refreshAfterWrite(refresh).maximumSize(maximumSize)
                .executor(refresher).recordStats();
        if (expire != null) {
            builder.expireAfterWrite(expire);
        }
        return new TransactionAwareCacheDecorator(new CaffeineCache(name, builder.build(new CacheLoader<>() {
            @Override
            public Object load(Object key) throws Exception {
                return loader.get().load(key);
            }

            @Override
            public Object reload(Object key, Object oldValue) throws Exception {
                return loader.get().reload(key, oldValue);
            }
        }), false));
    }

    @Override
    public void destroy() {
        refreshPool.shutdownNow();
    }
}
