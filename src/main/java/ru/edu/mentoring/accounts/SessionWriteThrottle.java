package ru.edu.mentoring.accounts;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import jakarta.servlet.Filter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Spring Session JDBC writes the session row back on every request only because its last-access time moved. This
 * skips that write when nothing else changed (no attribute, id or timeout) and the stored last access is younger than
 * {@code app.session.last-access-write-interval} (60 s; 0 writes every time). A session then expires at most that
 * interval earlier than its idle timeout says; attributes (login, CSRF token, flash messages) are written at once as
 * before. Every instance reads the same rows, so nothing of a session lives in one instance's memory.
 */
@Configuration(proxyBeanMethods = false)
class SessionWriteThrottle {

    private record Loaded(String id, Instant lastAccess, Duration maxInactive) {}

    /**
     * Two requests of one session (a double click, a page and its htmx fragment) may both add the same attribute, such
     * as the flash messages; the stock INSERT then fails on the primary key and the second request answers 500. An
     * upsert lets the later write win, as it would in memory.
     */
    @Bean
    static org.springframework.session.config.SessionRepositoryCustomizer<JdbcIndexedSessionRepository>
            sessionAttributeUpsert() {
        return repository -> repository.setCreateSessionAttributeQuery("""
                INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                VALUES (?, ?, ?)
                ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
                DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
                """);
    }

    @Bean
    static BeanPostProcessor sessionWriteThrottlePostProcessor(Environment env) {
        Duration interval = env.getProperty("app.session.last-access-write-interval", Duration.class,
                Duration.ofSeconds(60));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository ? throttled(bean, interval) : bean;
            }
        };
    }

    /**
     * Spring Session looks the requested session up a second time when it commits, after the page was served (its
     * request wrapper forgets the session it found before saving it). Within one request the first answer is still the
     * answer, so the memo opened by this filter, around Spring Session's, gives it back instead of a second SELECT. The
     * memo lives for one request on its thread only: the next request reads the row again, on whichever instance.
     */
    @Bean
    static FilterRegistrationBean<Filter> sessionLookupMemo() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            Map<String, Session> outer = MEMO.get();
            MEMO.set(new HashMap<>());
            try {
                chain.doFilter(request, response);
            } finally {
                if (outer == null) {
                    MEMO.remove();
                } else {
                    MEMO.set(outer);
                }
            }
        });
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    private static final ThreadLocal<Map<String, Session>> MEMO = new ThreadLocal<>();

    static Object throttled(Object repository, Duration interval) {
        Map<Session, Loaded> loaded = Collections.synchronizedMap(new WeakHashMap<>());
        ProxyFactory factory = new ProxyFactory(repository);
        factory.setProxyTargetClass(true);
        factory.addAdvice((MethodInterceptor) invocation -> {
            String name = invocation.getMethod().getName();
            Object[] args = invocation.getArguments();
            Map<String, Session> memo = MEMO.get();
            if (name.equals("findById") && args.length == 1 && args[0] instanceof String id) {
                if (memo != null && memo.containsKey(id)) {
                    Session known = memo.get(id);
                    if (known == null || known.getId().equals(id)) {
                        return known;
                    }
                    memo.remove(id); // its id changed (login): ask the database, as Spring Session would
                }
                Object result = invocation.proceed();
                if (result instanceof Session s) {
                    loaded.put(s, new Loaded(s.getId(), s.getLastAccessedTime(), s.getMaxInactiveInterval()));
                }
                if (memo != null) {
                    memo.put(id, (Session) result);
                }
                return result;
            }
            if (name.equals("deleteById") && memo != null) {
                memo.remove(String.valueOf(args[0]));
            }
            if (name.equals("save") && args.length == 1 && args[0] instanceof Session s && !interval.isZero()) {
                Loaded before = loaded.get(s);
                if (onlyTouched(s, before, interval)) {
                    return null;
                }
                if (rowUntouched(s, before, interval)) {
                    // only attributes changed (a flash message, a CSRF token): write them, not the session row
                    set(s, "changed", false);
                }
            }
            return invocation.proceed();
        });
        return factory.getProxy(repository.getClass().getClassLoader());
    }

    /** True when the session was loaded, is not new, has no changed attribute, id or timeout, and was written lately. */
    static boolean onlyTouched(Session s, Loaded before, Duration interval) {
        if (before == null || !before.id().equals(s.getId()) || !before.maxInactive().equals(s.getMaxInactiveInterval())
                || Duration.between(before.lastAccess(), s.getLastAccessedTime()).compareTo(interval) >= 0) {
            return false;
        }
        try {
            return !(Boolean) call(s, "isNew") && ((Map<?, ?>) call(s, "getDelta")).isEmpty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * True when only attributes changed: same id and timeout, last access written lately, not new, and the login
     * (security context, principal name) untouched — Spring Session would otherwise rewrite the session row for the
     * last-access time alone.
     */
    static boolean rowUntouched(Session s, Loaded before, Duration interval) {
        if (before == null || !before.id().equals(s.getId()) || !before.maxInactive().equals(s.getMaxInactiveInterval())
                || Duration.between(before.lastAccess(), s.getLastAccessedTime()).compareTo(interval) >= 0) {
            return false;
        }
        try {
            Map<?, ?> delta = (Map<?, ?>) call(s, "getDelta");
            return !(Boolean) call(s, "isNew") && !delta.containsKey("SPRING_SECURITY_CONTEXT")
                    && !delta.containsKey(org.springframework.session.FindByIndexNameSessionRepository
                            .PRINCIPAL_NAME_INDEX_NAME);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static void set(Object target, String field, boolean value) {
        try {
            java.lang.reflect.Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.setBoolean(target, value);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // unknown Spring Session version: the row is written as before
        }
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        Method m = target.getClass().getDeclaredMethod(method);
        m.setAccessible(true);
        return m.invoke(target);
    }
}
