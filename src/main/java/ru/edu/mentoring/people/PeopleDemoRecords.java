package ru.edu.mentoring.people;

import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the demo loader reads and changes in people's records, kept here so that only this module names its tables
 * ({@code ModuleTablesTest}): whether a school's story is loaded, and a former student whose records date from years
 * ago (so that the retention job has someone to anonymise).
 */
@Service
public class PeopleDemoRecords {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    PeopleDemoRecords(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Whether processing stopped for anyone of the school. */
    @Transactional(readOnly = true)
    public boolean anyProcessingStopped(long schoolId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from person where school_id = ?"
                + " and processing_stopped_on is not null)", Boolean.class, schoolId));
    }

    /** The person was entered on {@code createdOn} and their classes belong to the academic year {@code year}. */
    @Transactional
    public void backdate(long personId, LocalDate createdOn, int academicYear) {
        jdbc.update("update person set created_at = ? where id = ?", java.sql.Date.valueOf(createdOn), personId);
        jdbc.update("update student_class set academic_year = ? where person_id = ?", academicYear, personId);
        // plain SQL bypasses the JPA listeners: monitoring's read model hears of it here
        Long schoolId = jdbc.queryForObject("select school_id from person where id = ?", Long.class, personId);
        events.publishEvent(PersonChanged.of(schoolId, personId));
    }
}
