package ru.edu.mentoring.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Logs how long the demo runners took: from the application's start (the runners begin right after it) to this
 * runner, ordered after every demo runner. Until all runners have finished the portal reports itself not ready
 * ({@code /actuator/health} answers OUT_OF_SERVICE, see {@code management.health.readinessstate.enabled}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class DemoLoadTimer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoadTimer.class);

    private volatile long startedAt = System.nanoTime();

    @EventListener
    void started(ApplicationStartedEvent event) {
        startedAt = System.nanoTime();
    }

    @Override
    public void run(ApplicationArguments args) {
        log.info("Demo data in place after {} ms of start-up runners", (System.nanoTime() - startedAt) / 1_000_000);
    }
}
