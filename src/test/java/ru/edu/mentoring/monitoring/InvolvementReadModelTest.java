package ru.edu.mentoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The involvement read model (V43, kept by triggers) says exactly what walking every pair says, for every school and
 * year of the demo data and several as-of dates; the nightly upkeep restores rows an open pair needs for next year.
 */
class InvolvementReadModelTest extends IntegrationTest {

    /** The definition the dashboards used before the read model: every non-draft pair overlapping [1 Jan, d]. */
    static final String BY_PAIRS = "with p as (select mp.id, mp.school_id, mp.mentor_id from mentoring_pair mp"
            + "  where mp.status <> 'DRAFT' and mp.start_date <= cast(? as date)"
            + "  and (mp.end_date is null or mp.end_date >= make_date(?, 1, 1))),"
            + " i as (select school_id, mentor_id as person_id from p"
            + "  union select p.school_id, pm.person_id from p join pair_mentee pm on pm.pair_id = p.id)"
            + " select i.school_id, count(*) as n from i join person per on per.id = i.person_id"
            + "  and per.kind = 'STUDENT' group by i.school_id order by i.school_id";

    static final String BY_MODEL = "select school_id, count(*) as n from involvement"
            + " where year = ? and student and first_day <= cast(? as date) group by school_id order by school_id";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InvolvementUpkeep upkeep;

    @Test
    void theReadModelCountsWhatThePairsSayForEveryYearAndDate() {
        int compared = 0;
        for (int year = 2020; year <= LocalDate.now().getYear(); year++) {
            for (LocalDate d : List.of(LocalDate.of(year, 3, 1), LocalDate.of(year, 9, 30),
                    LocalDate.of(year, 12, 31))) {
                List<Map<String, Object>> expected = jdbc.queryForList(BY_PAIRS, d, year);
                List<Map<String, Object>> actual = jdbc.queryForList(BY_MODEL, year, d);
                assertThat(actual).as("year %d as of %s", year, d).isEqualTo(expected);
                compared += expected.size();
            }
        }
        assertThat(compared).as("school-year-date figures compared").isGreaterThan(50);
    }

    @Test
    void anOpenPairGetsItsRowForNextYearBackFromTheNightlyUpkeep() {
        int next = LocalDate.now().getYear() + 1;
        Long person = jdbc.queryForObject("select min(mp.mentor_id) from mentoring_pair mp where mp.status = 'ACTIVE'"
                + " and mp.end_date is null", Long.class);
        assertThat(rows(person, next)).isPositive();
        jdbc.update("delete from involvement where person_id = ? and year = ?", person, next);
        assertThat(rows(person, next)).isZero();
        upkeep.extendOpenPairs();
        assertThat(rows(person, next)).isPositive();
    }

    private int rows(long person, int year) {
        return jdbc.queryForObject("select count(*) from involvement where person_id = ? and year = ?", Integer.class,
                person, year);
    }
}
