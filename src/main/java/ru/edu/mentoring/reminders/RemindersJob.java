package ru.edu.mentoring.reminders;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.web.DailyJobs;

/**
 * Sends the day's reminders every morning ({@code app.reminders.cron}, default 07:00 in {@code app.zone}) on one
 * instance of several (ShedLock), once a day; a start-up after a missed morning sends them at once
 * ({@link DailyJobs#catchUp}).
 */
@Component
public class RemindersJob {

    static final String NAME = "reminders";
    private static final Logger log = LoggerFactory.getLogger(RemindersJob.class);

    private final DailyJobs jobs;
    private final Reminders reminders;

    RemindersJob(DailyJobs jobs, Reminders reminders,
            @Value("${app.reminders.cron:0 0 7 * * *}") String cron) {
        this.jobs = jobs;
        this.reminders = reminders;
        jobs.register(NAME, cron, this::work);
    }

    @Scheduled(cron = "${app.reminders.cron:0 0 7 * * *}", zone = "${app.zone:Europe/Moscow}")
    @SchedulerLock(name = NAME)
    public void daily() {
        jobs.runFor(NAME, jobs.today(), this::work);
    }

    private void work() {
        Reminders.Sent sent = reminders.run(jobs.today());
        // counts only: never names
        log.info("Reminders sent: {}", sent);
    }
}
