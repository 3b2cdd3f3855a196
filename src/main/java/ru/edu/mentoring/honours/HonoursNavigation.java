package ru.edu.mentoring.honours;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.web.NavItem;

@Configuration(proxyBeanMethods = false)
class HonoursNavigation {

    @Bean
    NavItem honoursNavItem() {
        return new NavItem(38, "nav.honours", "/nominations", Set.of(), NavItem.Group.RECOGNITION);
    }
}
