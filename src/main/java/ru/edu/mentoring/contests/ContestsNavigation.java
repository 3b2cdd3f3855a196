package ru.edu.mentoring.contests;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.web.NavItem;

@Configuration(proxyBeanMethods = false)
class ContestsNavigation {

    @Bean
    NavItem contestsNavItem() {
        return new NavItem(27, "nav.contests", "/contests",
                Set.of("ADMIN", "DEPARTMENT", "METHODOLOGIST", "CURATOR", "SCHOOL_HEAD", "REGION"),
                NavItem.Group.RECOGNITION);
    }
}
