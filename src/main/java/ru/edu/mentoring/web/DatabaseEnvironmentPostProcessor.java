package ru.edu.mentoring.web;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Chooses the database before the context starts.
 *
 * <ol>
 *   <li>{@code DATABASE_URL} (JDBC form or {@code postgresql://host:port/db}), with {@code DATABASE_USER} and
 *       {@code DATABASE_PASSWORD}, becomes the Spring datasource;
 *   <li>else an explicit {@code spring.datasource.url} is used as it is;
 *   <li>else, unless {@code app.embedded-db.enabled=false}, an embedded PostgreSQL is started with its data kept in
 *       {@code app.embedded-db.dir} (default {@code ~/.nastavnichestvo/pgdata}) and demo data is switched on —
 *       only where the embedded PostgreSQL is on the class path ({@code ./mvnw spring-boot:run}, the tests): the
 *       packaged jar and the Docker image leave it out, so there the start fails with a message asking for
 *       {@code DATABASE_URL} instead.
 * </ol>
 * Demo data (and so the demo accounts) is switched on only in the embedded mode; with {@code DATABASE_URL} or a
 * datasource of its own the application loads it only when told ({@code SPRING_PROFILES_ACTIVE=demo}).
 */
public class DatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** A class of the embedded PostgreSQL library, absent from the packaged jar. */
    static final String EMBEDDED_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private final java.util.function.BooleanSupplier embeddedAvailable;

    public DatabaseEnvironmentPostProcessor() {
        this(DatabaseEnvironmentPostProcessor::embeddedAvailable);
    }

    /** For the tests: whether the embedded PostgreSQL is on the class path. */
    DatabaseEnvironmentPostProcessor(java.util.function.BooleanSupplier embeddedAvailable) {
        this.embeddedAvailable = embeddedAvailable;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        Map<String, Object> props = new HashMap<>();
        String databaseUrl = env.getProperty("DATABASE_URL");
        if (StringUtils.hasText(databaseUrl)) {
            props.put("spring.datasource.url", toJdbcUrl(databaseUrl.trim()));
            putIfText(props, "spring.datasource.username", env.getProperty("DATABASE_USER"));
            putIfText(props, "spring.datasource.password", env.getProperty("DATABASE_PASSWORD"));
        } else if (!StringUtils.hasText(env.getProperty("spring.datasource.url"))
                && env.getProperty("app.embedded-db.enabled", Boolean.class, true)) {
            if (!embeddedAvailable.getAsBoolean()) {
                throw new IllegalStateException("No database configured: set DATABASE_URL (with DATABASE_USER and"
                        + " DATABASE_PASSWORD). The embedded PostgreSQL is not part of the packaged application.");
            }
            props.put("spring.datasource.url", EmbeddedDatabase.start(env));
            props.put("spring.datasource.username", "postgres");
            props.put("spring.datasource.password", "");
            if (env.getProperty("app.demo-data.enabled") == null) {
                props.put("app.demo-data.enabled", "true");
            }
            props.put("app.embedded-db.active", "true");
        }
        if (!props.isEmpty()) {
            env.getPropertySources().addFirst(new MapPropertySource("mentoringDatabase", props));
        }
    }

    private static void putIfText(Map<String, Object> props, String key, String value) {
        if (StringUtils.hasText(value)) {
            props.put(key, value);
        }
    }

    /** Accepts {@code jdbc:postgresql://...} as it is and converts {@code postgres(ql)://user:pw@host:port/db}. */
    static String toJdbcUrl(String url) {
        if (url.startsWith("jdbc:")) {
            return url;
        }
        if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
            URI uri = URI.create(url);
            StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
            if (uri.getPort() > 0) {
                jdbc.append(':').append(uri.getPort());
            }
            jdbc.append(uri.getPath() == null || uri.getPath().isEmpty() ? "/postgres" : uri.getPath());
            StringBuilder query = new StringBuilder(uri.getQuery() == null ? "" : uri.getQuery());
            if (uri.getUserInfo() != null) {
                String[] parts = uri.getUserInfo().split(":", 2);
                appendParam(query, "user", parts[0]);
                if (parts.length > 1) {
                    appendParam(query, "password", parts[1]);
                }
            }
            if (query.length() > 0) {
                jdbc.append('?').append(query);
            }
            return jdbc.toString();
        }
        throw new IllegalArgumentException("DATABASE_URL must start with jdbc:postgresql:// or postgresql://");
    }

    private static void appendParam(StringBuilder query, String key, String value) {
        if (query.length() > 0) {
            query.append('&');
        }
        query.append(key).append('=').append(value);
    }

    /** Whether the embedded PostgreSQL is on the class path (a development run or the tests, not the jar). */
    static boolean embeddedAvailable() {
        return ClassUtils.isPresent(EMBEDDED_CLASS, DatabaseEnvironmentPostProcessor.class.getClassLoader());
    }
}
