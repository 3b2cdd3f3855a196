package ru.edu.mentoring.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's own filter chain for {@code /api/**}, before the portal's: stateless (no session is read or made, so no
 * CSRF either), authenticated by {@code Authorization: Bearer <token>} only, 401 in JSON without a valid token, 403
 * in JSON for a portal session (the API is for systems), 429 over the token's rate limit; every call with a valid
 * token is audited. The OpenAPI document and Swagger UI ({@code /api/docs}) are open: they describe, hold no data.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    static final String AUTHORITY = "API_CLIENT";

    /** As the portal's: every asset from this server, no inline script. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, ApiRateLimiter limiter,
            MessageSource messages, Clock clock) throws Exception {
        http.securityMatcher("/api/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(c -> c.disable())
                .csrf(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .addFilterBefore(new TokenFilter(tokens, limiter, messages, clock), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers("/api/docs", "/api/docs/**", "/api/swagger-ui/**").permitAll()
                        .anyRequest().hasAuthority(AUTHORITY))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) ->
                                write(response, 401, "api.error.unauthorized", messages))
                        .accessDeniedHandler((request, response, ex) ->
                                write(response, 403, "api.error.forbidden", messages)))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    /** A refusal in JSON: {@code {"status": 401, "error": "…"}} with the Russian message. */
    static void write(HttpServletResponse response, int status, String key, MessageSource messages)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write(JSON.writeValueAsString(new ApiError(status,
                messages.getMessage(key, null, key, Locale.forLanguageTag("ru")))));
    }

    /** A refusal's body. */
    record ApiError(int status, String error) {}

    /** Bearer token → the system's authentication, the rate limit, and the call's audit row. */
    static final class TokenFilter extends OncePerRequestFilter {

        private final ApiTokens tokens;
        private final ApiRateLimiter limiter;
        private final MessageSource messages;
        private final Clock clock;

        TokenFilter(ApiTokens tokens, ApiRateLimiter limiter, MessageSource messages, Clock clock) {
            this.tokens = tokens;
            this.limiter = limiter;
            this.messages = messages;
            this.clock = clock;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                chain.doFilter(request, response); // the docs are open; anything else gets the entry point's 401
                return;
            }
            ApiClient client = tokens.authenticate(header.substring(7).strip()).orElse(null);
            if (client == null) {
                write(response, 401, "api.error.unauthorized", messages);
                return;
            }
            var started = clock.instant();
            long t0 = System.nanoTime();
            try {
                long wait = limiter.acquire(client.tokenId());
                if (wait > 0) {
                    response.setHeader("Retry-After", Long.toString(wait));
                    write(response, 429, "api.error.tooManyRequests", messages);
                    return;
                }
                var auth = UsernamePasswordAuthenticationToken.authenticated(client, null,
                        List.of(new SimpleGrantedAuthority(AUTHORITY)));
                SecurityContextHolder.setContext(new SecurityContextImpl(auth));
                chain.doFilter(request, response);
            } finally {
                tokens.audit(client.tokenId(), request.getMethod(), request.getRequestURI(), response.getStatus(),
                        started, (System.nanoTime() - t0) / 1_000_000);
            }
        }
    }
}
