package ru.edu.mentoring.snapshots;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A snapshot sent to the region for the municipality of a school (the access matrix's {@code snapshot} target), made
 * once per municipality when it has none sent: the demo data gives the demo municipality its own.
 */
public final class SnapshotsFixtures {

    private SnapshotsFixtures() {}

    public static synchronized void records(JdbcTemplate jdbc, long school) {
        long municipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class, school);
        Long sent = jdbc.queryForObject("select count(*) from snapshot where municipality_id = ?"
                + " and status <> 'DRAFT'", Long.class, municipality);
        if (sent != null && sent > 0) {
            return;
        }
        String region = jdbc.queryForObject("select region_name from municipality where id = ?", String.class,
                municipality);
        jdbc.update("insert into snapshot (municipality_id, region_name, period_year, period, as_of, version_no,"
                + " figures, computed_at, computed_by_id, signed_by_id, signed_by_name, signed_at, status,"
                + " status_changed_at) values (?, ?, 2024, 'YEAR', date '2024-12-31',"
                + " (select coalesce(max(version_no), 0) + 1 from snapshot where municipality_id = ? and period_year = 2024"
                + " and period = 'YEAR'), ?, now(), 0, 0, 'Тест', now(), 'SUBMITTED', now())",
                municipality, region, municipality, "{\"municipalityId\":" + municipality + ",\"municipalityName\":\"\","
                        + "\"regionName\":\"\",\"asOf\":\"2024-12-31\",\"year\":2024,\"coverage\":{\"part\":0,"
                        + "\"whole\":null,\"percent\":null,\"target\":null},\"mentors\":0,\"trainedMentors\":0,"
                        + "\"trainedMentorsShare\":{\"part\":0,\"whole\":null,\"percent\":null,\"target\":null},"
                        + "\"youngTeachers\":0,\"youngTeachersMentored\":0,\"youngTeachersMentoredShare\":{\"part\":0,"
                        + "\"whole\":null,\"percent\":null,\"target\":null},\"pairsByForm\":{},\"studentsByForm\":{},"
                        + "\"pairsByStatus\":{},\"pairsWithMeetings\":0,\"pairsCompletedWithFinal\":0,"
                        + "\"schoolsWithoutCount\":0,\"schools\":[]}");
    }
}
