package ru.edu.mentoring.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * Nightly jobs that remember the last day they did their work ({@code job_run}), so that a missed night is caught up.
 * A job registers its name, cron and work; its {@code @Scheduled} method (under ShedLock's {@code @SchedulerLock} of
 * the same name) calls {@link #runFor}, which does the work once per day. On start-up ({@link #catchUp}) every job
 * whose last scheduled time passed while no instance ran it does its work once, under the same lock, for that day:
 * the jobs do everything due as of today, so one run covers every missed day. A job that never ran has nothing to
 * catch up (a fresh database): its first scheduled run starts its record.
 */
@Component
public class DailyJobs {

    private static final Logger log = LoggerFactory.getLogger(DailyJobs.class);
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);

    private record Job(String name, CronExpression cron, Runnable work) {}

    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final LockingTaskExecutor executor;
    private final boolean catchUpOnStart;

    DailyJobs(JdbcTemplate jdbc, Clock clock, LockProvider locks, @Value("${app.zone:Europe/Moscow}") String zone,
            @Value("${app.jobs.catch-up-on-start:true}") boolean catchUpOnStart) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.executor = new DefaultLockingTaskExecutor(locks);
        this.catchUpOnStart = catchUpOnStart;
    }

    /**
     * Declares a nightly job (in the order it should be caught up). A job whose cron is "-" (switched off, as in the
     * tests) is not declared: it neither runs on its schedule nor catches up.
     */
    public synchronized void register(String name, String cron, Runnable work) {
        if (org.springframework.scheduling.annotation.Scheduled.CRON_DISABLED.equals(cron)) {
            return;
        }
        jobs.put(name, new Job(name, CronExpression.parse(cron), work));
    }

    /** Today in the portal's zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /**
     * Does the work for this day unless it was done for this day or a later one; true when it ran. The caller holds
     * the job's lock (its {@code @SchedulerLock} or {@link #catchUp}).
     */
    public boolean runFor(String name, LocalDate day, Runnable work) {
        Optional<LocalDate> last = lastDay(name);
        if (last.isPresent() && !last.get().isBefore(day)) {
            return false;
        }
        work.run();
        jdbc.update("""
                insert into job_run (name, last_day, ran_at) values (?, ?, now())
                on conflict (name) do update set last_day = greatest(job_run.last_day, excluded.last_day),
                                                 ran_at = now()
                """, name, day);
        return true;
    }

    /** The last day the job did its work, if it ever did. */
    public Optional<LocalDate> lastDay(String name) {
        List<LocalDate> days = jdbc.queryForList("select last_day from job_run where name = ?", LocalDate.class, name);
        return days.stream().findFirst();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (catchUpOnStart) {
            catchUp();
        }
    }

    /**
     * Runs once, for the day of its last scheduled time, every job that has a record and missed that time; returns
     * the names of the jobs that ran. Each runs under its lock, so instances starting together run it once.
     */
    public synchronized List<String> catchUp() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        List<String> ran = new java.util.ArrayList<>();
        for (Job job : jobs.values()) {
            Optional<LocalDate> last = lastDay(job.name());
            LocalDate due = lastScheduledDay(job.cron(), now);
            if (last.isEmpty() || due == null || !last.get().isBefore(due)) {
                continue;
            }
            try {
                executor.executeWithLock((Runnable) () -> {
                    if (runFor(job.name(), due, job.work())) {
                        ran.add(job.name());
                    }
                }, new LockConfiguration(clock.instant(), job.name(), LOCK_AT_MOST, Duration.ZERO));
            } catch (RuntimeException e) {
                log.warn("Catching up job {} failed: {}", job.name(), e.getClass().getSimpleName());
            }
        }
        if (!ran.isEmpty()) {
            log.info("Caught up missed nightly jobs: {}", ran);
        }
        return ran;
    }

    /** The day of the job's latest scheduled time at or before now (within the last eight days), or null. */
    static LocalDate lastScheduledDay(CronExpression cron, ZonedDateTime now) {
        ZonedDateTime t = cron.next(now.minusDays(8));
        LocalDate last = null;
        while (t != null && !t.isAfter(now)) {
            last = t.toLocalDate();
            t = cron.next(t);
        }
        return last;
    }
}
