package ru.edu.mentoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DatabaseEnvironmentPostProcessorTest {

    final DatabaseEnvironmentPostProcessor processor = new DatabaseEnvironmentPostProcessor();

    @Test
    void jdbcUrlIsTakenAsItIs() {
        assertThat(DatabaseEnvironmentPostProcessor.toJdbcUrl("jdbc:postgresql://db:5432/mentoring"))
                .isEqualTo("jdbc:postgresql://db:5432/mentoring");
    }

    @Test
    void postgresqlUrlWithCredentialsBecomesJdbc() {
        assertThat(DatabaseEnvironmentPostProcessor.toJdbcUrl("postgresql://app:s3cret@db.local:6543/mentoring"))
                .isEqualTo("jdbc:postgresql://db.local:6543/mentoring?user=app&password=s3cret");
        assertThat(DatabaseEnvironmentPostProcessor.toJdbcUrl("postgres://db/mentoring?sslmode=require"))
                .isEqualTo("jdbc:postgresql://db/mentoring?sslmode=require");
    }

    @Test
    void anotherSchemeIsRefused() {
        assertThatThrownBy(() -> DatabaseEnvironmentPostProcessor.toJdbcUrl("mysql://db/x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void databaseUrlVariablesBecomeTheDatasource() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("DATABASE_URL", "jdbc:postgresql://db:5432/m")
                .withProperty("DATABASE_USER", "u")
                .withProperty("DATABASE_PASSWORD", "p");
        processor.postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db:5432/m");
        assertThat(env.getProperty("spring.datasource.username")).isEqualTo("u");
        assertThat(env.getProperty("spring.datasource.password")).isEqualTo("p");
        assertThat(env.getProperty("app.demo-data.enabled")).as("no demo data on a real server").isNull();
        assertThat(env.getProperty("app.embedded-db.active")).as("no embedded PostgreSQL beside DATABASE_URL").isNull();
    }

    @Test
    void anExplicitDatasourceOrADisabledEmbeddedDatabaseStartsNothing() {
        MockEnvironment explicit = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://x/y");
        processor.postProcessEnvironment(explicit, new SpringApplication());
        assertThat(explicit.getProperty("app.embedded-db.active")).isNull();
        MockEnvironment disabled = new MockEnvironment().withProperty("app.embedded-db.enabled", "false");
        processor.postProcessEnvironment(disabled, new SpringApplication());
        assertThat(disabled.getProperty("spring.datasource.url")).isNull();
    }

    /** The packaged jar: the embedded PostgreSQL is left out (spring-boot-maven-plugin excludes io.zonky). */
    final DatabaseEnvironmentPostProcessor jar = new DatabaseEnvironmentPostProcessor(() -> false);

    @Test
    void theJarWithDatabaseUrlUsesItAndNeitherStartsAnEmbeddedDatabaseNorLoadsDemoAccounts() {
        MockEnvironment env = new MockEnvironment().withProperty("DATABASE_URL", "postgresql://u:p@db:5432/m");
        jar.postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db:5432/m?user=u&password=p");
        assertThat(env.getProperty("app.embedded-db.active")).isNull();
        assertThat(env.getProperty("app.demo-data.enabled")).as("demo accounts only when asked for").isNull();
    }

    @Test
    void theJarWithoutADatabaseRefusesToStartWithAMessageInsteadOfStartingAnEmbeddedOne() {
        assertThatThrownBy(() -> jar.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DATABASE_URL");
    }

    @Test
    void onlyEmbeddedDatabaseNamesTheEmbeddedLibrarySoTheProcessorLoadsWithoutIt() throws Exception {
        for (Class<?> type : java.util.List.of(DatabaseEnvironmentPostProcessor.class, TrustedProxies.class)) {
            try (java.io.InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                String bytes = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(type.getSimpleName()).doesNotContain("io/zonky");
            }
        }
        assertThat(DatabaseEnvironmentPostProcessor.embeddedAvailable()).as("tests keep the embedded PostgreSQL")
                .isTrue();
    }
}
