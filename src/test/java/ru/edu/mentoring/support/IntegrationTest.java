package ru.edu.mentoring.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test: one Spring context (same annotations everywhere), a real server on a random port,
 * MockMvc, PostgreSQL chosen by {@link TestDatabase}, and the demo data loaded. SQL statements are counted
 * ({@link SqlCount}) so that tests can hold a page to its statement budget.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.embedded-db.enabled=false", "app.demo-data.enabled=true", "app.monitoring.cache-ttl=0s",
                "app.monitoring.past-years-cache-ttl=0s", "app.regions.cache-ttl=0s",
                "app.bench.sql-count=true", "app.monitoring.change-log-keep=PT2H",
                "app.security.trusted-proxies=127.0.0.1",
                // mail: sent to TestMail; the sender runs when a test asks (never on its own: statement counts)
                "app.mail.send-interval=PT24H", "app.mail.send-initial-delay=PT24H", "app.mail.backoff=PT0.05S",
                "app.base-url=https://nastavnichestvo.test", "app.mail.from=noreply@nastavnichestvo.test"})
@org.springframework.test.context.TestPropertySource(locations = "classpath:nightly-jobs-off.properties")
@AutoConfigureMockMvc
public abstract class IntegrationTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.Connection db = TestDatabase.get();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::port);
    }
}
