package ru.edu.mentoring.reminders;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two read-only queries the reminders need from pairing and people: pairs past their planned end and consents
 * about to end. They read those modules' tables directly, with one indexed query each, because both modules are
 * being restructured in parallel (issue 18): the integrator may move each into its module's API unchanged.
 */
final class ReminderQueries {

    private ReminderQueries() {}

    record PairPastEnd(long pairId, long schoolId, String schoolName, LocalDate plannedEnd) {}

    record ConsentEnding(long personId, long schoolId, String schoolName, LocalDate validUntil) {}

    /** Active pairs and groups whose planned end lies before today. */
    static List<PairPastEnd> pairsPastPlannedEnd(JdbcTemplate jdbc, LocalDate today) {
        return jdbc.query("""
                select p.id, p.school_id, s.short_name, p.planned_end
                  from pairing_pair_v p join schools_school_v s on s.id = p.school_id
                 where p.status = 'ACTIVE' and p.planned_end < ?
                 order by p.id
                """, (rs, n) -> new PairPastEnd(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)), today);
    }

    /**
     * Persons still processed whose legal basis ends in [from, to]: the latest term among their consents not
     * withdrawn lies in the window, and none of those consents is without a term.
     */
    static List<ConsentEnding> consentsEnding(JdbcTemplate jdbc, LocalDate from, LocalDate to) {
        return jdbc.query("""
                select p.id, p.school_id, s.short_name, max(k.valid_until) as until
                  from people_person_v p
                  join schools_school_v s on s.id = p.school_id
                  join people_consent_v k on k.person_id = p.id and k.revoked_on is null
                 where p.processing_stopped_on is null and p.anonymised_on is null
                 group by p.id, p.school_id, s.short_name
                having bool_and(k.valid_until is not null) and max(k.valid_until) between ? and ?
                 order by p.id
                """, (rs, n) -> new ConsentEnding(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)), from, to);
    }
}
