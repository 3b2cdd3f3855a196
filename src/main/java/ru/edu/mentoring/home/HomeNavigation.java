package ru.edu.mentoring.home;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.web.NavItem;

@Configuration(proxyBeanMethods = false)
class HomeNavigation {

    /** Curators and heads start from their home page; the brand links home for everyone else. */
    @Bean
    NavItem homeNavItem() {
        return new NavItem(0, "nav.home", "/", Set.of("CURATOR", "SCHOOL_HEAD"));
    }
}
