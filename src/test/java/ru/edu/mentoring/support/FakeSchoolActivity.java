package ru.edu.mentoring.support;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.campaigns.SchoolActivity;

/**
 * A stand-in for the pairing module's {@link SchoolActivity} with fixed facts for two demo schools, picked up by the
 * shared test context. Remove it when the real implementation lands.
 */
@Component
public class FakeSchoolActivity implements SchoolActivity {

    /** МАОУ СОШ № 2: every stage done in time. */
    public static final Facts SCHOOL2 = new Facts(12, 20, 8, 10, 10, LocalDate.of(2025, 10, 25),
            LocalDate.of(2025, 11, 20), LocalDate.of(2025, 12, 1));

    /** МАОУ СОШ № 1: bases formed late, 3 of 10 mentors trained (below 50 %), no pairs yet. */
    public static final Facts SCHOOL1 = new Facts(10, 14, 3, 0, 0, LocalDate.of(2025, 11, 5), null, null);

    private final JdbcTemplate jdbc;

    FakeSchoolActivity(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Facts> facts(Collection<Long> schoolIds, LocalDate asOf) {
        Map<Long, Facts> facts = new HashMap<>();
        long school1 = Fixtures.school1(jdbc);
        long school2 = Fixtures.school2(jdbc);
        if (schoolIds.contains(school1)) {
            facts.put(school1, SCHOOL1);
        }
        if (schoolIds.contains(school2)) {
            facts.put(school2, SCHOOL2);
        }
        return facts;
    }
}
