package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.FileSystemUtils;
import ru.edu.mentoring.support.HttpSession;

/**
 * Issue 7, point 7: PostgreSQL restarted during a bounded load of writes. The test runs its own PostgreSQL (fixed port
 * and data folder, so it can be stopped and started again with the same data) and its own application context
 * against it. Four curators register people through the real HTTP form while PostgreSQL is stopped for a few seconds.
 * During the outage every request answers 503 with the Russian maintenance page and Retry-After (never 500 or a stack
 * trace); afterwards the same application, not restarted, answers again within 30 s; and every write that was
 * acknowledged (the redirect to the new person's page) is in the database.
 */
class DatabaseRestartTest {

    static final int THREADS = 4;
    static final long RECOVERY_BOUND_MS = 30_000;

    private EmbeddedPostgres pg;
    private ConfigurableApplicationContext app;
    private Path data;

    @AfterEach
    void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        if (pg != null) {
            pg.close();
        }
        if (data != null) {
            FileSystemUtils.deleteRecursively(data);
        }
    }

    private EmbeddedPostgres startPostgres(int port) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false).start();
    }

    /** What one writer saw. */
    record Outcome(int status, String key, String body, String retryAfter) {}

    @Test
    void aRestartOfPostgresAnswers503InRussianRecoversByItselfAndLosesNoAcknowledgedWrite() throws Exception {
        int dbPort = freePort();
        data = Files.createTempDirectory("nastavnichestvo-restart-pg");
        pg = startPostgres(dbPort);
        String url = "jdbc:postgresql://localhost:" + dbPort + "/postgres";
        app = new SpringApplicationBuilder(MentoringApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--app.embedded-db.enabled=false", "--app.demo-data.enabled=true",
                "--spring.main.banner-mode=off");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));
        long school = jdbc.queryForObject("select id from school where short_name = 'МАОУ СОШ № 1' order by id limit 1",
                Long.class);

        List<HttpSession> writers = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            HttpSession s = HttpSession.loggedIn(port, "curator1", "demo");
            tokens.add(HttpSession.csrf(s.get("/schools/" + school + "/people/new?kind=STUDENT").body()));
            writers.add(s);
        }

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean outage = new AtomicBoolean(false);
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        List<Outcome> duringOutage = Collections.synchronizedList(new ArrayList<>());
        Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            HttpSession session = writers.get(t);
            String token = tokens.get(t);
            futures.add(pool.submit(() -> {
                while (running.get()) {
                    String key = "restart-" + sequence.incrementAndGet();
                    String body = "_csrf=" + HttpSession.enc(token) + "&lastName=" + HttpSession.enc("Нагрузкина")
                            + "&firstName=" + HttpSession.enc("Проверка") + "&grade=5&letter=" + HttpSession.enc("А")
                            + "&birthDate=2013-01-01&duplicateConfirmed=true&externalKey=" + key + "&token=" + UUID.randomUUID();
                    boolean down = outage.get();
                    Outcome o;
                    try {
                        HttpResponse<String> r = session.post("/schools/" + school + "/people?kind=STUDENT", body);
                        o = new Outcome(r.statusCode(), key, r.body(), r.headers().firstValue("Retry-After").orElse(null));
                        if (r.statusCode() == 302
                                && r.headers().firstValue("Location").orElse("").matches(".*/people/\\d+$")) {
                            acknowledged.put(key, true);
                        }
                    } catch (RuntimeException e) {
                        o = new Outcome(-1, key, e.toString(), null);
                    }
                    outcomes.add(o);
                    if (down && outage.get()) {
                        duringOutage.add(o);
                    }
                    sleep(50);
                }
                return null;
            }));
        }

        // some writes with the database up
        waitUntil(() -> acknowledged.size() >= 8, 30_000);
        int beforeOutage = acknowledged.size();

        long stoppedAt = System.currentTimeMillis();
        outage.set(true);
        pg.close();
        pg = null;
        HttpSession probe = writers.get(0);
        HttpResponse<String> page = probe.get("/");
        sleep(6_000);
        outage.set(false);
        pg = startPostgres(dbPort);
        long restartedAt = System.currentTimeMillis();

        // the same application answers again by itself
        long recoveredAt = -1;
        while (System.currentTimeMillis() - restartedAt < RECOVERY_BOUND_MS) {
            if (probe.get("/").statusCode() == 200) {
                recoveredAt = System.currentTimeMillis();
                break;
            }
            sleep(250);
        }
        int afterRecovery = acknowledged.size();
        waitUntil(() -> acknowledged.size() >= afterRecovery + 8, 30_000);
        running.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (Future<?> f : futures) {
            f.get();
        }

        List<String> keys = List.copyOf(acknowledged.keySet());
        List<String> stored = jdbc.queryForList("select external_key from person where external_key like 'restart-%'",
                String.class);
        long served503 = outcomes.stream().filter(o -> o.status() == 503).count();
        System.out.printf("Database restart: %d requests, %d acknowledged writes (%d before the stop), %d answered 503,"
                        + " %d during the outage window; outage %d ms; recovered %d ms after PostgreSQL was back;"
                        + " statuses %s%n", outcomes.size(), keys.size(), beforeOutage, served503, duringOutage.size(),
                restartedAt - stoppedAt, recoveredAt < 0 ? -1 : recoveredAt - restartedAt,
                outcomes.stream().collect(java.util.stream.Collectors.groupingBy(Outcome::status,
                        java.util.TreeMap::new, java.util.stream.Collectors.counting())));

        // during the outage: 503, the Russian maintenance page, Retry-After, no technical detail
        assertThat(page.statusCode()).as("a page asked during the outage").isEqualTo(503);
        assertThat(page.body()).contains("Сервис временно недоступен", "Наставничество");
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(duringOutage).as("writes tried while PostgreSQL was down").isNotEmpty();
        for (Outcome o : duringOutage) {
            assertThat(o.status()).as("a write during the outage").isIn(302, 503);
        }
        assertThat(outcomes).as("no server error, no stack trace, ever")
                .allSatisfy(o -> {
                    assertThat(o.status()).isNotEqualTo(500).isNotEqualTo(-1);
                    assertThat(o.body()).doesNotContain("Exception", "at ru.", "org.springframework");
                });
        assertThat(outcomes.stream().filter(o -> o.status() == 503))
                .isNotEmpty()
                .allSatisfy(o -> {
                    assertThat(o.body()).contains("Сервис временно недоступен");
                    assertThat(o.retryAfter()).isNotNull();
                });
        // recovery without restarting the application, and no acknowledged write lost
        assertThat(recoveredAt).as("recovered within %d ms", RECOVERY_BOUND_MS).isPositive();
        assertThat(acknowledged.size()).as("writes acknowledged after the recovery").isGreaterThan(afterRecovery);
        assertThat(stored).containsAll(keys);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, long ms) {
        long until = System.currentTimeMillis() + ms;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("condition not reached in " + ms + " ms");
            }
            sleep(100);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
