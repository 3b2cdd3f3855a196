package ru.edu.mentoring.schools;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.web.NavItem;

@Configuration(proxyBeanMethods = false)
class SchoolsNavigation {

    @Bean
    NavItem schoolsNavItem() {
        return new NavItem(10, "nav.schools", "/schools", Set.of("ADMIN", "DEPARTMENT", "METHODOLOGIST", "REGION"));
    }
}
