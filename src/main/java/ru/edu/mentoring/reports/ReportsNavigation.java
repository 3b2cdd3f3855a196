package ru.edu.mentoring.reports;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.web.NavItem;

@Configuration(proxyBeanMethods = false)
class ReportsNavigation {

    @Bean
    NavItem reportsNavItem() {
        return new NavItem(45, "nav.reports", "/reports",
                Set.of("DEPARTMENT", "METHODOLOGIST", "CURATOR", "SCHOOL_HEAD"), NavItem.Group.DOCUMENTS);
    }
}
