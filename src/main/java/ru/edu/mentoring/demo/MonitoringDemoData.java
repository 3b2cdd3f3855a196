package ru.edu.mentoring.demo;

import java.math.BigDecimal;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.monitoring.Targets;
import ru.edu.mentoring.schools.Schools;

/**
 * Coverage targets of the demo municipality: the defaults for 2020–2024 (seeded by the monitoring module) and the
 * later years the department added under the 2030 concept. Idempotent: skips when 2025 already has a target.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "app.demo-data.enabled", havingValue = "true")
class MonitoringDemoData implements ApplicationRunner {

    private final Schools schools;
    private final Targets targets;

    MonitoringDemoData(Schools schools, Targets targets) {
        this.schools = schools;
        this.targets = targets;
    }

    @Override
    public void run(ApplicationArguments args) {
        schools.municipalityByName(DemoData.MUNICIPALITY).ifPresent(id -> {
            if (targets.byYear(id).containsKey(2025)) {
                return;
            }
            // The department keeps the 2024 level of 70 % for the years of the 2030 concept
            int[] percents = {70, 70, 70, 70, 70, 70};
            for (int i = 0; i < percents.length; i++) {
                targets.set(id, 2025 + i, BigDecimal.valueOf(percents[i]).setScale(1), null);
            }
        });
    }
}
