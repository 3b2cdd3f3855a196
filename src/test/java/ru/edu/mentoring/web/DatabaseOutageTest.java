package ru.edu.mentoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean «the database is out of reach» (503) and which are ordinary errors. */
class DatabaseOutageTest {

    @Test
    void lostOrRefusedConnectionsAreRecognisedThroughWrappers() {
        assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("x"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("x"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException(
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new jakarta.servlet.ServletException(new RuntimeException(
                new SQLException("Connection refused", "08001"))))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new DataAccessResourceFailureException("x"))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new RuntimeException(new SQLException("syntax", "42601")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new NullPointerException())).isFalse();
        assertThat(DatabaseOutage.causedBy(null)).isFalse();
    }

    @Test
    void aRollbackOnAConnectionThePoolClosedIsAnOutageButTheSameWordsElsewhereAreNot() {
        SQLException closed = new SQLException("Connection is closed");
        closed.setStackTrace(new StackTraceElement[] {new StackTraceElement(
                "com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection", "lambda$getClosedConnection$0", null, -1)});
        assertThat(DatabaseOutage.causedBy(new org.springframework.orm.jpa.JpaSystemException(
                new IllegalStateException("Unable to rollback against JDBC Connection", closed)))).isTrue();
        SQLException other = new SQLException("Connection is closed");
        other.setStackTrace(new StackTraceElement[] {new StackTraceElement("org.example.Driver", "run", null, -1)});
        assertThat(DatabaseOutage.causedBy(new RuntimeException(other))).isFalse();
    }
}
