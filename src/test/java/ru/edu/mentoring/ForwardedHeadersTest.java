package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Forwarded headers are believed only from the proxies the operator names ({@code TRUSTED_PROXIES}; the tests name
 * 127.0.0.1). A client on any other address — here the IPv6 loopback, {@code [::1]} — cannot pick its own address to
 * escape the login throttle, nor a host for the portal's redirects.
 */
class ForwardedHeadersTest extends IntegrationTest {

    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> send(String host, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    URI untrusted(String path) {
        return URI.create("http://[::1]:" + port + path);
    }

    @Test
    void aForwardedHostFromAnUntrustedClientNeverReachesARedirect() throws Exception {
        for (String path : new String[] {"/", "/people", "/schools", "/logout"}) {
            HttpResponse<String> answer = send("untrusted", HttpRequest.newBuilder(untrusted(path))
                    .header("X-Forwarded-Host", "evil.example")
                    .header("X-Forwarded-Proto", "https")
                    .header("X-Forwarded-Port", "443")
                    .GET());
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElse("")).as(path)
                    .doesNotContain("evil.example").doesNotStartWith("https:");
        }
    }

    @Test
    void aRedirectNamesNoHostEvenFromTheTrustedProxy() throws Exception {
        HttpResponse<String> answer = send("trusted", HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/people"))
                .header("X-Forwarded-Host", "evil.example")
                .GET());
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("evil.example")
                .endsWith("/login");
    }

    @Test
    void anUntrustedClientCannotEscapeTheLoginThrottleWithXForwardedFor() throws Exception {
        HttpResponse<String> loginPage = send("untrusted", HttpRequest.newBuilder(untrusted("/login")).GET());
        String cookie = loginPage.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("NSESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        String token = HttpSession.csrf(loginPage.body());
        int last = 0;
        for (int i = 0; i < 30; i++) {
            // a different made-up user each time, so the per-account throttle is not what stops it
            last = send("untrusted", HttpRequest.newBuilder(untrusted("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", cookie)
                    .header("X-Forwarded-For", "203.0.113." + (i + 1))
                    .POST(HttpRequest.BodyPublishers.ofString("username=xff.nobody" + i + "&password=wrong&_csrf="
                            + HttpSession.enc(token)))).statusCode();
        }
        assertThat(last).as("the 30th failed login from one address").isEqualTo(429);
    }

    @Test
    void failedLoginsAreThrottledPerAccountAcrossAddresses() throws Exception {
        // the trusted proxy forwards each attempt from another client address: the address throttle never fires
        HttpResponse<String> loginPage = send("trusted", HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/login")).GET());
        String cookie = loginPage.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("NSESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        String token = HttpSession.csrf(loginPage.body());
        int last = 0;
        for (int i = 0; i < 25; i++) {
            last = send("trusted", HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", cookie)
                    .header("X-Forwarded-For", "198.51.100." + (i + 1))
                    .POST(HttpRequest.BodyPublishers.ofString("username=spray.target&password=guess" + i + "&_csrf="
                            + HttpSession.enc(token)))).statusCode();
        }
        assertThat(last).as("the 25th failed login for one account from 25 addresses").isEqualTo(429);
    }

    @Test
    void hstsIsSentOverHttpsBehindTheTrustedProxyAndNotOverPlainHttp() throws Exception {
        HttpResponse<String> https = send("trusted", HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").GET());
        assertThat(https.headers().firstValue("Strict-Transport-Security").orElse(""))
                .contains("max-age=31536000");
        HttpResponse<String> spoofed = send("untrusted", HttpRequest.newBuilder(untrusted("/login"))
                .header("X-Forwarded-Proto", "https").GET());
        assertThat(spoofed.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
