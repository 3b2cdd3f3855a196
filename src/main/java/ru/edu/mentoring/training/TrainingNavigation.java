package ru.edu.mentoring.training;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.web.NavItem;

@Configuration(proxyBeanMethods = false)
class TrainingNavigation {

    @Bean
    NavItem trainingNavItem() {
        return new NavItem(36, "nav.training", "/training", Set.of(), NavItem.Group.WORK);
    }
}
