package ru.edu.mentoring.documents;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.edu.mentoring.web.NavItem;

@Configuration(proxyBeanMethods = false)
class DocumentsNavigation {

    @Bean
    NavItem documentsNavItem() {
        return new NavItem(55, "nav.documents", "/documents",
                Set.of("DEPARTMENT", "METHODOLOGIST", "CURATOR", "SCHOOL_HEAD", "REGION"), NavItem.Group.DOCUMENTS);
    }
}
