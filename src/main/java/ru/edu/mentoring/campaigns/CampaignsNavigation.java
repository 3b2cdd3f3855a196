package ru.edu.mentoring.campaigns;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.web.NavItem;

@Configuration(proxyBeanMethods = false)
class CampaignsNavigation {

    @Bean
    NavItem campaignsNavItem() {
        return new NavItem(22, "nav.campaigns", "/campaigns", Set.of());
    }
}
