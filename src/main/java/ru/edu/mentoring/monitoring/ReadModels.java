package ru.edu.mentoring.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.campaigns.Campaigns;
import ru.edu.mentoring.roadmaps.Roadmaps;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.web.CacheConfig;
import ru.edu.mentoring.shared.ChangeLog;

/**
 * The dashboards' computed read models, kept in the {@link CacheConfig#READ_MODELS} cache and checked on every read
 * against the change log (V45): a read first reads the mark of what the model depends on (one index scan) and serves
 * the kept value while that mark has not moved and the value is younger than {@link #MAX_AGE_NANOS}; otherwise it
 * computes the model again. So a registration shows on the next dashboard read, and a dashboard is computed again
 * only after a change in its scope: a municipality's dashboard on a change anywhere in the municipality, a school's on
 * a change at that school or of the municipality itself (its targets), the regional overview on any change. A model
 * without a mark (a school's campaign stages and roadmap status) is kept for {@code app.monitoring.cache-ttl}
 * (300 ms). Keys hold the municipality and school: the controllers check the user's scope before they ask, so a value
 * is only ever given to a reader of that scope. Readers that find a model out of date while it is being computed for
 * the same mark wait for that computation instead of starting their own.
 * <p>
 * Until this check on read the cache was refreshed in the background every 300 ms and dropped after five quiet
 * seconds, so nearly every dashboard or drill-down of the region benchmark was computed again (their three statements
 * took two thirds of PostgreSQL's time in bench/mix; bench/results-mix.txt).
 */
@Service
class ReadModels {

    /** A read model's key: names everything its value depends on (module data and scope). */
    sealed interface Key<T> permits DashboardOf, RegionOf, SchoolSideOf {}

    /** The dashboard of a municipality (schoolId null) or a school, as of a date. */
    record DashboardOf(long municipalityId, Long schoolId, LocalDate asOf) implements Key<Monitoring.Dashboard> {}

    /** The regional overview as of a date. */
    record RegionOf(LocalDate asOf) implements Key<List<Monitoring.RegionLine>> {}

    /** What the school's drill-down shows beside its dashboard. */
    record SchoolSideOf(SchoolSummary school) implements Key<SchoolSide> {}

    /** The school's latest campaign stages and its roadmap's status (each null when there is none). */
    record SchoolSide(Campaigns.SchoolStages stages, ApprovalStatus roadmapStatus) {}

    /**
     * A value with the change log's mark read just before it was computed (null: not versioned, kept for the ttl)
     * and when it was computed ({@link System#nanoTime}).
     */
    record Stamped<T>(T value, String mark, long computedAt) {}

    /** A versioned value is computed again after this long even when its mark stayed (the date moves, say). */
    static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final Monitoring monitoring;
    private final ChangeLog changes;
    private final Campaigns campaigns;
    private final Roadmaps roadmaps;
    private final org.springframework.cache.Cache kept;
    private final long unversionedNanos;

    ReadModels(Monitoring monitoring, ChangeLog changes, Campaigns campaigns, Roadmaps roadmaps,
            org.springframework.cache.CacheManager caches,
            @org.springframework.beans.factory.annotation.Value("${app.monitoring.cache-ttl:300ms}")
            java.time.Duration ttl) {
        this.monitoring = monitoring;
        this.changes = changes;
        this.campaigns = campaigns;
        this.roadmaps = roadmaps;
        this.kept = caches.getCache(CacheConfig.READ_MODELS);
        this.unversionedNanos = ttl.toNanos();
    }

    /** The read model of the key: the kept one while it is current, else computed now (and kept). */
    @SuppressWarnings("unchecked")
    public <T> Stamped<T> get(Key<T> key) {
        String mark = mark(key);
        Stamped<T> previous = kept.get(key, Stamped.class);
        if (previous != null && current(previous, mark, System.nanoTime())) {
            return previous;
        }
        // one computation of a key and mark at a time: readers that come meanwhile wait for it instead of running the
        // same statements again (ten department users opening the dashboard after a change compute it once)
        Computing mine = new Computing(mark, new java.util.concurrent.CompletableFuture<>());
        Computing running = computing.putIfAbsent(key, mine);
        if (running != null) {
            if (!java.util.Objects.equals(running.mark(), mark)) {
                return compute(key, mark); // started for another mark than this reader saw: not served to it
            }
            try {
                return (Stamped<T>) running.result().join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            Stamped<T> computed = compute(key, mark);
            kept.put(key, computed);
            mine.result().complete(computed);
            return computed;
        } catch (RuntimeException | Error e) {
            mine.result().completeExceptionally(e);
            throw e;
        } finally {
            computing.remove(key, mine);
        }
    }

    /** A computation in progress: the mark it was started with and its result to come. */
    private record Computing(String mark, java.util.concurrent.CompletableFuture<Stamped<?>> result) {}

    /** The computations in progress by key (an entry lives only while its computation runs). */
    private final java.util.concurrent.ConcurrentHashMap<Key<?>, Computing> computing =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Computes the read model now, whatever is kept. */
    public <T> Stamped<T> load(Key<T> key) {
        return compute(key, mark(key));
    }

    /** Whether a kept value may still be served: its mark has not moved (or, without one, it is within the ttl). */
    boolean current(Stamped<?> previous, String mark, long now) {
        long age = now - previous.computedAt();
        return mark == null
                ? previous.mark() == null && age < unversionedNanos
                : mark.equals(previous.mark()) && age < MAX_AGE_NANOS;
    }

    private String mark(Key<?> key) {
        if (key instanceof DashboardOf d) {
            return d.schoolId() == null ? changes.municipalityMark(d.municipalityId())
                    : changes.schoolMark(d.municipalityId(), d.schoolId());
        }
        return key instanceof RegionOf ? changes.municipalityMark(null) : null;
    }

    @SuppressWarnings("unchecked")
    private <T> Stamped<T> compute(Key<T> key, String mark) {
        Object value;
        if (key instanceof DashboardOf d) {
            value = monitoring.dashboard(d.municipalityId(), d.schoolId(), d.asOf());
        } else if (key instanceof RegionOf r) {
            value = monitoring.region(r.asOf());
        } else {
            SchoolSummary school = ((SchoolSideOf) key).school();
            value = new SchoolSide(campaigns.latestStages(school).orElse(null),
                    roadmaps.statusOf(school.id()).orElse(null));
        }
        return new Stamped<>((T) value, mark, System.nanoTime());
    }
}
