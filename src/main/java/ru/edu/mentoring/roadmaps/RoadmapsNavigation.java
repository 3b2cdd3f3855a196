package ru.edu.mentoring.roadmaps;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.web.NavItem;

@Configuration(proxyBeanMethods = false)
class RoadmapsNavigation {

    @Bean
    NavItem roadmapsNavItem() {
        return new NavItem(40, "nav.roadmaps", "/roadmaps",
                Set.of("DEPARTMENT", "METHODOLOGIST", "CURATOR", "SCHOOL_HEAD", "REGION"), NavItem.Group.DOCUMENTS);
    }
}
