package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

class WebSecurityTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void loginPageIsRussianAndCarriesACsrfToken() throws Exception {
        String html = mvc.perform(get("/login")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Вход в портал", "Логин", "Пароль", "name=\"_csrf\"", "lang=\"ru\"");
    }

    @Test
    void englishBundleIsOneParameterAway() throws Exception {
        String html = mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Log in to the portal").doesNotContain("Вход в портал");
    }

    @Test
    void demoUserLogsInWithTheDemoPasswordAndAWrongOneFails() throws Exception {
        mvc.perform(formLogin("/login").user("curator1").password("demo")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("curator1").password("wrong")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody").password("demo")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        long school = Fixtures.school1(jdbc);
        mvc.perform(post("/schools/" + school).param("fullName", "X").with(user(users.loadUserByUsername("department"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "curator1").param("password", "demo"))
                .andExpect(status().isForbidden());
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        mvc.perform(logout("/logout")).andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void anonymousIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/schools")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void healthAnswersUpWithoutLoginAndNothingElseOfActuatorIsExposed() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/info",
                "/actuator/metrics", "/actuator/heapdump"}) {
            int status = mvc.perform(get(endpoint).with(user(users.loadUserByUsername("admin"))))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(endpoint).isEqualTo(404);
        }
    }

    @Test
    void securityHeadersAreSent() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline"))));
    }

    @Test
    void firstPageOfSchoolsIsPaged() throws Exception {
        String html = mvc.perform(get("/schools").param("page", "-5").param("q", "%_\\")
                        .with(user(users.loadUserByUsername("department")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Ничего не найдено");
        mvc.perform(post("/schools").with(csrf()).with(user(users.loadUserByUsername("methodologist"))))
                .andExpect(status().isForbidden());
    }
}
