package ru.edu.mentoring.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import ru.edu.mentoring.support.IntegrationTest;

/** The session row is not rewritten for a mere touch within a minute; every real change is written at once. */
class SessionWriteThrottleTest extends IntegrationTest {

    @Autowired
    JdbcIndexedSessionRepository repository;

    @SuppressWarnings({"unchecked", "rawtypes"})
    private SessionRepository<Session> sessions() {
        return (SessionRepository) repository;
    }

    @Autowired
    JdbcTemplate jdbc;

    private long storedLastAccess(String id) {
        return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class, id);
    }

    @Test
    void aTouchWithinTheIntervalIsNotWrittenAnAttributeIsWithoutTheRowAndALaterTouchIs() {
        assertThat(AopUtils.isAopProxy(repository)).isTrue();
        SessionRepository<Session> sessions = sessions();
        Session created = sessions.createSession();
        created.setLastAccessedTime(Instant.ofEpochMilli(System.currentTimeMillis() - 5_000));
        sessions.save(created);
        String id = created.getId();
        long first = storedLastAccess(id);

        Session touched = sessions.findById(id);
        touched.setLastAccessedTime(Instant.ofEpochMilli(first).plusSeconds(10));
        sessions.save(touched);
        assertThat(storedLastAccess(id)).isEqualTo(first);

        Session changed = sessions.findById(id);
        changed.setLastAccessedTime(Instant.ofEpochMilli(first).plusSeconds(20));
        changed.setAttribute("flash", "x");
        sessions.save(changed);
        assertThat(storedLastAccess(id)).as("the attribute alone is written").isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from spring_session_attributes a join spring_session s"
                + " on s.primary_id = a.session_primary_id where s.session_id = ? and a.attribute_name = 'flash'",
                Integer.class, id)).isEqualTo(1);

        Session late = sessions.findById(id);
        late.setLastAccessedTime(Instant.ofEpochMilli(first).plus(Duration.ofSeconds(20 + 61)));
        sessions.save(late);
        assertThat(storedLastAccess(id)).isEqualTo(first + 81_000);
        sessions.deleteById(id);
    }
}
