package ru.edu.mentoring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import ru.edu.mentoring.shared.AcademicYear;
import ru.edu.mentoring.support.TestDatabase;

/**
 * Issue 16, points 12 and 13. The demo data are loaded on a fresh, migrated database with the clock on the first day
 * of each month of the current academic year (a first start between January and August used to fail with
 * «pair.rule.gradeUnknown»); one Spring context serves all twelve loads: its data source is switched to a new
 * database per month and its clock is set. And while the start-up runners (the demo data among them) still run,
 * {@code /actuator/health} answers 503 OUT_OF_SERVICE, not UP.
 *
 * <p>Point 12, the load takes seconds: the people and pairs (the bulk of the demo) are written in one transaction, not
 * one per record (some 10 000 before), and the demo accounts share one bcrypt hash of «demo» instead of one each.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {ru.edu.mentoring.MentoringApplication.class, DemoDataEveryMonthTest.Config.class},
        properties = {"app.embedded-db.enabled=false", "app.demo-data.enabled=false", "app.monitoring.cache-ttl=0s",
                "app.monitoring.past-years-cache-ttl=0s", "app.schools.cache-ttl=0s", "app.pairing.cache-ttl=0s",
                "app.people.cache-ttl=0s", "app.pairing.total-ttl=0s",
                // its schedulers must not touch the shared test database after it: no mail sender of its own
                "app.mail.send-interval=PT24H", "app.mail.send-initial-delay=PT24H"})
@org.springframework.test.context.TestPropertySource(locations = "classpath:nightly-jobs-off.properties")
// closed after the class: a context kept in the test cache would run its scheduled jobs (mail, audit flush) on the
// shared test database while later tests compare it before and after a request
@org.springframework.test.annotation.DirtiesContext
class DemoDataEveryMonthTest {

    private static final Logger log = LoggerFactory.getLogger(DemoDataEveryMonthTest.class);

    /** The demo runners in the order of their {@code @Order}. */
    private static final List<Class<? extends ApplicationRunner>> RUNNERS = List.of(DemoData.class,
            PeopleDemoData.class, RoadmapsDemoData.class, DocumentsDemoData.class, MonitoringDemoData.class,
            ReportsDemoData.class, MeetingsDemoData.class, PrivacyDemoData.class);

    @Autowired
    AutowireCapableBeanFactory beans;
    @Autowired
    SwitchableDataSource dataSource;
    @Autowired
    SettableClock clock;
    @Autowired
    HealthDuringStartup healthDuringStartup;
    @Autowired
    Environment env;
    @Autowired
    PlatformTransactionManager transactionManager;

    /** Transactions begun by the test's own thread (the runners run on it), counted per runner. */
    private static final AtomicInteger transactions = new AtomicInteger();
    private static volatile Thread counted;
    private static final TransactionExecutionListener COUNTER = new TransactionExecutionListener() {
        @Override
        public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
            if (Thread.currentThread() == counted && transaction.isNewTransaction()) {
                transactions.incrementAndGet();
            }
        }
    };

    @Test
    void healthIsOutOfServiceWhileStartUpRunnersRunAndUpAfterwards() throws Exception {
        assertThat(healthDuringStartup.status).isEqualTo(503);
        assertThat(healthDuringStartup.body).contains("OUT_OF_SERVICE");
        HttpResponse<String> after = health(env.getProperty("local.server.port", Integer.class));
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("UP");
    }

    @Test
    void demoDataLoadOnAFirstStartInEveryMonthOfTheAcademicYear() throws Exception {
        int academicYear = AcademicYear.of(LocalDate.now());
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            LocalDate today = LocalDate.of(academicYear, 9, 1).plusMonths(i);
            String failure = loadOn(today);
            if (failure != null) {
                failures.add(today + ": " + failure);
            }
        }
        assertThat(failures).isEmpty();
    }

    private long idFloor;

    private String loadOn(LocalDate today) throws Exception {
        TestDatabase.Connection db = TestDatabase.get();
        String name = "demo_" + today.toString().replace("-", "_");
        admin("drop database if exists " + name);
        admin("create database " + name);
        String url = db.url().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        HikariDataSource fresh = new HikariDataSource();
        fresh.setJdbcUrl(url);
        fresh.setUsername(db.user());
        fresh.setPassword(db.password());
        fresh.setMaximumPoolSize(4);
        DataSource previous = dataSource.getTargetDataSource();
        try {
            Flyway.configure().dataSource(fresh).locations("classpath:db/migration").load().migrate();
            // Hibernate's pooled optimizer keeps its block of person ids (V83: the sequence steps by 50) in memory
            // when the test swaps databases under the running application: each fresh database's sequence starts
            // above every id the previous ones handed out, as a database in use never goes back
            idFloor += 10_000_000L;
            new JdbcTemplate(fresh).queryForObject("select setval('person_id_seq', ?)", Long.class, idFloor);
            dataSource.setTargetDataSource(fresh);
            clock.set(today);
            long started = System.nanoTime();
            Map<String, Integer> perRunner = new LinkedHashMap<>();
            ConfigurableTransactionManager manager = (ConfigurableTransactionManager) transactionManager;
            if (!manager.getTransactionExecutionListeners().contains(COUNTER)) {
                manager.addListener(COUNTER);
            }
            counted = Thread.currentThread();
            try {
                for (Class<? extends ApplicationRunner> runner : RUNNERS) {
                    transactions.set(0);
                    beans.createBean(runner).run(new DefaultApplicationArguments());
                    perRunner.put(runner.getSimpleName(), transactions.get());
                }
            } catch (RuntimeException e) {
                return e.toString();
            } finally {
                counted = null;
            }
            log.info("Demo data for {} loaded in {} ms; transactions per runner: {}", today,
                    (System.nanoTime() - started) / 1_000_000, perRunner);
            String problems = problems(new JdbcTemplate(fresh), today);
            String slow = slowLoad(new JdbcTemplate(fresh), perRunner);
            return problems == null ? slow : slow == null ? problems : problems + "; " + slow;
        } finally {
            dataSource.setTargetDataSource(previous);
            fresh.close();
            admin("drop database if exists " + name);
        }
    }

    /**
     * What makes the load slow, or null: the people and pairs written in more than a handful of transactions (one
     * per record made some 10 000), or the demo accounts of {@link DemoData} hashed one by one (bcrypt costs some
     * 0.1 s of a core per hash).
     */
    private static String slowLoad(JdbcTemplate jdbc, Map<String, Integer> perRunner) {
        List<String> found = new ArrayList<>();
        int people = perRunner.get(PeopleDemoData.class.getSimpleName());
        if (people > 5) {
            found.add("PeopleDemoData began " + people + " transactions");
        }
        Integer hashes = jdbc.queryForObject("select count(distinct password_hash) from app_user where username in"
                + " ('admin', 'department', 'methodologist', 'curator1', 'curator2', 'head1', 'region')",
                Integer.class);
        if (hashes != 1) {
            found.add("the 7 demo accounts have " + hashes + " password hashes");
        }
        return found.isEmpty() ? null : String.join("; ", found);
    }

    /** What a newcomer would find inconsistent in the demo story, or null. */
    private static String problems(JdbcTemplate jdbc, LocalDate today) {
        List<String> found = new ArrayList<>();
        Integer pairs = jdbc.queryForObject("select count(*) from mentoring_pair", Integer.class);
        if (pairs == null || pairs < 100) {
            found.add("only " + pairs + " pairs");
        }
        Integer nazarovo = jdbc.queryForObject("select (select count(*) from municipal_section where title"
                + " ilike '%Назарово%' or deadline_text ilike '%Назарово%') + (select count(*) from municipal_measure"
                + " where concat_ws(' ', title, deadline_text, responsible_municipal, responsible_school)"
                + " ilike '%Назарово%')", Integer.class);
        if (nazarovo != 0) {
            found.add(nazarovo + " roadmap texts mention Назарово");
        }
        Integer future = jdbc.queryForObject("select count(*) from mentoring_pair where start_date > ?",
                Integer.class, today);
        if (future != 0) {
            found.add(future + " pairs start in the future");
        }
        Integer beforeConsent = jdbc.queryForObject("select count(*) from mentoring_pair p join pair_mentee m"
                + " on m.pair_id = p.id where p.start_date < (select min(c.given_on) from consent c"
                + " where c.person_id = m.person_id)", Integer.class);
        if (beforeConsent != 0) {
            found.add(beforeConsent + " mentees in pairs that precede their consent");
        }
        Integer withoutClass = jdbc.queryForObject("select count(*) from mentoring_pair p join pair_mentee m"
                + " on m.pair_id = p.id join person s on s.id = m.person_id and s.kind = 'STUDENT'"
                + " where not exists (select 1 from student_class c where c.person_id = s.id and c.academic_year ="
                + " extract(year from p.start_date - interval '8 months')::int)", Integer.class);
        if (withoutClass != 0) {
            found.add(withoutClass + " student participations without a class for that year");
        }
        // the coverage read model kept by the triggers (V62: once per statement for a pair's mentees) is what a
        // rebuild from the pairs gives
        Integer involvementOff = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Integer>) c -> {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("create temp table involvement_kept as select * from involvement");
                s.execute("create temp table involvement_form_kept as select * from involvement_form");
                s.execute("select involvement_rebuild()");
                try (java.sql.ResultSet rs = s.executeQuery("select (select count(*) from ((select * from"
                        + " involvement_kept except select * from involvement) union all (select * from involvement"
                        + " except select * from involvement_kept)) a) + (select count(*) from ((select * from"
                        + " involvement_form_kept except select * from involvement_form) union all (select * from"
                        + " involvement_form except select * from involvement_form_kept)) b)")) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
        if (involvementOff != null && involvementOff != 0) {
            found.add(involvementOff + " involvement rows differ from a rebuild");
        }
        return found.isEmpty() ? null : String.join("; ", found);
    }

    private static void admin(String sql) throws Exception {
        TestDatabase.Connection db = TestDatabase.get();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static HttpResponse<String> health(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        @Primary
        SettableClock testClock() {
            return new SettableClock(ZoneId.of("Europe/Moscow"));
        }

        @Bean
        @Primary
        SwitchableDataSource testDataSource() {
            TestDatabase.Connection db = TestDatabase.get();
            HikariDataSource main = new HikariDataSource();
            main.setJdbcUrl(db.url());
            main.setUsername(db.user());
            main.setPassword(db.password());
            main.setMaximumPoolSize(4);
            return new SwitchableDataSource(main);
        }

        @Bean
        HealthDuringStartup healthDuringStartup(Environment env) {
            return new HealthDuringStartup(env);
        }
    }

    /** The data source of the context, pointed at another database per month. */
    static class SwitchableDataSource extends DelegatingDataSource {
        SwitchableDataSource(DataSource target) {
            super(target);
        }
    }

    /** A clock the test sets to a day. */
    static class SettableClock extends Clock {
        private final ZoneId zone;
        private volatile Instant instant;

        SettableClock(ZoneId zone) {
            this.zone = zone;
            this.instant = Instant.now();
        }

        void set(LocalDate day) {
            instant = day.atTime(10, 0).atZone(zone).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant, zone);
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }

    /** The last start-up runner, as the demo runners would be: asks the portal's health while still starting. */
    @Order(Ordered.LOWEST_PRECEDENCE)
    static class HealthDuringStartup implements ApplicationRunner {
        private final Environment env;
        volatile int status;
        volatile String body;

        HealthDuringStartup(Environment env) {
            this.env = env;
        }

        @Override
        public void run(org.springframework.boot.ApplicationArguments args) throws Exception {
            HttpResponse<String> response = health(env.getProperty("local.server.port", Integer.class));
            status = response.statusCode();
            body = response.body();
        }
    }
}
