package ru.edu.mentoring.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Today" comes from this clock, in the department's time zone ({@code app.zone}). */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${app.zone:Europe/Moscow}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
