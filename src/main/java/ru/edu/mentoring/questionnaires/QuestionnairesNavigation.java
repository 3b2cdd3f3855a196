package ru.edu.mentoring.questionnaires;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.web.NavItem;

@Configuration(proxyBeanMethods = false)
class QuestionnairesNavigation {

    @Bean
    NavItem questionnairesNavItem() {
        return new NavItem(26, "nav.questionnaires", "/questionnaires",
                Set.of("METHODOLOGIST", "DEPARTMENT", "CURATOR", "SCHOOL_HEAD"), NavItem.Group.WORK);
    }
}
