package ru.edu.mentoring.honours;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nominations the access matrix needs in every school it tries (the demo schools with curators have them from the
 * demo data; another school gets them here, once): one under review and one approved, of a person of the school.
 */
public final class HonoursFixtures {

    private HonoursFixtures() {}

    public static synchronized void records(JdbcTemplate jdbc, long school) {
        Long person = jdbc.queryForObject("select min(id) from person where school_id = ? and anonymised_on is null"
                + " and processing_stopped_on is null", Long.class, school);
        if (person == null) {
            return;
        }
        for (String status : new String[] {"SUBMITTED", "APPROVED"}) {
            if (jdbc.queryForObject("select count(*) from honour_nomination where school_id = ? and status = ?",
                    Integer.class, school, status) == 0) {
                jdbc.update("insert into honour_nomination (school_id, municipality_id, person_id, kind, year,"
                        + " wording, justification, nominated_by, status, status_changed_at, decided_on)"
                        + " select id, municipality_id, ?, 'GRAMOTA', 2026, 'за успехи в наставничестве',"
                        + " 'Обоснование', 'Куратор', ?, now(), case when ? = 'APPROVED' then current_date end"
                        + " from school where id = ?", person, status, status, school);
            }
        }
    }
}
