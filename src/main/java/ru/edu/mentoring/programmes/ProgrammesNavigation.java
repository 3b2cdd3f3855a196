package ru.edu.mentoring.programmes;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.web.NavItem;

@Configuration
class ProgrammesNavigation {

    @Bean
    NavItem programmesNavItem() {
        return new NavItem(43, "nav.programmes", "/programmes",
                Set.of("DEPARTMENT", "METHODOLOGIST", "CURATOR", "SCHOOL_HEAD", "ADMIN", "REGION"), NavItem.Group.WORK);
    }
}
