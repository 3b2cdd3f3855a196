package ru.edu.mentoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.edu.mentoring.monitoring.MonitoringQueries.Involvement;
import ru.edu.mentoring.monitoring.MonitoringQueries.SchoolCount;

/**
 * The dashboard counts the current year on every computation and takes past years (as of their 31 December) from a
 * longer cache: two dashboards of the same year ask for the past once and for the current year twice.
 */
class PastYearsCacheTest {

    @Test
    void pastYearsAreAskedOnceAndTheCurrentYearEveryTime() {
        MonitoringQueries queries = mock(MonitoringQueries.class);
        Targets targets = mock(Targets.class);
        when(targets.byYear(1L)).thenReturn(Map.of(2024, new BigDecimal("70.0")));
        when(queries.schoolCounts(eq(1L), isNull(), anyInt(), anyInt())).thenReturn(List.of(
                new SchoolCount(1, "Округ", 10L, "Школа", 2026, 100)));
        when(queries.involvement(eq(1L), isNull(), eq(Monitoring.FIRST_YEAR), eq(2025), any()))
                .thenReturn(List.of(new Involvement(2025, 10L, 7, 7), new Involvement(2025, null, 7, 7)));
        when(queries.involvement(eq(1L), isNull(), eq(2026), eq(2026), any()))
                .thenReturn(List.of(new Involvement(2026, 10L, 12, 12), new Involvement(2026, null, 12, 12)));
        when(queries.facts(anyLong(), isNull(), anyInt(), any(), anyInt())).thenReturn(List.of());
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        org.springframework.context.annotation.AnnotationConfigApplicationContext context =
                new org.springframework.context.annotation.AnnotationConfigApplicationContext();
        context.setEnvironment(new org.springframework.mock.env.MockEnvironment());
        context.registerBean(MonitoringQueries.class, () -> queries);
        context.registerBean(Targets.class, () -> targets);
        context.registerBean(Clock.class, () -> clock);
        context.register(ru.edu.mentoring.web.CacheConfig.class, PastYears.class, Monitoring.class,
                MonitoringCaches.class);
        context.registerBean(ReadModels.class, () -> mock(ReadModels.class));
        context.refresh();
        Monitoring monitoring = context.getBean(Monitoring.class);

        Monitoring.Dashboard first = monitoring.dashboard(1L, null, LocalDate.of(2026, 11, 23));
        Monitoring.Dashboard second = monitoring.dashboard(1L, null, LocalDate.of(2026, 11, 22));

        assertThat(first.total().involved()).isEqualTo(12);
        assertThat(second.trend()).anySatisfy(p -> {
            assertThat(p.year()).isEqualTo(2025);
            assertThat(p.figure().involved()).isEqualTo(7);
        });
        verify(queries, times(1)).involvement(eq(1L), isNull(), eq(Monitoring.FIRST_YEAR), eq(2025), any());
        verify(queries, times(2)).involvement(eq(1L), isNull(), eq(2026), eq(2026), any());
        context.close();
    }
}
