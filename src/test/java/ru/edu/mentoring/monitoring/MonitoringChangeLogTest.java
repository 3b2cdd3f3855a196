package ru.edu.mentoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.mentoring.pairing.FormsChanged;
import ru.edu.mentoring.pairing.PairChanged;
import ru.edu.mentoring.people.PersonChanged;
import ru.edu.mentoring.schools.MunicipalityChanged;
import ru.edu.mentoring.schools.SchoolChanged;
import ru.edu.mentoring.schools.Schools;
import ru.edu.mentoring.schools.StudentCountChanged;
import ru.edu.mentoring.shared.ChangeLog;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * The change log behind the dashboards' caches (V45, V64): every event of a write a dashboard follows moves, once
 * committed, the mark of its municipality (and of the region) and, unless it concerns the municipality as a whole, of
 * its school; a rolled-back one does not, and another municipality's and another school's marks stay put.
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

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    /** What one module publishes inside a writing transaction (V64: events, no more triggers on their tables). */
    private record Touch(String what, Runnable inside) {}

    @Test
    void everyEventADashboardFollowsMovesItsMunicipalityMarkOnCommitOnly() {
        long school = Fixtures.school1(jdbc);
        long municipality = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class, school);
        long foreign = jdbc.queryForObject("select municipality_id from school where id = ?", Long.class,
                Fixtures.foreignMunicipalitySchool(schools, jdbc));
        long person = jdbc.queryForObject("select min(id) from person where school_id = ?", Long.class, school);
        long pair = jdbc.queryForObject("select min(id) from mentoring_pair where school_id = ?", Long.class, school);
        List<Touch> touches = List.of(
                new Touch("school", () -> events.publishEvent(new SchoolChanged(school, municipality))),
                new Touch("person", () -> events.publishEvent(PersonChanged.of(school, person))),
                new Touch("student_class", () -> events.publishEvent(PersonChanged.of(null, person))),
                new Touch("pair", () -> events.publishEvent(new PairChanged(school, pair, false, Set.of()))),
                new Touch("draft", () -> events.publishEvent(new PairChanged(school, null, true, Set.of()))),
                new Touch("student_count", () -> events.publishEvent(new StudentCountChanged(school, 2026))),
                new Touch("coverage_target", () -> jdbc.update("update coverage_target set percent = percent"
                        + " where municipality_id = " + municipality)),
                new Touch("mentoring_form", () -> events.publishEvent(new FormsChanged(null))),
                new Touch("municipality", () -> events.publishEvent(new MunicipalityChanged(municipality))));
        for (Touch t : touches) {
            String own = changes.municipalityMark(municipality);
            String other = changes.municipalityMark(foreign);
            String region = changes.municipalityMark(null);
            String ownSchool = changes.schoolMark(school);
            String otherSchool = changes.schoolMark(Fixtures.school2(jdbc));
            tx.executeWithoutResult(s -> {
                t.inside().run();
                s.setRollbackOnly();
            });
            assertThat(changes.municipalityMark(municipality)).as(t.what() + " rolled back").isEqualTo(own);
            tx.executeWithoutResult(s -> t.inside().run());
            assertThat(changes.municipalityMark(municipality)).as(t.what() + " committed").isNotEqualTo(own);
            assertThat(changes.municipalityMark(null)).as(t.what() + " committed, region").isNotEqualTo(region);
            boolean everywhere = t.what().equals("mentoring_form") || t.what().equals("municipality");
            boolean municipalityWide = t.what().equals("coverage_target") || t.what().equals("municipality");
            if (!everywhere) {
                assertThat(changes.municipalityMark(foreign)).as(t.what() + ": another municipality").isEqualTo(other);
                assertThat(changes.schoolMark(Fixtures.school2(jdbc))).as(t.what() + ": another school")
                        .isEqualTo(otherSchool);
            }
            if (!municipalityWide) {
                assertThat(changes.schoolMark(school)).as(t.what() + ": the school's mark").isNotEqualTo(ownSchool);
            }
        }
    }

    @Test
    void noTriggerOfMonitoringIsLeftOnAnotherModulesTable() {
        assertThat(jdbc.queryForList("select event_object_table || '.' || trigger_name from information_schema.triggers"
                + " where trigger_name like '%involvement%' or trigger_name like 'monitoring%'", String.class))
                .as("V64: monitoring triggers only on its own coverage_target").containsOnly(
                        "coverage_target.monitoring_change");
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
