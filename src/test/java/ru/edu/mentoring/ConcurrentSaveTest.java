package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/** Twenty people save the same version of one record at once: exactly one save wins, the others get 409. */
class ConcurrentSaveTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twentyConcurrentSavesOfOneVersionLetExactlyOneSucceed() throws Exception {
        long school = Fixtures.schoolId(jdbc, "МАОУ «Лицей № 21»");
        long version = jdbc.queryForObject("select version from school where id = ?", Long.class, school);
        int n = 20;
        List<HttpSession> sessions = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HttpSession session = HttpSession.loggedIn(port, "department", "demo");
            tokens.add(HttpSession.csrf(session.get("/schools/" + school + "/edit").body()));
            sessions.add(session);
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HttpSession session = sessions.get(i);
            String body = "_csrf=" + HttpSession.enc(tokens.get(i)) + "&version=" + version + "&kind=GENERAL"
                    + "&shortName=" + HttpSession.enc("МАОУ «Лицей № 21»") + "&fullName="
                    + HttpSession.enc("Муниципальное автономное общеобразовательное учреждение «Лицей № 21», правка " + i);
            results.add(pool.submit(() -> {
                start.await();
                HttpResponse<String> r = session.post("/schools/" + school, body);
                return r.statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 302).as("saved").hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).as("refused as stale").hasSize(n - 1);
        assertThat(jdbc.queryForObject("select version from school where id = ?", Long.class, school))
                .isEqualTo(version + 1);
    }
}
