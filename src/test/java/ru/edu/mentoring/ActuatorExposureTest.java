package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Production safe by default: of the actuator only the health check is public; Prometheus metrics are off unless
 * exposed by configuration, and even then never to the public nor to a logged-in user other than the administrator
 * on the application's port.
 */
class ActuatorExposureTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void onlyTheHealthCheckIsPublicAndMetricsAreNeitherExposedNorOpenToUsers() {
        HttpSession anonymous = new HttpSession(port);
        // as a monitor asks it (no Accept: text/html, which the JSON-only health endpoint answers with 406)
        assertThat(anonymous.getBytes("/actuator/health").statusCode()).isEqualTo(200);
        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/env"}) {
            assertThat(anonymous.get(path).statusCode()).as("anonymous " + path).isEqualTo(302);
            assertThat(anonymous.get(path).headers().firstValue("Location").orElse("")).endsWith("/login");
            assertThat(HttpSession.loggedIn(port, "curator1", "demo").get(path).statusCode()).as("curator " + path)
                    .isEqualTo(403);
            assertThat(HttpSession.loggedIn(port, "region", "demo").get(path).statusCode()).as("region " + path)
                    .isEqualTo(403);
        }
        assertThat(HttpSession.loggedIn(port, "admin", "demo").get("/actuator/prometheus").statusCode())
                .as("not exposed unless configured").isNotEqualTo(200);
    }
}
