package ru.edu.mentoring.practices;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.web.NavItem;

@Configuration(proxyBeanMethods = false)
class PracticesNavigation {

    @Bean
    NavItem practiceBankNavItem() {
        return new NavItem(47, "nav.practiceBank", "/practice-bank",
                Set.of("ADMIN", "DEPARTMENT", "METHODOLOGIST", "CURATOR", "SCHOOL_HEAD", "REGION"),
                NavItem.Group.RECOGNITION);
    }

    @Bean
    NavItem practiceEventsNavItem() {
        return new NavItem(48, "nav.practiceEvents", "/practice-events",
                Set.of("DEPARTMENT", "METHODOLOGIST"), NavItem.Group.RECOGNITION);
    }
}
