package ru.edu.mentoring.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * A consent's term (its «действует до» date) is a legal basis that ends: the day after the term of a person's last
 * consent in force, processing of their data stops exactly as on a withdrawal ({@link PeopleRegistry#stopForExpiredConsent}:
 * out of the bases and lists, a pair terminated or a group going on without them), with «срок согласия истёк» as the
 * reason. Runs every night before the retention job ({@code app.privacy.expiry-cron}); {@link #run} runs it at once.
 */
@Service
public class ConsentExpiry {

    private static final Logger log = LoggerFactory.getLogger(ConsentExpiry.class);

    private final JdbcTemplate jdbc;
    private final PeopleRegistry registry;
    private final People people;

    ConsentExpiry(JdbcTemplate jdbc, PeopleRegistry registry, People people) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.people = people;
    }

    /** The persons of these schools still processed although the term of every consent not withdrawn has ended. */
    public List<Long> due(Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = people.today();
        return jdbc.queryForList("""
                select p.id from person p
                 where p.school_id = any (?) and p.processing_stopped_on is null and p.anonymised_on is null
                   and exists (select 1 from consent k where k.person_id = p.id and k.revoked_on is null
                                 and k.valid_until < ?)
                   and not exists (select 1 from consent k where k.person_id = p.id and k.revoked_on is null
                                     and (k.valid_until is null or k.valid_until >= ?))
                 order by p.id
                """, Long.class, schoolIds.toArray(Long[]::new), today, today);
    }

    /** Stops processing of everyone due in these schools, each in its own transaction; returns how many. */
    public int run(Collection<Long> schoolIds) {
        int stopped = 0;
        for (long personId : due(schoolIds)) {
            if (registry.stopForExpiredConsent(personId)) {
                stopped++;
            }
        }
        return stopped;
    }

    void nightly() {
        int stopped = run(jdbc.queryForList("select id from schools_school_v", Long.class));
        // counts only: never names
        log.info("Consent expiry run: processing stopped for {} persons", stopped);
    }
}
