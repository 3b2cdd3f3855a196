package ru.edu.mentoring.mail;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;
import ru.edu.mentoring.web.NavItem;

/**
 * The mail module's infrastructure (the sender and the digest run on one instance of several through ShedLock,
 * configured once in {@code shared.SchedulingConfig}): the plain-text templates of letters
 * ({@code templates/mail/text/*.txt}, Thymeleaf's TEXT mode, next to the HTML ones); the navigation.
 */
@Configuration(proxyBeanMethods = false)
class MailConfig {

    /** Resolves only names starting with {@code text/}: every other template stays with Spring Boot's resolver. */
    @Bean
    ITemplateResolver mailTextTemplateResolver() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(Set.of("text/*"));
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(0);
        return resolver;
    }

    @Bean
    NavItem outboxNavItem() {
        return new NavItem(95, "nav.mail.outbox", "/admin/mail", Set.of("ADMIN"), NavItem.Group.SETTINGS);
    }
}
