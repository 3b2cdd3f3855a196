package ru.edu.mentoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.shared.ChangeLog;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The change log behind the dashboards' caches (V45): a committed write to any table a dashboard reads moves the mark
 * of its municipality (and of the region) and, unless it concerns the municipality as a whole, of its school; a
 * rolled-back one does not, and another municipality's and another school's marks stay put.
 */
class MonitoringChangeLogTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ChangeLog changes;

    @Autowired
    Schools schools;

    /** A write that changes nothing visible, to one table a dashboard reads. */
    private record Touch(String table, String sql) {}

    @Test
    void everyTableADashboardReadsMovesItsMunicipalityMarkOnCommitOnly() {
        long school = Fixtures.school1(jdbc);
        long municipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class, school);
        long foreign = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class,
                Fixtures.foreignMunicipalitySchool(schools, jdbc));
        List<Touch> touches = List.of(
                new Touch("school", "update school set version = version where id = " + school),
                new Touch("person", "update person set version = version where id = (select min(id) from person"
                        + " where school_id = " + school + ")"),
                new Touch("student_class", "update student_class set grade = grade where person_id = (select"
                        + " min(person_id) from student_class c join person p on p.id = c.person_id and p.school_id = "
                        + school + ")"),
                new Touch("mentor_profile", "update mentor_profile set version = version where school_id = " + school),
                new Touch("mentee_profile", "update mentee_profile set version = version where school_id = " + school),
                new Touch("mentoring_pair", "update mentoring_pair set version = version where school_id = " + school),
                new Touch("pair_mentee", "update pair_mentee set person_id = person_id where pair_id = (select min(id)"
                        + " from mentoring_pair where school_id = " + school + ")"),
                new Touch("student_count", "update student_count set students = students where school_id = " + school),
                new Touch("coverage_target", "update coverage_target set percent = percent where municipality_id = "
                        + municipality),
                new Touch("mentoring_form", "update mentoring_form set name = name"),
                new Touch("form_variation", "update form_variation set name = name"),
                new Touch("municipality", "update municipality set name = name where id = " + municipality));
        for (Touch t : touches) {
            String own = changes.municipalityMark(municipality);
            String other = changes.municipalityMark(foreign);
            String region = changes.municipalityMark(null);
            String ownSchool = changes.schoolMark(school);
            String otherSchool = changes.schoolMark(Fixtures.school2(jdbc));
            tx.executeWithoutResult(s -> {
                assertThat(jdbc.update(t.sql())).as(t.table() + ": the write found a row").isPositive();
                s.setRollbackOnly();
            });
            assertThat(changes.municipalityMark(municipality)).as(t.table() + " rolled back").isEqualTo(own);
            tx.executeWithoutResult(s -> jdbc.update(t.sql()));
            assertThat(changes.municipalityMark(municipality)).as(t.table() + " committed").isNotEqualTo(own);
            assertThat(changes.municipalityMark(null)).as(t.table() + " committed, region").isNotEqualTo(region);
            boolean everywhere = t.table().equals("mentoring_form") || t.table().equals("form_variation")
                    || t.table().equals("municipality");
            boolean municipalityWide = t.table().equals("coverage_target") || t.table().equals("municipality");
            if (!everywhere) {
                assertThat(changes.municipalityMark(foreign)).as(t.table() + ": another municipality").isEqualTo(other);
                assertThat(changes.schoolMark(Fixtures.school2(jdbc))).as(t.table() + ": another school")
                        .isEqualTo(otherSchool);
            }
            if (!municipalityWide) {
                assertThat(changes.schoolMark(school)).as(t.table() + ": the school's mark").isNotEqualTo(ownSchool);
            }
        }
    }

    @Test
    void theCleanUpRemovesOldRowsButEachScopesNewest() {
        for (int i = 0; i < 3; i++) {
            jdbc.update("insert into monitoring_change (municipality_id, school_id, tx, changed_at)"
                    + " values (999999, 999999, ?, now() - interval '3 hours')", 1_000_000_000L + i);
        }
        jdbc.update("insert into monitoring_change (municipality_id, school_id, tx) values (999999, 999998, 1)");
        String mark = changes.schoolMark(999999);
        changes.removeOld();
        assertThat(jdbc.queryForObject("select count(*) from monitoring_change where municipality_id = 999999",
                Integer.class)).as("the old scope keeps its newest row, the young row stays").isEqualTo(2);
        assertThat(changes.schoolMark(999999)).as("rows removed move the mark: one needless recomputation")
                .isNotEqualTo(mark);
        jdbc.update("delete from monitoring_change where municipality_id = 999999");
    }
}
