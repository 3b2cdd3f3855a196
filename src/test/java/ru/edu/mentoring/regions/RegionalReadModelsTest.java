package ru.edu.mentoring.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import ru.edu.mentoring.shared.ChangeLog;
import ru.edu.mentoring.web.CacheConfig;

/**
 * The regional dashboard served from its read model (issue 22 point 5): on the generated region one computation took
 * the regional page's p50 far above the municipal dashboard's, which monitoring serves from its cache (bench/scale,
 * bench/results-scale.txt). Here the real cache configuration and Spring's caching proxy, with the computation
 * counted: computed once while the change log's mark stays, computed again in the background once it moved (the
 * previous figures served meanwhile), and off with the other caches.
 */
class RegionalReadModelsTest {

    private static final long UNKNOWN = 404;

    private final AtomicInteger computations = new AtomicInteger();
    private volatile java.util.concurrent.CountDownLatch secondMayFinish = new java.util.concurrent.CountDownLatch(0);
    private final AtomicReference<String> mark = new AtomicReference<>("1:1");

    private AnnotationConfigApplicationContext context(MockEnvironment env) {
        return context(env, false);
    }

    /** With {@code realRegions}, the module's own Regions service (its repositories mocked) instead of a mock. */
    private AnnotationConfigApplicationContext context(MockEnvironment env, boolean realRegions) {
        Regions regions = mock(Regions.class);
        if (!realRegions) {
            when(regions.region(anyLong())).thenAnswer(a -> {
                if ((long) a.getArgument(0) == UNKNOWN) {
                    throw new ru.edu.mentoring.shared.NotFoundException();
                }
                return new Regions.RegionView(a.getArgument(0), "Область", List.of());
            });
        }
        RegionalDashboard dashboards = mock(RegionalDashboard.class);
        when(dashboards.build(any(), any())).thenAnswer(a -> {
            int n = computations.incrementAndGet();
            if (n == 2) {
                secondMayFinish.await(5, TimeUnit.SECONDS); // the next figures take their time
            }
            LocalDate asOf = a.getArgument(1);
            return new RegionalDashboard.Dashboard(a.getArgument(0), asOf, asOf.getYear(), null,
                    RegionalDashboard.Counts.ZERO, List.of(new RegionalDashboard.Line(n, "computation " + n,
                    RegionalDashboard.Counts.ZERO)), List.of(), List.of());
        });
        ChangeLog changes = mock(ChangeLog.class);
        when(changes.municipalityMark(null)).thenAnswer(a -> mark.get());
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.setEnvironment(new org.springframework.core.env.StandardEnvironment() {
            {
                getPropertySources().addFirst(new org.springframework.core.env.PropertiesPropertySource("test",
                        toProperties(env)));
            }
        });
        if (!realRegions) {
            context.registerBean(Regions.class, () -> regions);
        } else {
            context.registerBean(RegionRepository.class, () -> regionRepository);
            context.registerBean(RegionTargetRepository.class, () -> targetRepository);
            context.registerBean(ReportingPeriodRepository.class, () -> mock(ReportingPeriodRepository.class));
            context.registerBean(ru.edu.mentoring.schools.Schools.class, () -> {
                var schools = mock(ru.edu.mentoring.schools.Schools.class);
                when(schools.allMunicipalities()).thenReturn(List.of());
                return schools;
            });
            context.registerBean(org.springframework.jdbc.core.JdbcTemplate.class,
                    () -> mock(org.springframework.jdbc.core.JdbcTemplate.class));
            context.register(Regions.class);
        }
        context.registerBean(RegionalDashboard.class, () -> dashboards);
        context.registerBean(ChangeLog.class, () -> changes);
        context.register(CacheConfig.class, RegionsCaches.class, RegionalReadModels.class);
        context.refresh();
        return context;
    }

    private static java.util.Properties toProperties(MockEnvironment env) {
        java.util.Properties p = new java.util.Properties();
        for (String name : new String[] {"app.regions.cache-ttl", "app.cache.enabled"}) {
            if (env.getProperty(name) != null) {
                p.setProperty(name, env.getProperty(name));
            }
        }
        return p;
    }

    private static String shown(RegionalReadModels models, long region) {
        return models.get(new RegionalReadModels.Key(region, LocalDate.of(2026, 5, 1))).value().municipalities().get(0)
                .name();
    }

    @Test
    void theRegionsFiguresAreComputedOnceWhileNothingChanged() {
        try (var context = context(new MockEnvironment())) {
            RegionalReadModels models = context.getBean(RegionalReadModels.class);
            for (int i = 0; i < 50; i++) {
                assertThat(shown(models, 7)).isEqualTo("computation 1");
            }
            assertThat(computations).as("50 requests, one computation").hasValue(1);
            assertThat(shown(models, 8)).as("another region is another key").isEqualTo("computation 2");
        }
    }

    @Test
    void aWriteIsShownAfterOneRefreshWhileTheReaderGetsThePreviousFigures() throws Exception {
        try (var context = context(new MockEnvironment().withProperty("app.regions.cache-ttl", "100ms"))) {
            RegionalReadModels models = context.getBean(RegionalReadModels.class);
            secondMayFinish = new java.util.concurrent.CountDownLatch(1);
            assertThat(shown(models, 7)).isEqualTo("computation 1");
            Thread.sleep(150);
            assertThat(shown(models, 7)).as("the mark stayed").isEqualTo("computation 1");
            Thread.sleep(100);
            assertThat(computations).as("a refresh with the same mark keeps the figures").hasValue(1);

            mark.set("2:9"); // a registration committed somewhere in the region
            Thread.sleep(150);
            long start = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                assertThat(shown(models, 7)).as("the previous figures while the next are computed")
                        .isEqualTo("computation 1");
            }
            assertThat(System.nanoTime() - start).as("readers do not wait for the computation")
                    .isLessThan(TimeUnit.SECONDS.toNanos(1));
            secondMayFinish.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            String seen = "computation 1";
            while (!seen.equals("computation 2") && System.nanoTime() < deadline) {
                Thread.sleep(20);
                seen = shown(models, 7);
            }
            assertThat(seen).isEqualTo("computation 2");
        }
    }

    private final RegionRepository regionRepository = mock(RegionRepository.class);
    private final RegionTargetRepository targetRepository = mock(RegionTargetRepository.class);

    @Test
    void aSavedTargetIsShownAtOnce() {
        Region region = mock(Region.class);
        when(region.getId()).thenReturn(7L);
        when(region.getName()).thenReturn("Область");
        when(regionRepository.findById(7L)).thenReturn(java.util.Optional.of(region));
        when(targetRepository.findByRegionIdAndYear(anyLong(), org.mockito.ArgumentMatchers.anyInt()))
                .thenReturn(java.util.Optional.empty());
        try (var context = context(new MockEnvironment(), true)) {
            RegionalReadModels models = context.getBean(RegionalReadModels.class);
            Regions regions = context.getBean(Regions.class);
            assertThat(shown(models, 7)).isEqualTo("computation 1");
            assertThat(shown(models, 7)).isEqualTo("computation 1");
            regions.setTarget(7, 2026, java.math.BigDecimal.valueOf(70), null);
            assertThat(shown(models, 7)).as("the region's new target empties the cache").isEqualTo("computation 2");
        }
    }

    @Test
    void anUnknownRegionIsNotFoundAndNotKept() {
        try (var context = context(new MockEnvironment())) {
            RegionalReadModels models = context.getBean(RegionalReadModels.class);
            for (int i = 0; i < 2; i++) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> shown(models, UNKNOWN))
                        .as("the controller answers 404").isInstanceOf(ru.edu.mentoring.shared.NotFoundException.class);
            }
            assertThat(computations).hasValue(0);
        }
    }

    @Test
    void theCachesSwitchTurnsItOff() {
        try (var context = context(new MockEnvironment().withProperty("app.cache.enabled", "false"))) {
            RegionalReadModels models = context.getBean(RegionalReadModels.class);
            shown(models, 7);
            shown(models, 7);
            assertThat(computations).as("every request computes").hasValue(2);
        }
    }
}
