package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import ru.edu.mentoring.pairing.PairChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * Writers that meet on the same rows: two requests of one session adding the same attribute, and many transactions
 * changing pairs of one mentor at once (monitoring refreshes that mentor in each, from the pairing events).
 */
class ConcurrentWritersTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Test
    void twoRequestsOfOneSessionMayAddTheSameAttribute() {
        String id = createSession();
        Session first = sessions.findById(id);
        Session second = sessions.findById(id);
        first.setAttribute("flash", "первое");
        second.setAttribute("flash", "второе");
        save(first);
        save(second);
        assertThat((String) sessions.findById(id).getAttribute("flash")).isEqualTo("второе");
        sessions.deleteById(id);
    }

    @Test
    void pairsOfOneMentorChangedAtOnceKeepTheReadModelTrue() throws Exception {
        long school = Fixtures.school1(jdbc);
        long mentor = jdbc.queryForObject("select min(p.mentor_id) from mentoring_pair p where p.school_id = ?"
                + " and p.status = 'ACTIVE'", Long.class, school);
        long form = jdbc.queryForObject("select form_id from mentoring_pair where mentor_id = ? and status = 'ACTIVE'"
                + " limit 1", Long.class, mentor);
        List<Long> mentees = jdbc.queryForList("select id from person where school_id = ? and kind = 'STUDENT'"
                + " order by id limit 8", Long.class, school);
        int before = jdbc.queryForObject("select count(*) from mentoring_pair", Integer.class);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> done = new ArrayList<>();
        try {
            for (long mentee : mentees) {
                done.add(pool.submit(() -> {
                    start.await();
                    return tx.execute(s -> {
                        Long pair = jdbc.queryForObject("insert into mentoring_pair (school_id, form_id, mentor_id,"
                                + " start_date, planned_end, goal, status) values (?, ?, ?, ?, ?, 'Параллельно',"
                                + " 'ACTIVE') returning id", Long.class, school, form, mentor,
                                LocalDate.now().minusDays(3), LocalDate.now().plusMonths(6));
                        jdbc.update("insert into pair_mentee (pair_id, person_id) values (?, ?)", pair, mentee);
                        // what the pairing module publishes for a pair it writes: monitoring refreshes the mentor
                        // and the mentee before this transaction commits
                        events.publishEvent(new PairChanged(school, pair, false, Set.of()));
                        return pair;
                    });
                }));
            }
            start.countDown();
            List<Long> created = new ArrayList<>();
            for (Future<Long> f : done) {
                created.add(f.get());
            }
            assertThat(created).hasSize(mentees.size());
            // the read model says what the pairs say, for the mentor and every mentee
            for (long person : concat(mentor, mentees)) {
                assertThat(jdbc.queryForList("select year, school_id, first_day from involvement where person_id = ?"
                        + " order by 1, 2", person)).as("person %d", person).isEqualTo(expected(person));
            }
            // back to how it was: removing the pairs refreshes everyone again
            for (long pair : created) {
                jdbc.update("delete from mentoring_pair where id = ?", pair);
                events.publishEvent(new PairChanged(school, null, false, Set.copyOf(concat(mentor, mentees))));
            }
            assertThat(jdbc.queryForObject("select count(*) from mentoring_pair", Integer.class)).isEqualTo(before);
            for (long person : concat(mentor, mentees)) {
                assertThat(jdbc.queryForList("select year, school_id, first_day from involvement where person_id = ?"
                        + " order by 1, 2", person)).as("person %d after", person).isEqualTo(expected(person));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Map<String, Object>> expected(long person) {
        return jdbc.queryForList("select y as year, school_id, min(greatest(make_date(y, 1, 1), start_date)) as first_day"
                + " from (select mp.school_id, mp.start_date, mp.end_date from mentoring_pair mp"
                + "  where mp.status <> 'DRAFT' and mp.mentor_id = ?"
                + "  union all select mp.school_id, mp.start_date, mp.end_date from pair_mentee pm"
                + "  join mentoring_pair mp on mp.id = pm.pair_id where mp.status <> 'DRAFT' and pm.person_id = ?) x"
                + " cross join lateral generate_series(extract(year from start_date)::int, coalesce(extract(year from"
                + " end_date)::int, greatest(extract(year from current_date)::int, extract(year from start_date)::int)"
                + " + 1)) as y group by y, school_id order by 1, 2", person, person);
    }

    private static List<Long> concat(long first, List<Long> rest) {
        List<Long> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    @SuppressWarnings("unchecked")
    private void save(Session session) {
        ((FindByIndexNameSessionRepository<Session>) sessions).save(session);
    }

    @SuppressWarnings("unchecked")
    private String createSession() {
        FindByIndexNameSessionRepository<Session> repository = (FindByIndexNameSessionRepository<Session>) sessions;
        Session session = repository.createSession();
        session.setAttribute("start", "1");
        repository.save(session);
        return session.getId();
    }
}
