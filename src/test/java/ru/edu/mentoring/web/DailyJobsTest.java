package ru.edu.mentoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;
import ru.edu.mentoring.people.PrivacyJobs;
import ru.edu.mentoring.reminders.RemindersJob;
import ru.edu.mentoring.support.IntegrationTest;

/** Issue 18 point 3: nightly jobs run on one instance (ShedLock) and a missed night is caught up once. */
class DailyJobsTest extends IntegrationTest {

    @Autowired DailyJobs jobs;
    @Autowired JdbcTemplate jdbc;
    @Autowired RemindersJob reminders;
    @Autowired PrivacyJobs privacy;

    @Autowired javax.sql.DataSource dataSource;
    @Autowired org.springframework.scheduling.config.ScheduledTaskHolder scheduled;

    @Test
    void noNightlyJobIsScheduledInATestContext() {
        // nightly-jobs-off.properties: only fixed-delay work (the mail sender, set to a day) remains scheduled
        assertThat(scheduled.getScheduledTasks())
                .noneMatch(t -> t.getTask() instanceof org.springframework.scheduling.config.CronTask);
    }

    @Test
    void theDatabaseCountsDaysInThePortalsZoneWhateverTheServersZone() throws Exception {
        // every pooled connection is set to the portal's zone, not left to the JVM's or the server's
        assertThat(dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getConnectionInitSql())
                .isEqualTo("SET TIME ZONE 'Europe/Moscow'");
        assertThat(jdbc.queryForObject("select current_setting('TimeZone')", String.class)).isEqualTo("Europe/Moscow");
        assertThat(jdbc.queryForObject("select current_date", LocalDate.class)).isEqualTo(jobs.today());
    }

    @Test
    void aMissedNightIsCaughtUpOnceOnStartUp() {
        AtomicInteger runs = new AtomicInteger();
        String name = "test-missed-" + System.nanoTime();
        jobs.register(name, "0 0 2 * * *", runs::incrementAndGet);
        assertThat(jobs.catchUp()).as("a job that never ran has nothing to catch up").doesNotContain(name);
        assertThat(runs).hasValue(0);

        jdbc.update("insert into job_run (name, last_day) values (?, ?)", name, jobs.today().minusDays(3));
        assertThat(jobs.catchUp()).contains(name);
        assertThat(runs).as("three missed nights, one run").hasValue(1);
        LocalDate expected = DailyJobs.lastScheduledDay(CronExpression.parse("0 0 2 * * *"),
                ZonedDateTime.now(ZoneId.of("Europe/Moscow")));
        assertThat(jobs.lastDay(name)).contains(expected);

        assertThat(jobs.catchUp()).doesNotContain(name);
        assertThat(runs).as("caught up already").hasValue(1);
        assertThat(jobs.runFor(name, expected, runs::incrementAndGet)).as("the same day runs once").isFalse();
        assertThat(runs).hasValue(1);
        assertThat(jobs.runFor(name, expected.plusDays(1), runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void aJobLockedByAnotherInstanceDoesNotRunHere() {
        LocalDate before = LocalDate.now().minusDays(10);
        jdbc.update("insert into job_run (name, last_day) values ('reminders', ?)"
                + " on conflict (name) do update set last_day = excluded.last_day", before);
        jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by)"
                + " values ('reminders', timezone('utc', now()) + interval '10 minutes', timezone('utc', now()),"
                + " 'another-instance')"
                + " on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by");
        try {
            reminders.daily();
            assertThat(jobs.lastDay("reminders")).as("the other instance holds the lock").contains(before);
        } finally {
            jdbc.update("update shedlock set lock_until = timezone('utc', now()) - interval '1 second'"
                    + " where name = 'reminders'");
        }
        reminders.daily();
        assertThat(jobs.lastDay("reminders")).as("the lock released, this instance runs it").contains(jobs.today());
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = 'reminders'", String.class))
                .isNotEqualTo("another-instance");
    }

    @Test
    void thePrivacyJobsDoNotRunWhileAnotherInstanceHoldsTheirLock() {
        jdbc.update("delete from job_run where name in ('privacy-consent-expiry', 'privacy-retention')");
        jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by)"
                + " values ('privacy-retention', timezone('utc', now()) + interval '10 minutes',"
                + " timezone('utc', now()), 'another-instance')"
                + " on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by");
        try {
            privacy.retention();
            assertThat(jobs.lastDay("privacy-retention")).as("locked elsewhere").isEmpty();
        } finally {
            jdbc.update("update shedlock set lock_until = timezone('utc', now()) - interval '1 second'"
                    + " where name = 'privacy-retention'");
        }
        jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by)"
                + " values ('privacy-consent-expiry', timezone('utc', now()) + interval '10 minutes',"
                + " timezone('utc', now()), 'another-instance')"
                + " on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by");
        try {
            privacy.consentExpiry();
            assertThat(jobs.lastDay("privacy-consent-expiry")).as("locked elsewhere").isEmpty();
        } finally {
            jdbc.update("update shedlock set lock_until = timezone('utc', now()) - interval '1 second'"
                    + " where name = 'privacy-consent-expiry'");
        }
    }
}
