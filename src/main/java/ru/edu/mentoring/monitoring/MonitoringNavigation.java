package ru.edu.mentoring.monitoring;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.web.NavItem;

@Configuration(proxyBeanMethods = false)
class MonitoringNavigation {

    @Bean
    NavItem monitoringNavItem() {
        return new NavItem(20, "nav.monitoring", "/monitoring", Set.of("METHODOLOGIST", "DEPARTMENT", "REGION", "ADMIN"));
    }
}
