package ru.edu.mentoring.snapshots;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.web.NavItem;

@Configuration(proxyBeanMethods = false)
class SnapshotsNavigation {

    @Bean
    NavItem snapshotsNavItem() {
        return new NavItem(47, "nav.snapshots", "/snapshots",
                Set.of("ADMIN", "DEPARTMENT", "METHODOLOGIST", "REGION"), NavItem.Group.DOCUMENTS);
    }
}
