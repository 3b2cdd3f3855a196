package ru.edu.mentoring.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import ru.edu.mentoring.approval.ApprovalStatus;
import ru.edu.mentoring.campaigns.Campaigns;
import ru.edu.mentoring.roadmaps.Roadmaps;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.web.CacheConfig;
import ru.edu.mentoring.shared.ChangeLog;

/**
 * The dashboards' computed read models in the {@link CacheConfig#READ_MODELS} cache: computed by one thread when
 * absent ({@code @Cacheable(sync = true)}: others with the same key wait for it), refreshed in the background by
 * Caffeine once older than {@code app.monitoring.cache-ttl} (300 ms) while readers get the previous value, computed
 * before it is served when nobody asked for five seconds after that. A dashboard's refresh ({@link #reload}) first reads
 * its municipality's mark of the change log (V45) and recomputes only when it moved (or the value is a minute old), so
 * a registration shows on the dashboard within the ttl plus one computation. Keys hold the municipality and school:
 * the controllers check the user's scope before they ask, so a value is only ever given to a reader of that scope.
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
     * A value with the change log's mark read just before it was computed (null: not versioned, recomputed on every
     * refresh) and when it was computed ({@link System#nanoTime}).
     */
    record Stamped<T>(T value, String mark, long computedAt) {}

    /** A versioned value is computed again after this long even when its mark stayed. */
    static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final Monitoring monitoring;
    private final ChangeLog changes;
    private final Campaigns campaigns;
    private final Roadmaps roadmaps;

    ReadModels(Monitoring monitoring, ChangeLog changes, Campaigns campaigns, Roadmaps roadmaps) {
        this.monitoring = monitoring;
        this.changes = changes;
        this.campaigns = campaigns;
        this.roadmaps = roadmaps;
    }

    /** The read model of the key, from the cache. */
    @Cacheable(cacheNames = CacheConfig.READ_MODELS, sync = true)
    public <T> Stamped<T> get(Key<T> key) {
        return load(key);
    }

    /** Computes the read model (the cache's loader). */
    public <T> Stamped<T> load(Key<T> key) {
        return compute(key, mark(key));
    }

    /**
     * Computes it again in the background (the cache's loader): the previous value is kept when the change log's mark
     * did not move and it is younger than {@link #MAX_AGE_NANOS}.
     */
    public <T> Stamped<T> reload(Key<T> key, Stamped<T> previous) {
        String mark = mark(key);
        if (mark != null && mark.equals(previous.mark())
                && System.nanoTime() - previous.computedAt() < MAX_AGE_NANOS) {
            return previous; // nothing changed: the same value, kept another refresh interval
        }
        return compute(key, mark);
    }

    private String mark(Key<?> key) {
        if (key instanceof DashboardOf d) {
            return changes.municipalityMark(d.municipalityId());
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
