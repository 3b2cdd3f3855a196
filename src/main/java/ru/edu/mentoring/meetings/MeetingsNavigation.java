package ru.edu.mentoring.meetings;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.web.NavItem;

@Configuration(proxyBeanMethods = false)
class MeetingsNavigation {

    @Bean
    NavItem meetingsSummaryNavItem() {
        return new NavItem(25, "nav.meetingsSummary", "/meetings/summary",
                Set.of("METHODOLOGIST", "DEPARTMENT", "REGION"), NavItem.Group.WORK);
    }
}
