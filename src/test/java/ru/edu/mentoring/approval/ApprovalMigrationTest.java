package ru.edu.mentoring.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.edu.mentoring.support.IntegrationTest;

/**
 * V60 moves the existing roadmap and report transitions into the one approval history, keeping every row, its order
 * and its school. Checked on a schema of its own, migrated to the last version before V60, given old rows, then migrated to V60 (foreign keys
 * are not checked there: only these tables' rows are written).
 */
class ApprovalMigrationTest extends IntegrationTest {

    static final String SCHEMA = "approval_migration_check";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration")
                .target(target).load();
    }

    @Test
    void theOldTransitionsMoveIntoTheOneHistoryInTheirOrder() {
        jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
        try {
            MigrationVersion v60 = MigrationVersion.fromVersion("60");
            String before = Arrays.stream(flyway("60").info().all()).map(MigrationInfo::getVersion)
                    .filter(v -> v.compareTo(v60) < 0).max(Comparator.naturalOrder()).orElseThrow().getVersion();
            flyway(before).migrate();
            String s = SCHEMA + ".";
            // a scratch schema: its foreign keys go, so the rows below need no schools (the test role is no superuser)
            jdbc.queryForList("select format('alter table %s drop constraint %I', conrelid::regclass, conname)"
                    + " from pg_constraint where contype = 'f' and connamespace = ?::regnamespace", String.class, SCHEMA)
                    .forEach(jdbc::execute);
            tx.executeWithoutResult(status -> {
                // the two schools the history will name (approval_transition keeps a foreign key to its school)
                jdbc.update("insert into " + s + "school (id, municipality_id, full_name, short_name, kind) values"
                        + " (70, 1, 'Школа 70', 'Школа 70', 'GENERAL'), (90, 1, 'Школа 90', 'Школа 90', 'GENERAL')");
                jdbc.update("insert into " + s + "roadmap (id, school_id, municipality_id, title, status,"
                        + " status_changed_at, updated_at) values (7, 70, 1, 'ДК', 'RETURNED', now(), now())");
                jdbc.update("insert into " + s + "roadmap_transition (roadmap_id, from_status, to_status, actor_id,"
                        + " actor_name, at, comment) values (7, 'DRAFT', 'SUBMITTED', 1, 'Куратор',"
                        + " '2025-10-01T09:00:00Z', null), (7, 'SUBMITTED', 'RETURNED', 2, 'Специалист',"
                        + " '2025-10-03T09:00:00Z', 'Исправьте п. 1')");
                jdbc.update("insert into " + s + "school_report (id, school_id, municipality_id, academic_year, status,"
                        + " status_changed_at, updated_at) values (9, 90, 1, 2025, 'SUBMITTED', now(), now())");
                jdbc.update("insert into " + s + "school_report_transition (report_id, from_status, to_status,"
                        + " actor_id, actor_name, at, comment) values (9, 'DRAFT', 'SUBMITTED', 3, 'Куратор 2',"
                        + " '2025-10-02T09:00:00Z', null)");
            });

            flyway("60").migrate();

            List<Map<String, Object>> rows = jdbc.queryForList("select subject_kind, subject_id, school_id,"
                    + " from_status, to_status, actor_id, actor_name, comment from " + s + "approval_transition"
                    + " order by id");
            assertThat(rows).extracting(r -> r.get("subject_kind") + "/" + r.get("subject_id") + "/"
                    + r.get("school_id") + "/" + r.get("to_status") + "/" + r.get("actor_name") + "/"
                    + r.get("comment")).containsExactly(
                            "ROADMAP/7/70/SUBMITTED/Куратор/null",
                            "REPORT/9/90/SUBMITTED/Куратор 2/null",
                            "ROADMAP/7/70/RETURNED/Специалист/Исправьте п. 1");
            assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = ?"
                    + " and table_name in ('roadmap_transition', 'school_report_transition')", Long.class, SCHEMA))
                    .as("the old tables are gone").isZero();
        } finally {
            jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }
}
