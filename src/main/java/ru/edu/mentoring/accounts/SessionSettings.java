package ru.edu.mentoring.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session JDBC as configured by its own settings ({@code spring.session.jdbc.save-mode=on-set-attribute},
 * {@code flush-mode=on-save} in {@code application.properties}) and one query of the repository: every request
 * reads the session row and, when the request ends, writes its last-access time back, as Spring Session does.
 */
@Configuration(proxyBeanMethods = false)
class SessionSettings {

    /**
     * Two requests of one session (a double click) may both add the same attribute, such as the flash messages; the
     * stock INSERT then fails on the primary key and the second request answers 500. An upsert lets the later write
     * win, as it would in memory.
     */
    @Bean
    static SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert() {
        return repository -> repository.setCreateSessionAttributeQuery("""
                INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                VALUES (?, ?, ?)
                ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
                DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
                """);
    }
}
