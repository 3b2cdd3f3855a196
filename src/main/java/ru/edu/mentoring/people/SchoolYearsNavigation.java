package ru.edu.mentoring.people;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.web.NavItem;

/** «Переводы и учебный год»: moves between schools and the step into the next academic year (issue 17 point 7). */
@Configuration(proxyBeanMethods = false)
class SchoolYearsNavigation {

    @Bean
    NavItem transfersNavItem() {
        return new NavItem(35, "nav.transfers", "/transfers",
                Set.of("ADMIN", "DEPARTMENT", "CURATOR"), NavItem.Group.WORK);
    }
}
