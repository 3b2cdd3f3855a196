package ru.edu.mentoring.training;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Training records the access matrix needs in every school it tries (the demo schools have them from the demo data,
 * the foreign municipality's school gets them here, once): a candidate at the interview step, a course and a
 * credential of a person of the school.
 */
public final class TrainingFixtures {

    private TrainingFixtures() {}

    public static synchronized void records(JdbcTemplate jdbc, long school) {
        Long person = jdbc.queryForObject("select min(id) from person where school_id = ? and anonymised_on is null"
                + " and processing_stopped_on is null", Long.class, school);
        if (person == null) {
            return;
        }
        if (jdbc.queryForObject("select count(*) from mentor_candidate where school_id = ? and status = 'INTERVIEW'",
                Integer.class, school) == 0) {
            Long free = jdbc.queryForObject("select min(p.id) from person p where p.school_id = ? and not exists"
                    + " (select 1 from mentor_candidate k where k.person_id = p.id and k.status in ('APPLIED',"
                    + " 'INTERVIEW', 'TRAINING'))", Long.class, school);
            jdbc.update("insert into mentor_candidate (school_id, person_id, status, applied_on, interview_date,"
                    + " interviewer, interview_result) values (?, ?, 'INTERVIEW', current_date, current_date,"
                    + " 'Куратор', 'RECOMMENDED')", school, free);
        }
        if (jdbc.queryForObject("select count(*) from mentor_course where school_id = ?", Integer.class, school) == 0) {
            jdbc.update("insert into mentor_course (school_id, person_id, title, hours, end_date, doc_type) values"
                    + " (?, ?, 'Школа наставников', 16, current_date, 'CERTIFICATE')", school, person);
        }
        if (jdbc.queryForObject("select count(*) from mentor_credential where school_id = ?", Integer.class,
                school) == 0) {
            jdbc.update("insert into mentor_credential (school_id, person_id, kind, issued_on) values"
                    + " (?, ?, 'HONORARY_MENTOR', current_date)", school, person);
        }
    }
}
