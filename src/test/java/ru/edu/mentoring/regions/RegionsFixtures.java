package ru.edu.mentoring.regions;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the access matrix needs of the regions module in every school it tries: a region row for the school's
 * municipality (the foreign municipality is created after V81 seeded the regions of its day).
 */
public final class RegionsFixtures {

    private RegionsFixtures() {}

    public static synchronized void records(JdbcTemplate jdbc, long school) {
        jdbc.update("insert into region (name) select m.region_name from municipality m join school s"
                + " on s.municipality_id = m.id where s.id = ? on conflict (name) do nothing", school);
    }
}
