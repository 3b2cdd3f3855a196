package ru.edu.mentoring.regions;

import com.github.benmanes.caffeine.cache.CacheLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.web.CacheConfig;

/** The Caffeine loader with which {@link CacheConfig} refreshes the regional dashboards (a bean named like its cache). */
@Configuration(proxyBeanMethods = false)
class RegionsCaches {

    @Bean(CacheConfig.REGIONAL_DASHBOARDS)
    CacheLoader<RegionalReadModels.Key, RegionalReadModels.Stamped> regionalDashboardsLoader(RegionalReadModels models) {
        return new CacheLoader<>() {
            @Override
            public RegionalReadModels.Stamped load(RegionalReadModels.Key key) {
                return models.load(key);
            }

            @Override
            public RegionalReadModels.Stamped reload(RegionalReadModels.Key key, RegionalReadModels.Stamped previous) {
                return models.reload(key, previous);
            }
        };
    }
}
