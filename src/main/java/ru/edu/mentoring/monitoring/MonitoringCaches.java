package ru.edu.mentoring.monitoring;

import com.github.benmanes.caffeine.cache.CacheLoader;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.monitoring.MonitoringQueries.Involvement;
import ru.edu.mentoring.web.CacheConfig;

/**
 * The Caffeine loaders with which {@link CacheConfig} refreshes the monitoring module's caches in the background (a
 * bean named like its cache); the first value of a key comes from the {@code @Cacheable} method itself.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringCaches {

    @Bean(CacheConfig.PAST_YEARS)
    CacheLoader<PastYears.Key, List<Involvement>> pastYearsLoader(PastYears pastYears) {
        return pastYears::load;
    }
}
