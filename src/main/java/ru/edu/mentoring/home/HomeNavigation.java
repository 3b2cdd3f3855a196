package ru.edu.mentoring.home;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.shared.NavItem;

@Configuration(proxyBeanMethods = false)
class HomeNavigation {

    @Bean
    NavItem homeNavItem() {
        return new NavItem(0, "nav.home", "/", Set.of());
    }
}
