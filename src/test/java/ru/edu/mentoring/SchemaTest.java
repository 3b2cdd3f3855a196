package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.support.IntegrationTest;

/** The schema Flyway migrates is the one the entities expect. */
class SchemaTest extends IntegrationTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void migratedSchemaValidatesAgainstTheEntities() throws Exception {
        entityManagerFactory.getSchemaManager().validate();
        Integer failed = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where not success", Integer.class);
        assertThat(failed).isZero();
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history", Integer.class)).isPositive();
    }

    @Test
    void passwordsAreStoredHashed() {
        String hash = jdbc.queryForObject("select password_hash from app_user where username = 'admin'", String.class);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("demo");
    }
}
