package ru.edu.mentoring.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session JDBC as configured by its own properties ({@code spring.session.jdbc.*}: attributes written when set,
 * the row on save), with one change of its SQL.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

    /**
     * Two requests of one session (a double click, two tabs) may both add the same attribute, such as the flash
     * messages; the stock INSERT then fails on the primary key and the second request answers 500. An upsert lets the
     * later write win, as it would in memory.
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
