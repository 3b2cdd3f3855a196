package ru.edu.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import ru.edu.mentoring.support.Fixtures;
import ru.edu.mentoring.support.IntegrationTest;

/** One append-only audit row per change and per view of a minor's record; searchable within scope. */
class AuditTrailTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ru.edu.mentoring.audit.AuditLog auditLog;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void aChangeWritesWhoWhatAndWhichSchoolButNoValues() throws Exception {
        long school = Fixtures.schoolId(jdbc, "МАОУ СОШ № 7");
        long version = jdbc.queryForObject("select version from school where id = ?", Long.class, school);
        long before = jdbc.queryForObject("select count(*) from audit_event where entity = 'School' and action = 'UPDATE'"
                + " and entity_id = ?", Long.class, String.valueOf(school));
        mvc.perform(post("/schools/" + school).with(csrf()).with(user(users.loadUserByUsername("department")))
                .param("version", String.valueOf(version)).param("kind", "GENERAL").param("shortName", "МАОУ СОШ № 7")
                .param("fullName", "Муниципальное автономное общеобразовательное учреждение «Средняя"
                        + " общеобразовательная школа № 7» (аудит)"))
                .andExpect(status().isFound());
        var row = jdbc.queryForMap("select * from audit_event where entity = 'School' and action = 'UPDATE'"
                + " and entity_id = ? order by id desc limit 1", String.valueOf(school));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity = 'School' and action = 'UPDATE'"
                + " and entity_id = ?", Long.class, String.valueOf(school))).isEqualTo(before + 1);
        assertThat(row.get("username")).isEqualTo("department");
        assertThat(row.get("school_id")).isEqualTo(school);
        assertThat((String) row.get("details")).contains("fullName").doesNotContain("аудит");
    }

    @Test
    void theTrailRefusesUpdatesDeletesAndTruncation() {
        long id = jdbc.queryForObject("select max(id) from audit_event", Long.class);
        assertThatThrownBy(() -> jdbc.update("update audit_event set username = 'x' where id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event")).hasMessageContaining("append-only");
    }

    @Test
    void viewingAMinorsRecordIsRecorded() throws Exception {
        long school = Fixtures.school1(jdbc);
        long student = jdbc.queryForObject("select min(id) from person where school_id = ? and kind = 'STUDENT'"
                + " and birth_date is null", Long.class, school);
        mvc.perform(get("/people/" + student).with(user(users.loadUserByUsername("curator1"))))
                .andExpect(status().isOk());
        auditLog.flushReads();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'VIEW' and entity = 'Person'"
                + " and entity_id = ? and username = 'curator1'", Long.class, String.valueOf(student))).isPositive();
    }

    @Test
    void aMinorsPageIsServedWithOneConnectionOfThePool() throws Exception {
        // the view's audit row once took a second connection while the page's transaction held one: as many pages at
        // once as the pool has connections waited for the pool's timeout and answered 503
        long school = Fixtures.school1(jdbc);
        long student = jdbc.queryForObject("select min(id) from person where school_id = ? and kind = 'STUDENT'"
                + " and birth_date is null", Long.class, school);
        com.zaxxer.hikari.HikariDataSource pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
        java.util.List<java.sql.Connection> held = new java.util.ArrayList<>();
        try {
            for (int i = 1; i < pool.getMaximumPoolSize(); i++) {
                held.add(pool.getConnection());
            }
            mvc.perform(get("/people/" + student).with(user(users.loadUserByUsername("curator1"))))
                    .andExpect(status().isOk());
        } finally {
            for (java.sql.Connection c : held) {
                c.close();
            }
        }
        auditLog.flushReads();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'VIEW' and entity = 'Person'"
                + " and entity_id = ? and person_ids = array[?]::bigint[]", Long.class, String.valueOf(student),
                student)).isPositive();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void anEventRecordedInAReadOnlyTransactionNeedsNoSecondConnection() throws Exception {
        // a download in a read-only transaction records its EXPORT row: queued, not written beside the transaction
        com.zaxxer.hikari.HikariDataSource pool = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
        org.springframework.transaction.support.TransactionTemplate readOnly =
                new org.springframework.transaction.support.TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        String marker = "readonly-" + System.nanoTime();
        java.util.List<java.sql.Connection> held = new java.util.ArrayList<>();
        try {
            for (int i = 1; i < pool.getMaximumPoolSize(); i++) {
                held.add(pool.getConnection());
            }
            readOnly.executeWithoutResult(status -> {
                jdbc.queryForObject("select 1", Integer.class);
                auditLog.record("EXPORT", "AuditProbe", marker, null, "probe");
            });
        } finally {
            for (java.sql.Connection c : held) {
                c.close();
            }
        }
        auditLog.flushReads();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and entity ="
                + " 'AuditProbe' and entity_id = ? and details = 'probe' and person_ids is null", Long.class, marker))
                .isEqualTo(1);
    }

    @Autowired
    ru.edu.mentoring.schools.Schools schools;

    @Test
    void departmentSearchesOnlyItsMunicipality() throws Exception {
        long foreign = Fixtures.foreignMunicipalitySchool(schools, jdbc);
        long own = Fixtures.school2(jdbc);
        jdbc.update("insert into audit_event (username, action, entity, school_id) values"
                + " ('foreign.marker', 'VIEW', 'Person', ?), ('own.marker', 'VIEW', 'Person', ?)", foreign, own);
        String department = mvc.perform(get("/audit").param("user", "marker")
                        .with(user(users.loadUserByUsername("department"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(department).contains("Журнал действий", "own.marker").doesNotContain("foreign.marker");
        String admin = mvc.perform(get("/audit").param("user", "marker")
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(admin).contains("own.marker", "foreign.marker");
        mvc.perform(get("/audit").with(user(users.loadUserByUsername("methodologist")))).andExpect(status().isForbidden());
    }
}
