package ru.edu.mentoring.contests;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Contest records the access matrix needs for every school it tries (the demo schools have them from the demo data,
 * the foreign municipality's school gets them here, once): a contest with final results in the school's
 * municipality with a nomination, a criterion, a juror and an application of the school with its document, and a
 * contest taking applications.
 */
public final class ContestsFixtures {

    private ContestsFixtures() {}

    public static synchronized void records(JdbcTemplate jdbc, long school) {
        long municipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class, school);
        Long contest = jdbc.queryForObject("select min(id) from contest where municipality_id = ? and phase = 'RESULTS'",
                Long.class, municipality);
        if (contest == null) {
            contest = jdbc.queryForObject("insert into contest (municipality_id, title, level, year, type, phase,"
                    + " results_published_at) values (?, 'Тестовый конкурс наставников', 'MUNICIPAL', 2026, 'MENTOR',"
                    + " 'RESULTS', now()) returning id", Long.class, municipality);
            jdbc.update("insert into contest_nomination (contest_id, title, position) values (?, 'Номинация', 1)",
                    contest);
            jdbc.update("insert into contest_criterion (contest_id, position, title, kind, min_points, max_points)"
                    + " values (?, 1, 'Результативность', 'RANGE', 1, 10)", contest);
            jdbc.update("insert into contest_juror (contest_id, user_id) values (?, (select min(id) from app_user where username not in ('admin', 'department', 'methodologist',"
                    + " 'curator1', 'head1', 'region')))",
                    contest);
        }
        if (jdbc.queryForObject("select count(*) from contest_application where contest_id = ? and school_id = ?",
                Integer.class, contest, school) == 0) {
            Long app = jdbc.queryForObject("insert into contest_application (contest_id, school_id, practice_title,"
                    + " mean_total, place) values (?, ?, 'Практика школы', 10, 1) returning id", Long.class, contest,
                    school);
            jdbc.update("insert into contest_file (contest_id, application_id, kind, file_name, content_type,"
                    + " size_bytes, bytes) values (?, ?, 'APPLICATION', 'zayavka.pdf', 'application/pdf', 9, ?)",
                    contest, app, "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        if (jdbc.queryForObject("select count(*) from contest where municipality_id = ? and phase = 'ACCEPTANCE'",
                Integer.class, municipality) == 0) {
            jdbc.update("insert into contest (municipality_id, title, level, year, type, phase) values (?,"
                    + " 'Тестовый конкурс практик', 'MUNICIPAL', 2026, 'PRACTICE', 'ACCEPTANCE')", municipality);
        }
    }
}
