package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import ru.edu.mentoring.accounts.Accounts;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.support.HttpSession;
import ru.edu.mentoring.support.IntegrationTest;

/** Lockout after failed logins, per-address throttling, sessions ended by disabling, cookie flags. */
class LoginProtectionTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    String account(String username) {
        if (!accounts.usernameTaken(username)) {
            accounts.create(new Accounts.NewAccount(username, "correct-horse-1", "Проверкина Ольга", null,
                    Set.of(Role.METHODOLOGIST), jdbc.queryForObject("select min(id) from municipality", Long.class),
                    Set.of()));
        }
        return username;
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String name,
            String password, String address) {
        return post("/login").with(csrf()).param("username", name).param("password", password).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    @Test
    void fiveFailedLoginsLockTheAccountEvenForTheRightPassword() throws Exception {
        String name = account("lockout.test");
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(name, "wrong", "10.1.0." + 1)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(name, "correct-horse-1", "10.1.0.2")).andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.queryForObject("select locked_until > now() + interval '14 minutes' from app_user"
                + " where username = ?", Boolean.class, name)).isTrue();
        jdbc.update("update app_user set locked_until = null where username = ?", name);
        mvc.perform(login(name, "correct-horse-1", "10.1.0.3")).andExpect(redirectedUrl("/"));
    }

    @Test
    void tooManyAttemptsFromOneAddressAnswer429() throws Exception {
        int last = 0;
        for (int i = 0; i < 25; i++) {
            last = mvc.perform(post("/login").with(csrf()).param("username", "nobody" + i).param("password", "x")
                    .with(r -> {
                        r.setRemoteAddr("10.2.0.9");
                        return r;
                    })).andReturn().getResponse().getStatus();
        }
        assertThat(last).isEqualTo(429);
        mvc.perform(post("/login").with(csrf()).param("username", "nobody").param("password", "x").with(r -> {
            r.setRemoteAddr("10.2.0.10");
            return r;
        })).andExpect(status().isFound());
    }

    @Test
    void disablingAUserEndsTheirSessions() throws Exception {
        String name = account("disable.test");
        jdbc.update("update app_user set enabled = true where username = ?", name);
        HttpSession session = HttpSession.loggedIn(port, name, "correct-horse-1");
        assertThat(session.get("/").statusCode()).isEqualTo(200);
        long id = jdbc.queryForObject("select id from app_user where username = ?", Long.class, name);
        mvc.perform(post("/admin/users/" + id + "/enabled").param("enabled", "false").with(csrf())
                .with(user(users.loadUserByUsername("admin")))).andExpect(status().isFound());
        HttpResponse<String> after = session.get("/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndTheIdChangesAtLogin() {
        HttpSession session = new HttpSession(port);
        HttpResponse<String> login = session.get("/login");
        String before = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("NSESSION="))
                .findFirst().orElse("");
        assertThat(before).contains("HttpOnly").contains("SameSite=Lax");
        HttpResponse<String> result = session.post("/login", "username=" + account("cookie.test")
                + "&password=correct-horse-1&_csrf=" + HttpSession.enc(HttpSession.csrf(login.body())));
        String after = result.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("NSESSION="))
                .findFirst().orElse("");
        assertThat(after).as("a new session id at login").isNotEmpty().isNotEqualTo(before);
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecureAndOverPlainHttpItIsNot() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpResponse<String> viaProxy = client.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(viaProxy.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("NSESSION=").contains("Secure").contains("HttpOnly"));
        HttpResponse<String> plain = new HttpSession(port).get("/login");
        assertThat(plain.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("NSESSION=").doesNotContain("Secure"));
    }
}
