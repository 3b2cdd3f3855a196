package ru.edu.mentoring.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For benchmarks only ({@code app.bench.sql-count=true}, off by default): counts every SQL statement the application
 * sends through its DataSource (each {@code execute*} call is one; a batch counts its statements) and every HTTP
 * request, on every thread, session repository included. {@code GET /bench/sql-count} answers, from loopback only and
 * before any other filter, {@code requests=N statements=M}; {@code ?reset} starts again from zero. bench/run resets it
 * before each load run and divides the two after it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "app.bench.sql-count", havingValue = "true")
public class SqlStatementCounter {

    static final String PATH = "/bench/sql-count";

    static final LongAdder STATEMENTS = new LongAdder();
    static final LongAdder REQUESTS = new LongAdder();

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass()) ? counting(ds) : bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sqlCountFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new CountFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** The statements counted so far. */
    public static long statements() {
        return STATEMENTS.sum();
    }

    static DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? wrap(c) : result;
                });
    }

    private static Connection wrap(Connection target) {
        return (Connection) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Statement s ? statement(s) : result;
                });
    }

    private static Statement statement(Statement target) {
        Class<?>[] interfaces = target instanceof java.sql.CallableStatement
                ? new Class<?>[] {java.sql.CallableStatement.class}
                : target instanceof java.sql.PreparedStatement
                        ? new Class<?>[] {java.sql.PreparedStatement.class}
                        : new Class<?>[] {Statement.class};
        int[] batched = {0};
        return (Statement) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), interfaces,
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("addBatch")) {
                        batched[0]++;
                    } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                        STATEMENTS.add(Math.max(1, batched[0]));
                        batched[0] = 0;
                    } else if (name.equals("clearBatch")) {
                        batched[0] = 0;
                    } else if (name.startsWith("execute")) {
                        STATEMENTS.increment();
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Counts requests; answers the counters on {@value #PATH} to a loopback client. */
    static class CountFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (PATH.equals(request.getRequestURI()) && InetAddress.getByName(request.getRemoteAddr())
                    .isLoopbackAddress()) {
                if (request.getParameter("reset") != null) {
                    STATEMENTS.reset();
                    REQUESTS.reset();
                }
                response.setContentType("text/plain");
                response.getOutputStream().write(("requests=" + REQUESTS.sum() + " statements=" + STATEMENTS.sum()
                        + "\n").getBytes(StandardCharsets.US_ASCII));
                return;
            }
            REQUESTS.increment();
            chain.doFilter(request, response);
        }
    }
}
