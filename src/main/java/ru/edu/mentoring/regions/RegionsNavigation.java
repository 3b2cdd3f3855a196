package ru.edu.mentoring.regions;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.web.NavItem;

@Configuration(proxyBeanMethods = false)
class RegionsNavigation {

    @Bean
    NavItem regionsNavItem() {
        return new NavItem(15, "nav.regions", "/regions", Set.of("ADMIN", "REGION"));
    }

    @Bean
    NavItem checklistNavItem() {
        return new NavItem(56, "nav.checklist", "/checklist",
                Set.of("REGION", "DEPARTMENT", "METHODOLOGIST", "CURATOR", "SCHOOL_HEAD"), NavItem.Group.DOCUMENTS);
    }
}
