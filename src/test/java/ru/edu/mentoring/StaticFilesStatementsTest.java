package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;
import ru.edu.mentoring.support.SqlCount;

/** A page loads a stylesheet, scripts and an icon: with a session cookie, none of them reads the database. */
class StaticFilesStatementsTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void staticFilesOfALoggedInUserCostNoStatement() {
        HttpSession session = HttpSession.loggedIn(port, "curator1", "demo");
        for (String path : new String[] {"/css/app.css", "/js/app.js", "/img/favicon.svg",
                "/webjars/bootstrap/css/bootstrap.min.css"}) {
            SqlCount.Counted<HttpResponse<String>> counted = SqlCount.during(() -> session.get(path));
            assertThat(counted.result().statusCode()).as(path).isEqualTo(200);
            assertThat(counted.statements()).as(path).isZero();
        }
        SqlCount.Counted<HttpResponse<String>> page = SqlCount.during(() -> session.get("/notifications"));
        assertThat(page.result().statusCode()).isEqualTo(200);
        assertThat(page.statements()).as("a page reads the session (and its data)").isPositive();
    }
}
