package ru.edu.mentoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import ru.edu.mentoring.campaigns.Campaigns;
import ru.edu.mentoring.roadmaps.Roadmaps;
import ru.edu.mentoring.schools.SchoolSummary;
import ru.edu.mentoring.shared.ChangeLog;
import ru.edu.mentoring.web.CacheConfig;

/**
 * The read models are checked on every read against the change log: kept while the mark of their scope stays,
 * computed again as soon as it moves (a registration shows on the next read), a school's dashboard by its own mark
 * only; with the caches off every read computes.
 */
class ReadModelsTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    Monitoring monitoring;
    ChangeLog changes;
    Campaigns campaigns;
    Roadmaps roadmaps;

    @BeforeEach
    void setUp() {
        monitoring = mock(Monitoring.class);
        changes = mock(ChangeLog.class);
        campaigns = mock(Campaigns.class);
        roadmaps = mock(Roadmaps.class);
        when(monitoring.dashboard(anyLong(), any(), any())).thenAnswer(i -> mock(Monitoring.Dashboard.class));
        when(campaigns.latestStages(any())).thenReturn(Optional.empty());
        when(roadmaps.statusOf(anyLong())).thenReturn(Optional.empty());
    }

    ReadModels models(Duration ttl, boolean cachesOn) {
        MockEnvironment env = new MockEnvironment().withProperty("app.monitoring.cache-ttl", ttl.toMillis() + "ms")
                .withProperty("app.cache.enabled", String.valueOf(cachesOn));
        return new ReadModels(monitoring, changes, campaigns, roadmaps,
                new CacheConfig().cacheManager(env, name -> null), ttl);
    }

    @Test
    void aMunicipalDashboardIsKeptWhileItsMarkStaysAndComputedAgainWhenItMoves() {
        ReadModels models = models(Duration.ofMillis(300), true);
        ReadModels.DashboardOf key = new ReadModels.DashboardOf(7, null, AS_OF);
        when(changes.municipalityMark(7L)).thenReturn("3:41");
        Object first = models.get(key).value();
        assertThat(models.get(key).value()).as("the mark stayed: the same value").isSameAs(first);
        verify(monitoring, times(1)).dashboard(7, null, AS_OF);

        when(changes.municipalityMark(7L)).thenReturn("4:42"); // a registration in the municipality committed
        assertThat(models.get(key).value()).as("the mark moved: computed again on this read").isNotSameAs(first);
        verify(monitoring, times(2)).dashboard(7, null, AS_OF);
    }

    @Test
    void aSchoolsDashboardFollowsTheSchoolsOwnMark() {
        ReadModels models = models(Duration.ofMillis(300), true);
        ReadModels.DashboardOf key = new ReadModels.DashboardOf(7, 70L, AS_OF);
        when(changes.schoolMark(7L, 70L)).thenReturn("1:10");
        when(changes.municipalityMark(7L)).thenReturn("1:10");
        Object first = models.get(key).value();
        when(changes.municipalityMark(7L)).thenReturn("2:11"); // another school of the municipality changed
        assertThat(models.get(key).value()).isSameAs(first);
        when(changes.schoolMark(7L, 70L)).thenReturn("2:12"); // this school (or the municipality's targets) changed
        assertThat(models.get(key).value()).isNotSameAs(first);
        verify(monitoring, times(2)).dashboard(7, 70L, AS_OF);
        verify(changes, never()).municipalityMark(7L);
    }

    @Test
    void aValueOlderThanAMinuteIsNotServedEvenWhenItsMarkStayed() {
        ReadModels models = models(Duration.ofMillis(300), true);
        ReadModels.Stamped<String> old = new ReadModels.Stamped<>("v", "1:1",
                System.nanoTime() - ReadModels.MAX_AGE_NANOS - 1);
        assertThat(models.current(old, "1:1", System.nanoTime())).isFalse();
        assertThat(models.current(new ReadModels.Stamped<>("v", "1:1", System.nanoTime()), "1:1", System.nanoTime()))
                .isTrue();
        assertThat(models.current(new ReadModels.Stamped<>("v", "1:1", System.nanoTime()), "1:2", System.nanoTime()))
                .isFalse();
    }

    @Test
    void aSchoolsStagesWithoutAMarkAreKeptForTheTtlOnly() throws Exception {
        ReadModels models = models(Duration.ofMillis(200), true);
        SchoolSummary school = new SchoolSummary(70L, 7L, "Город", "Школа №70", "Школа №70", null, null, null, null,
                null, null);
        models.get(new ReadModels.SchoolSideOf(school));
        models.get(new ReadModels.SchoolSideOf(school));
        verify(roadmaps, times(1)).statusOf(70L);
        Thread.sleep(250);
        models.get(new ReadModels.SchoolSideOf(school));
        verify(roadmaps, times(2)).statusOf(70L);
    }

    @Test
    void withTheCachesOffEveryReadComputes() {
        when(changes.municipalityMark(eq(7L))).thenReturn("3:41");
        for (ReadModels models : new ReadModels[] {models(Duration.ofMillis(300), false), models(Duration.ZERO, true)}) {
            models.get(new ReadModels.DashboardOf(7, null, AS_OF));
            models.get(new ReadModels.DashboardOf(7, null, AS_OF));
        }
        verify(monitoring, times(4)).dashboard(7, null, AS_OF);
    }

    /** Latches of a computation held on purpose: counted down when it starts, released by the test. */
    record Gate(java.util.concurrent.CountDownLatch started, java.util.concurrent.CountDownLatch release) {}

    /**
     * The municipality's next dashboard computation waits for the gate and answers {@code first}; later ones answer
     * {@code then}.
     */
    Gate held(long municipalityId, Monitoring.Dashboard first, Monitoring.Dashboard... then) {
        Gate gate = new Gate(new java.util.concurrent.CountDownLatch(1), new java.util.concurrent.CountDownLatch(1));
        var stubbing = when(monitoring.dashboard(municipalityId, null, AS_OF)).thenAnswer(i -> {
            gate.started().countDown();
            gate.release().await();
            return first;
        });
        for (Monitoring.Dashboard next : then) {
            stubbing = stubbing.thenReturn(next);
        }
        return gate;
    }

    @Test
    void readersThatComeWhileADashboardIsComputedWaitForItInsteadOfComputingItAgain() throws Exception {
        ReadModels models = models(Duration.ofMillis(300), true);
        ReadModels.DashboardOf key = new ReadModels.DashboardOf(9, null, AS_OF);
        when(changes.municipalityMark(9L)).thenReturn("5:50");
        Monitoring.Dashboard value = mock(Monitoring.Dashboard.class);
        Gate gate = held(9, value);
        java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var first = readers.submit(() -> models.get(key).value());
            assertThat(gate.started().await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            java.util.List<java.util.concurrent.Future<Object>> others = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                others.add(readers.submit(() -> models.get(key).value()));
            }
            Thread.sleep(200); // the three readers are waiting, not computing
            gate.release().countDown();
            assertThat(first.get(5, java.util.concurrent.TimeUnit.SECONDS)).isSameAs(value);
            for (var other : others) {
                assertThat(other.get(5, java.util.concurrent.TimeUnit.SECONDS)).isSameAs(value);
            }
        } finally {
            readers.shutdownNow();
        }
        verify(monitoring, times(1)).dashboard(9, null, AS_OF);
    }

    @Test
    void aReaderThatSawANewerMarkDoesNotTakeTheValueComputedForTheOlderOne() throws Exception {
        ReadModels models = models(Duration.ofMillis(300), true);
        ReadModels.DashboardOf key = new ReadModels.DashboardOf(11, null, AS_OF);
        when(changes.municipalityMark(11L)).thenReturn("1:10");
        Monitoring.Dashboard old = mock(Monitoring.Dashboard.class);
        Monitoring.Dashboard fresh = mock(Monitoring.Dashboard.class);
        Gate gate = held(11, old, fresh);
        java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = readers.submit(() -> models.get(key).value());
            assertThat(gate.started().await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            when(changes.municipalityMark(11L)).thenReturn("2:11"); // a registration committed meanwhile
            assertThat(models.get(key).value()).as("computed for the newer mark").isSameAs(fresh);
            gate.release().countDown();
            assertThat(first.get(5, java.util.concurrent.TimeUnit.SECONDS)).isSameAs(old);
        } finally {
            readers.shutdownNow();
        }
        verify(monitoring, times(2)).dashboard(11, null, AS_OF);
    }
}
