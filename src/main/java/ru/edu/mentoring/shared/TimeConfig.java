package ru.edu.mentoring.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** «Today» for every rule that depends on it, in the portal's zone ({@code app.zone}); tests may replace it. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    @Bean
    Clock clock(@Value("${app.zone:Europe/Moscow}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
