package ru.edu.mentoring.accounts;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig implements WebMvcConfigurer {

    /** No outside origin, no inline script: every asset comes from this server. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    /** No observation of the filter chain, logins or authorizations: nothing collects them, and each costs time. */
    @Bean
    static org.springframework.security.config.observation.SecurityObservationSettings securityObservations() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
            @org.springframework.beans.factory.annotation.Value("${app.security.failed-logins-per-ip-per-minute:20}")
                    int loginsPerMinute,
            @org.springframework.beans.factory.annotation.Value("${app.security.failed-logins-per-account-per-minute:10}")
                    int loginsPerAccountPerMinute,
            @org.springframework.beans.factory.annotation.Value("${app.security.absolute-session-timeout:12h}")
                    java.time.Duration absoluteTimeout,
            @org.springframework.beans.factory.annotation.Value("${management.server.port:0}") int managementPort,
            @org.springframework.beans.factory.annotation.Value("${server.port:8080}") int serverPort)
            throws Exception {
        http.addFilterBefore(new LoginThrottleFilter(loginsPerMinute, loginsPerAccountPerMinute),
                        org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AbsoluteSessionTimeoutFilter(absoluteTimeout),
                        org.springframework.security.web.context.SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login", "/password/forgot", "/password/set", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/public/**", "/q/*", "/practices", "/practices/**")
                        .permitAll()
                        // every other actuator endpoint (metrics, /actuator/prometheus when exposed): the
                        // administrator only; a scraper reads it on the management port (docs/operations.md)
                        .requestMatchers(request -> managementPort > 0 && managementPort != serverPort
                                && request.getLocalPort() == managementPort
                                && "/actuator/prometheus".equals(request.getRequestURI()))
                        .permitAll()
                        .requestMatchers("/admin/**", "/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(loginEntryPoint()))
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        .failureUrl("/login?error")
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("NSESSION")
                        .invalidateHttpSession(true))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The way to the login page as a path: never a host or scheme taken from the request's headers. */
    private static org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint loginEntryPoint() {
        var entryPoint = new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgumentResolver());
    }
}
