package ru.edu.mentoring.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Spring Session JDBC's own write settings are set explicitly; two requests of one session that both add the same
 * attribute do not fail on the primary key: the later write wins.
 */
class SessionStoreTest extends IntegrationTest {

    @Autowired
    JdbcIndexedSessionRepository repository;

    @Autowired
    Environment env;

    @SuppressWarnings({"unchecked", "rawtypes"})
    private SessionRepository<Session> sessions() {
        return (SessionRepository) repository;
    }

    @Test
    void springSessionsOwnWriteSettingsAreExplicit() {
        assertThat(env.getProperty("spring.session.jdbc.save-mode")).isEqualTo("on-set-attribute");
        assertThat(env.getProperty("spring.session.jdbc.flush-mode")).isEqualTo("on-save");
    }

    @Test
    void twoRequestsAddingTheSameAttributeBothSucceedAndTheLaterWins() {
        SessionRepository<Session> sessions = sessions();
        Session created = sessions.createSession();
        sessions.save(created);
        String id = created.getId();

        Session first = sessions.findById(id);
        Session second = sessions.findById(id);
        first.setAttribute("flash", "a");
        sessions.save(first);
        second.setAttribute("flash", "b");
        sessions.save(second);

        assertThat((String) sessions.findById(id).getAttribute("flash")).isEqualTo("b");
        sessions.deleteById(id);
    }
}
