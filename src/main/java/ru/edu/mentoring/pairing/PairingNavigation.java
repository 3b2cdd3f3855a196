package ru.edu.mentoring.pairing;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.web.NavItem;

@Configuration(proxyBeanMethods = false)
class PairingNavigation {

    @Bean
    NavItem formsNavItem() {
        return new NavItem(50, "nav.forms", "/forms",
                Set.of("ADMIN", "DEPARTMENT", "METHODOLOGIST"), NavItem.Group.SETTINGS);
    }
}
