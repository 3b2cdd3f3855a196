package ru.edu.mentoring.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The database is out of reach (restarting, network cut, pool exhausted): every request that fails for that reason
 * answers 503 with the Russian maintenance page and a {@code Retry-After}, wherever it failed — in a controller, in
 * Spring Security or in the session filter, which reads the session from PostgreSQL before anything else runs. The
 * page needs no database; the connection pool reconnects by itself once PostgreSQL is back.
 */
public final class DatabaseOutage extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "30";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    private final ITemplateEngine templates;
    private final LocaleResolver locales;

    DatabaseOutage(ITemplateEngine templates, LocaleResolver locales) {
        this.templates = templates;
        this.locales = locales;
    }

    /** True when the failure, or one of its causes, is a lost or refused database connection. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t instanceof SQLException sql && closedByPool(sql)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pool's answer on a connection it has already closed because the database went away: HikariCP throws «Connection
     * is closed» without a state. Met when PostgreSQL stops in the middle of a transaction: the statement's failure
     * closes the connection, and the rollback that follows fails with this, which hides the first failure (seen in
     * DatabaseRestartTest as a 500 for a session lookup).
     */
    private static boolean closedByPool(SQLException sql) {
        if (sql.getSQLState() != null || !"Connection is closed".equals(sql.getMessage())) {
            return false;
        }
        for (StackTraceElement frame : sql.getStackTrace()) {
            if (frame.getClassName().startsWith("com.zaxxer.hikari.")) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!causedBy(e) || response.isCommitted()) {
                throw e;
            }
            // no personal data: the path and the exception class only
            log.warn("Database unavailable, answering 503 for {} {}: {}", request.getMethod(), request.getRequestURI(),
                    rootCause(e));
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        response.setContentType("text/html;charset=UTF-8");
        Locale locale = localeOf(request);
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(request.getServletContext())
                        .buildExchange(request, response), locale);
        byte[] body = templates.process("error/503", context).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    private Locale localeOf(HttpServletRequest request) {
        try {
            Locale locale = locales.resolveLocale(request);
            return locale == null ? Locale.forLanguageTag("ru") : locale;
        } catch (RuntimeException e) {
            return Locale.forLanguageTag("ru");
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getName();
    }
}
